import { Alert, App, Button, Card, Checkbox, Form, List, Radio, Select, Space, Spin, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import type { PrintRoute } from '@shared/ipc/print-route';
import type { Route } from '../../../app/routes';
import { errorText } from '../../../app/errors';
import { useSite, useStore } from '../../../app/store-context';
import { getBridge } from '../../../bridge/get-bridge';
import { UnitSelect } from '../../../components/unit-select';
import { listBatches } from '../../../db/queries/batches';
import { listPrintPostings, type PrintScope, type RecordPosting } from '../../../db/queries/log-entries';
import { listUnits } from '../../../db/queries/units';
import { PostingPicker } from '../posting-picker';
import { T } from '../texts';

type ScopeKind = 'one' | 'batch' | 'unit';

/** Characters a file name cannot hold on Windows, replaced when a batch or unit name goes into one. */
const BAD_NAME = /[\\/:*?"<>|]/g;

/** 纪实手册 → 打印手册: one cadre, a batch or a township; filled or blank; A4 or the A5 booklet. */
export function PrintTab({ route }: { route: Route }) {
  const store = useStore();
  const { site } = useSite();
  const { message } = App.useApp();
  const P = T.print;
  const [kind, setKind] = useState<ScopeKind>('one');
  const [postingId, setPostingId] = useState<string | undefined>(route.params.posting);
  const [batchId, setBatchId] = useState<string>();
  const [unitId, setUnitId] = useState<string>();
  const [blank, setBlank] = useState(false);
  const [layout, setLayout] = useState<'a4' | 'a5'>('a4');
  const [talks, setTalks] = useState(false);
  const [desktop, setDesktop] = useState<boolean>();
  const [working, setWorking] = useState<number>();
  const batches = useLiveQuery(() => listBatches(store.db), [store]);
  const units = useLiveQuery(() => listUnits(store.db), [store]);
  useEffect(() => {
    getBridge()
      .appInfo()
      .then((i) => setDesktop(i.host === 'electron'))
      .catch(() => setDesktop(false));
  }, []);

  const scope: PrintScope | undefined = kind === 'one' ? (postingId ? { postingId } : undefined) : kind === 'batch' ? (batchId ? { batchId } : undefined) : unitId ? { unitId } : undefined;
  const postings = useLiveQuery(() => (scope ? listPrintPostings(store.db, scope) : Promise.resolve([] as RecordPosting[])), [store, JSON.stringify(scope)]);
  const list = postings ?? [];
  const composed = list.length > 1 || layout === 'a5';
  const browserCannot = desktop === false && composed;

  const print = async (action: 'save' | 'print') => {
    if (list.length === 0) return;
    const routes: PrintRoute[] = list.map((r) => ({
      kind: 'record-book',
      params: { postingId: r.posting.id, layout, ...(blank ? { blank: '1' } : {}), ...(talks ? { talks: '1' } : {}) },
    }));
    const who = list.length === 1 ? list[0]!.cadre.name : `${list[0]!.cadre.name}${P.many(list.length)}`;
    const suggestedName = P.fileName(who, blank, layout === 'a5').replace(BAD_NAME, '-').slice(0, 100);
    setWorking(list.length);
    try {
      const result = await getBridge().printPdf({ route: routes[0]!, action, suggestedName, ...(routes.length > 1 ? { more: routes.slice(1) } : {}), ...(layout === 'a5' ? { impose: 'booklet' as const } : {}) });
      if (result.outcome === 'saved') message.success(P.saved(result.fileName ?? suggestedName));
      else if (result.outcome === 'printed') message.success(P.printed);
      else if (result.outcome === 'opened') message.info(P.opened);
      else message.info(P.cancelled);
    } catch (e) {
      message.error(errorText(e));
    } finally {
      setWorking(undefined);
    }
  };

  return (
    <div style={{ maxWidth: 980 }}>
      <Card size="small">
        <Form layout="vertical">
          <Form.Item label={P.scope}>
            <Radio.Group value={kind} onChange={(e) => setKind(e.target.value as ScopeKind)} options={[{ value: 'one', label: P.one }, { value: 'batch', label: P.batch }, { value: 'unit', label: P.unit }]} />
          </Form.Item>
          <Form.Item>
            {kind === 'one' && <PostingPicker value={postingId} onChange={setPostingId} style={{ width: '100%' }} />}
            {kind === 'batch' && (
              <Select<string> aria-label={P.batchPick} placeholder={P.batchPick} value={batchId} onChange={setBatchId} options={(batches ?? []).map((b) => ({ value: b.id, label: b.name }))} style={{ width: '100%' }} />
            )}
            {kind === 'unit' && <UnitSelect aria-label={P.unit} units={units ?? []} value={unitId} onChange={setUnitId} style={{ width: '100%' }} />}
          </Form.Item>
          <Form.Item label={P.content}>
            <Radio.Group value={blank} onChange={(e) => setBlank(e.target.value as boolean)} options={[{ value: false, label: P.filled }, { value: true, label: P.blank }]} />
          </Form.Item>
          <Form.Item label={P.layout}>
            <Radio.Group value={layout} onChange={(e) => setLayout(e.target.value as 'a4' | 'a5')} options={[{ value: 'a4', label: P.a4 }, { value: 'a5', label: P.a5 }]} />
          </Form.Item>
          {site?.role === 'orgDept' && (
            <Form.Item>
              <Checkbox checked={talks} onChange={(e) => setTalks(e.target.checked)}>
                {P.talks}
              </Checkbox>
            </Form.Item>
          )}
        </Form>
        {browserCannot ? (
          <Alert type="warning" showIcon title={P.desktopOnly} description={P.desktopOnlyWhy} style={{ marginBottom: 12 }} />
        ) : (
          composed && <Typography.Paragraph type="secondary">{P.saveOnly}</Typography.Paragraph>
        )}
        <Space>
          {desktop !== false && (
            <Button type="primary" disabled={list.length === 0 || working !== undefined} onClick={() => void print('save')}>
              {P.save}
            </Button>
          )}
          <Button type={desktop === false ? 'primary' : 'default'} disabled={list.length === 0 || composed || working !== undefined} onClick={() => void print('print')}>
            {P.printNow}
          </Button>
          {working !== undefined && (
            <Space>
              <Spin size="small" />
              <Typography.Text>{P.working(working)}</Typography.Text>
            </Space>
          )}
        </Space>
      </Card>
      <List
        size="small"
        style={{ marginTop: 12, background: '#fff' }}
        header={<Typography.Text strong>{list.length ? P.list(list.length) : P.listEmpty}</Typography.Text>}
        dataSource={list}
        pagination={list.length > 20 ? { pageSize: 20, size: 'small', showSizeChanger: false } : false}
        renderItem={(r) => (
          <List.Item data-testid="print-posting">
            {T.entries.heading(r.cadre.name, r.unitName, r.posting.secondedPost)}
          </List.Item>
        )}
      />
    </div>
  );
}

import { App, Alert, Button, Checkbox, Form, Input, Radio, Select, Space, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState } from 'react';
import { labelOf } from '@shared/domain/codes/lookup';
import { SITE_ROLE } from '@shared/domain/enums';
import { useSite, useStore } from '../../app/store-context';
import { showError } from '../../components/form-errors';
import { FeedProgress, useProgressFeed } from '../../components/progress-feed';
import { UnitSelect } from '../../components/unit-select';
import { carriesTalks, exportPackage, prepareExport, receiverScope, type ExportOutcome, type Receiver } from '../../db/operations';
import type { PackageRowsClient } from '../../workers/package-rows-client';
import { listPartners } from '../../db/queries/exchange';
import { listUnits } from '../../db/queries/units';
import { T } from './texts';

type Kind = keyof typeof T.receiverKind;

/** 导出数据包: whom for (a PC, a township, a 派出单位, another 组织部 PC, everything), full or incremental. */
export function ExportTab() {
  const store = useStore();
  const { site } = useSite();
  const { message } = App.useApp();
  const partners = useLiveQuery(() => listPartners(store.db), [store]) ?? [];
  const units = useLiveQuery(() => listUnits(store.db), [store]) ?? [];
  const orgDept = site?.role === 'orgDept';
  const [kind, setKind] = useState<Kind>(orgDept ? 'unit' : 'pc');
  const [partnerId, setPartnerId] = useState<string>();
  const [unitId, setUnitId] = useState<string>();
  const [full, setFull] = useState(false);
  const [by, setBy] = useState('');
  const [busy, setBusy] = useState(false);
  const progress = useProgressFeed();
  const [result, setResult] = useState<Extract<ExportOutcome, { saved: true }> | null>(null);
  // The export's worker, started while the clerk chooses (an export ends the one it used).
  const ready = useRef<PackageRowsClient | null>(null);
  const shown = useRef(false);
  useEffect(() => {
    shown.current = true;
    ready.current = prepareExport(store);
    return () => {
      shown.current = false;
      ready.current?.dispose();
      ready.current = null;
    };
  }, [store]);
  if (!site) return null;

  const home = units.find((u) => u.id === site.homeUnitId);
  const orgPartner = partners.find((p) => p.role === 'orgDept');
  const receiver = ((): Receiver | undefined => {
    if (!orgDept) return orgPartner ? { kind: 'pc', siteId: orgPartner.siteId } : { kind: 'orgDept' };
    if (kind === 'pc') return partnerId ? { kind: 'pc', siteId: partnerId } : undefined;
    if (kind === 'unit' || kind === 'dispatching') return unitId ? { kind: 'unit', role: kind === 'unit' ? 'receiving' : 'dispatching', unitId } : undefined;
    return kind === 'orgDept' ? { kind: 'orgDept' } : { kind: 'all' };
  })();
  const scope = receiver ? (() => { try { return receiverScope(site, receiver, partners); } catch { return undefined; } })() : undefined;

  const run = async () => {
    if (!receiver) {
      message.error(T.unitPlaceholder);
      return;
    }
    setResult(null);
    progress.restart();
    setBusy(true);
    const rows = ready.current ?? undefined;
    ready.current = null;
    try {
      const out = await exportPackage(store, { receiver, full, ...(by.trim() ? { by: by.trim() } : {}), onProgress: progress.report, ...(rows ? { rows } : {}) });
      if (out.saved) {
        setResult(out);
        message.success(T.exported(out.fileName));
      }
    } catch (e) {
      showError(e, message);
    } finally {
      setBusy(false);
      if (shown.current && !ready.current) ready.current = prepareExport(store);
    }
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%', maxWidth: 760 }}>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
        {T.exportIntro}
      </Typography.Paragraph>
      <Form layout="horizontal" labelCol={{ flex: '96px' }} style={{ maxWidth: 720 }}>
        {orgDept ? (
          <>
            <Form.Item label={T.receiver}>
              <Radio.Group value={kind} onChange={(e) => setKind(e.target.value as Kind)} aria-label={T.receiver}>
                {(Object.keys(T.receiverKind) as Kind[]).map((k) => (
                  <Radio key={k} value={k}>
                    {T.receiverKind[k]}
                  </Radio>
                ))}
              </Radio.Group>
            </Form.Item>
            {kind === 'pc' && (
              <Form.Item label={T.partner}>
                <Select
                  aria-label={T.partner}
                  value={partnerId}
                  onChange={setPartnerId}
                  placeholder={partners.length ? T.partner : T.partnerNone}
                  options={partners.map((p) => ({ value: p.siteId, label: `${p.label}（${labelOf(SITE_ROLE, p.role) ?? p.role}）` }))}
                />
              </Form.Item>
            )}
            {(kind === 'unit' || kind === 'dispatching') && (
              <Form.Item label={T.unit}>
                <UnitSelect aria-label={T.unit} units={units} value={unitId} onChange={setUnitId} placeholder={T.unitPlaceholder} />
              </Form.Item>
            )}
          </>
        ) : (
          <Form.Item label={T.receiver}>
            <Typography.Text>{T.exportOwnScope(home?.name ?? site.label)}</Typography.Text>
          </Form.Item>
        )}
        <Form.Item label={T.by}>
          <Input aria-label={T.by} value={by} onChange={(e) => setBy(e.target.value)} placeholder={T.byPlaceholder} maxLength={20} style={{ width: 200 }} />
        </Form.Item>
        <Form.Item label=" " colon={false} extra={T.fullHelp}>
          <Checkbox checked={full} onChange={(e) => setFull(e.target.checked)}>
            {T.full}
          </Checkbox>
        </Form.Item>
        {scope && <Form.Item label=" " colon={false}>{carriesTalks(scope) ? T.talksGo : T.talksStay}</Form.Item>}
        <Form.Item label=" " colon={false}>
          {/* no spinner: on a PC without graphics acceleration its animation alone kept a core a tenth busy */}
          <Button type="primary" onClick={() => void run()} disabled={!receiver || busy}>
            {T.doExport}
          </Button>
        </Form.Item>
      </Form>
      {busy && (
        <div>
          <Typography.Text>{T.exporting}</Typography.Text>
          <FeedProgress feed={progress} label={T.exporting} />
        </div>
      )}
      {result && <Alert type="success" showIcon title={T.exported(result.fileName)} description={T.exportedCounts(result.total, result.incremental, result.sampleSkipped)} />}
    </Space>
  );
}

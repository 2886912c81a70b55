import { FileExcelOutlined } from '@ant-design/icons';
import { App, Alert, Button, Descriptions, Input, Space, Table, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useRef, useState } from 'react';
import { localTime } from '@shared/sync/package/texts';
import { errorText } from '../../app/errors';
import { useSite, useStore } from '../../app/store-context';
import { getBridge } from '../../bridge/get-bridge';
import { FeedProgress, useProgressFeed } from '../../components/progress-feed';
import { importPackage, openPackage, previewImport, type ImportOutcome, type ImportPreview, type OpenedPackage } from '../../db/operations';
import { listPartners } from '../../db/queries/exchange';
import { fieldLabel, sideText, siteName, stampTime } from './conflict-values';
import { T } from './texts';

/** Largest package file the chooser accepts. */
const PACKAGE_MAX_BYTES = 1024 * 1024 * 1024;

type Step = 'unpacking' | 'checking' | 'reading' | 'comparing' | 'backingUp' | 'importing';

const PHASE_TEXT = { unpacking: T.unpacking, checking: T.checking, reading: T.reading, comparing: T.comparing, backingUp: T.backingUp, importing: T.importing } as const;

/** Steps counted in bytes or checking steps, shown as a percentage; the others count records. */
const PERCENT_STEPS: ReadonlySet<Step> = new Set(['unpacking', 'checking']);

/** 导入数据包: choose a file, see what importing it would do, then import it (backup first, one transaction). */
export function ImportTab() {
  const store = useStore();
  const { site, refreshSite } = useSite();
  const { message } = App.useApp();
  const partners = useLiveQuery(() => listPartners(store.db), [store]) ?? [];
  // the step in the tab's state (a re-render per step), its count in the bar's feed
  const [step, setStep] = useState<Step | null>(null);
  const shownStep = useRef<Step | null>(null);
  const feed = useProgressFeed();
  const [error, setError] = useState<string | null>(null);
  const [opened, setOpened] = useState<{ pkg: OpenedPackage; preview: ImportPreview } | null>(null);
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const [by, setBy] = useState('');
  const labels = new Map(partners.map((p) => [p.siteId, p.label]));
  if (opened) labels.set(opened.pkg.summary.manifest.source.siteId, opened.pkg.summary.manifest.source.label);

  const enter = (next: Step | null, done = 0, total = 0) => {
    shownStep.current = next;
    setStep(next);
    feed.restart(done, total);
  };
  const report = (next: Step, done: number, total: number) => {
    if (shownStep.current === next) feed.report(done, total);
    else enter(next, done, total);
  };
  const progress = (next: Step) => (done: number, total: number) => report(next, done, total);

  const choose = async () => {
    setError(null);
    setOutcome(null);
    // No await before openFile: a browser opens the file chooser only inside the click's own task.
    const file = await getBridge().openFile({ title: T.chooseFile, filters: [{ name: T.fileFilter, extensions: ['xlsx'] }], maxBytes: PACKAGE_MAX_BYTES });
    if (!file) return;
    setOpened(null);
    try {
      enter('unpacking');
      const pkg = await openPackage(file, {
        onReadProgress: (p) => report(p.phase === 'reading' ? 'unpacking' : 'checking', p.done, p.total),
        onProgress: progress('reading'),
      });
      enter('comparing');
      const preview = await previewImport(store, pkg, progress('comparing'));
      setOpened({ pkg, preview });
    } catch (e) {
      setError(errorText(e));
    } finally {
      enter(null);
    }
  };

  const apply = async () => {
    if (!opened) return;
    try {
      enter('backingUp');
      const out = await importPackage(store, opened.pkg, { ...(by.trim() ? { by: by.trim() } : {}), onBackupProgress: progress('backingUp'), onProgress: progress('importing') });
      setOutcome(out);
      setOpened(null);
      refreshSite();
      message.success(T.importDone);
    } catch (e) {
      setError(errorText(e));
    } finally {
      enter(null);
    }
  };

  const preview = opened?.preview;
  const sum = outcome ? Object.values(outcome.stats).reduce((a, s) => ({ created: a.created + s!.created, updated: a.updated + s!.updated, deleted: a.deleted + s!.deleted }), { created: 0, updated: 0, deleted: 0 }) : null;
  const changes = preview ? preview.tables.some((t) => t.stats.created + t.stats.updated + t.stats.deleted > 0) : false;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 0, maxWidth: 760 }}>
        {T.importIntro}
      </Typography.Paragraph>
      <Space>
        <Button type="primary" icon={<FileExcelOutlined />} onClick={() => void choose()} disabled={!!step}>
          {opened ? T.chooseAnother : T.chooseFile}
        </Button>
      </Space>
      {step && (
        <div style={{ maxWidth: 760 }}>
          <Typography.Text>{PHASE_TEXT[step]}</Typography.Text>
          <FeedProgress feed={feed} label={PHASE_TEXT[step]} percent={PERCENT_STEPS.has(step)} />
        </div>
      )}
      {error && <Alert type="error" showIcon title={error} />}
      {outcome && sum && <Alert type="success" showIcon title={T.imported(sum, outcome.conflicts, outcome.backup)} />}
      {opened && preview && (
        <>
          <Descriptions bordered size="small" column={2} style={{ maxWidth: 960 }}>
            <Descriptions.Item label={T.source}>{`${preview.source.label}（${preview.source.role}，${preview.source.countyName}）`}</Descriptions.Item>
            <Descriptions.Item label={T.created}>{localTime(preview.created)}</Descriptions.Item>
            <Descriptions.Item label={T.target}>{preview.targetLabel}</Descriptions.Item>
            <Descriptions.Item label={T.base}>{preview.base ? T.baseOf(localTime(preview.base.created), preview.base.fileName) : T.baseFull}</Descriptions.Item>
          </Descriptions>
          {preview.refusal && <Alert type={preview.refusal.reason === 'duplicate' ? 'info' : 'error'} showIcon title={preview.refusal.message} />}
          {!preview.refusal && (
            <>
              {preview.otherTarget && <Alert type="warning" showIcon title={T.otherTarget(preview.otherTarget)} />}
              {preview.driftMs > 60_000 && <Alert type="warning" showIcon title={T.drift(Math.round(preview.driftMs / 60_000))} />}
              {preview.homeUnit && <Alert type="info" showIcon title={T.homeUnit(preview.homeUnit.name)} />}
              <Table
                size="small"
                rowKey="table"
                pagination={false}
                style={{ maxWidth: 760 }}
                dataSource={preview.tables}
                columns={[
                  { title: T.table, dataIndex: 'label' },
                  { title: T.created_, align: 'right', render: (_, r) => r.stats.created },
                  { title: T.updated, align: 'right', render: (_, r) => r.stats.updated },
                  { title: T.deleted, align: 'right', render: (_, r) => r.stats.deleted },
                  { title: T.unchanged, align: 'right', render: (_, r) => r.stats.unchanged },
                ]}
              />
              {!changes && preview.conflictCount === 0 && <Alert type="info" showIcon title={T.noChanges} />}
              <Typography.Title level={5} style={{ margin: 0 }}>
                {preview.conflictCount ? T.conflictsTitle(preview.conflictCount) : T.noConflicts}
              </Typography.Title>
              {preview.conflicts.length > 0 && (
                <Table
                  size="small"
                  rowKey={(c) => c.entry.id}
                  pagination={{ pageSize: 10, hideOnSinglePage: true }}
                  dataSource={preview.conflicts}
                  columns={[
                    { title: T.record, render: (_, c) => `${c.tableLabel}：${c.title}` },
                    { title: T.field, render: (_, c) => fieldLabel(c.entry.table, c.entry.field) },
                    { title: T.localValue, render: (_, c) => `${sideText(c.entry, c.localKept ? 'kept' : 'lost')}（${siteName(c.localKept ? c.entry.keptSite : c.entry.lostSite, site?.siteId, labels)} ${stampTime(c.localKept ? c.entry.keptStamp : c.entry.lostStamp)}）` },
                    { title: T.otherValue, render: (_, c) => `${sideText(c.entry, c.localKept ? 'lost' : 'kept')}（${siteName(c.localKept ? c.entry.lostSite : c.entry.keptSite, site?.siteId, labels)} ${stampTime(c.localKept ? c.entry.lostStamp : c.entry.keptStamp)}）` },
                    { title: T.keptBy, render: (_, c) => (c.localKept ? T.thisPc : preview.source.label) },
                  ]}
                />
              )}
              {preview.conflicts.length < preview.conflictCount && <Typography.Text type="secondary">{T.conflictsMore(preview.conflicts.length, preview.conflictCount)}</Typography.Text>}
              <Space>
                <Input aria-label={T.by} value={by} onChange={(e) => setBy(e.target.value)} placeholder={`${T.by}（${T.byPlaceholder}）`} maxLength={20} style={{ width: 200 }} />
                <Button type="primary" onClick={() => void apply()} disabled={!!step}>
                  {T.doImport}
                </Button>
                <Button onClick={() => setOpened(null)} disabled={!!step}>
                  {T.cancel}
                </Button>
              </Space>
            </>
          )}
        </>
      )}
    </Space>
  );
}

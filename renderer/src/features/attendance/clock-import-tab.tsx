import { Alert, App, Button, Checkbox, Result, Segmented, Select, Space, Spin, Steps, Table, Tag, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useRef, useState } from 'react';
import { labelOf } from '@shared/domain/codes/lookup';
import { formatDateChinese, monthOf } from '@shared/domain/dates';
import { ATTENDANCE_STATUS } from '@shared/domain/enums';
import { CLOCK_FIELDS } from '@shared/import/clock-in-columns';
import type { PersonMatch } from '@shared/import/clock-in-match';
import type { PlannedDay } from '@shared/import/clock-in-plan';
import type { ClockPerson } from '@shared/import/clock-in-rows';
import { navigate } from '../../app/routes';
import { useStore } from '../../app/store-context';
import { openTableFile, type TableFile } from '../../bridge/read-table-file';
import { UnitSelect } from '../../components/unit-select';
import { importClockIn } from '../../db/operations';
import { listUnits } from '../../db/queries/units';
import { T } from './texts';
import { CLOCK_READ_MAX_ROWS, useClockImport } from './use-clock-import';

const SKIP = '';
const STATUS_COLOR: Record<string, string> = { matched: 'green', ambiguous: 'gold', unknown: 'red' };
const ACTION_COLOR: Record<string, string> = { set: 'green', same: 'default', keep: 'gold', overwrite: 'orange', outside: 'default' };
const status = (code: string | null) => (code ? labelOf(ATTENDANCE_STATUS, code) : T.import.preview.none);

/**
 * 打卡导入: a 钉钉 / 企业微信 export read in main's worker, its columns checked, its people matched to
 * postings (namesakes and unknown names by hand), a preview of the days it sets and the hand-set days
 * it keeps, then one transaction. `readFile` replaces the file chooser in tests.
 */
export function ClockImportTab(props: { readFile?: () => Promise<TableFile | null> }) {
  const store = useStore();
  const { message } = App.useApp();
  const w = useClockImport(store.db);
  const { state: s, plan } = w;
  const units = useLiveQuery(() => listUnits(store.db), [store]);
  const [unitId, setUnitId] = useState<string | null>(null);
  const [busy, setBusy] = useState<'read' | 'match' | 'preview' | 'import' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<{ statuses: number; days: number; month: string } | null>(null);
  const [onlyAttention, setOnlyAttention] = useState(false);
  const [filter, setFilter] = useState<'all' | 'review'>('all');
  const reading = useRef<AbortController | null>(null);

  const step = done ? 4 : s.postings ? 3 : s.read ? 2 : s.file ? 1 : 0;
  const candidateOf = useMemo(() => new Map((s.candidates ?? []).map((c) => [c.postingId, c])), [s.candidates]);
  const personOf = useMemo(() => new Map((s.read?.people ?? []).map((p) => [p.key, p])), [s.read]);
  const postingText = (id: string) => {
    const c = candidateOf.get(id);
    return c ? `${c.name}（${c.label}）` : id;
  };

  const run = async (what: NonNullable<typeof busy>, work: () => Promise<void>) => {
    setBusy(what);
    setError(null);
    try {
      await work();
    } catch (e) {
      // a read the clerk cancelled is no error
      if ((e as { code?: string } | null)?.code !== 'table-read-cancelled') setError(T.import.readFailed(e instanceof Error ? e.message : String(e)));
    } finally {
      setBusy(null);
    }
  };
  const choose = () =>
    run('read', async () => {
      const controller = (reading.current = new AbortController());
      const file = await (props.readFile ?? (() => openTableFile({ title: T.import.choose, signal: controller.signal, maxRows: CLOCK_READ_MAX_ROWS })))().finally(() => (reading.current = null));
      if (!file) return;
      setDone(null);
      w.setFile(file);
    });
  const startOver = () => {
    setDone(null);
    setError(null);
    w.reset();
  };
  const doImport = () =>
    run('import', async () => {
      if (!plan || !s.file || !s.read) return;
      const result = await importClockIn(store, { days: plan.days, sourceFile: s.file.fileName });
      setDone({ ...result, month: monthOf(s.read.from) });
      message.success(T.import.done(result.statuses, result.days));
    });

  return (
    <div className="gzt-clock-import">
      <Steps size="small" current={step} items={T.import.steps.map((title) => ({ title }))} style={{ marginBottom: 16 }} />
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      {step === 0 && (
        <Space orientation="vertical" size="middle" style={{ maxWidth: 760 }}>
          <Typography.Paragraph>{T.import.intro}</Typography.Paragraph>
          <Space wrap>
            <span>{T.import.fromUnit}</span>
            <UnitSelect units={units ?? []} value={unitId ?? undefined} onChange={(v) => setUnitId(v ?? null)} style={{ width: 260 }} aria-label={T.import.fromUnit} />
            <Typography.Text type="secondary">{T.import.fromUnitHint}</Typography.Text>
          </Space>
          <Button type="primary" onClick={() => void choose()} loading={busy === 'read'}>
            {busy === 'read' ? T.import.reading : T.import.choose}
          </Button>
          {busy === 'read' && <Button onClick={() => reading.current?.abort()}>{T.import.cancelRead}</Button>}
        </Space>
      )}
      {step === 1 && s.mapping && w.info && (
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Typography.Text strong>{T.import.chosen(s.file!.fileName, s.rows?.length ?? 0)}</Typography.Text>
          {s.headerFound ? <Alert type="success" title={`${T.import.detected(T.import.app[w.info.app]!, T.import.kind[w.info.kind]!)}；${T.import.headerRow(s.mapping.headerRowIndex + 1)}`} /> : <Alert type="warning" showIcon title={T.import.noHeader} />}
          {s.mapping.slots.length > 0 && <Typography.Text>{T.import.slots(s.mapping.slots.map((x) => x.label).join('、'))}</Typography.Text>}
          <Table
            size="small"
            pagination={false}
            rowKey="key"
            style={{ maxWidth: 560 }}
            dataSource={CLOCK_FIELDS.map((f) => ({ key: f.key, label: f.label }))}
            columns={[
              { title: T.import.field, dataIndex: 'label', width: 140 },
              {
                title: T.import.column,
                render: (_v, f) => (
                  <Select<number>
                    aria-label={f.label}
                    style={{ width: 300 }}
                    allowClear
                    placeholder={T.import.none}
                    value={s.mapping!.columns[f.key]}
                    onChange={(v) => w.setColumn(f.key, v ?? undefined)}
                    options={s.mapping!.headers.map((h, i) => ({ value: i, label: h || `#${i + 1}` }))}
                  />
                ),
              },
            ]}
          />
          {w.info.missing.map((m) => (
            <Alert key={m} type="error" title={m} />
          ))}
          <Space>
            <Button onClick={startOver}>{T.import.restart}</Button>
            <Button type="primary" disabled={w.info.missing.length > 0} loading={busy === 'match'} onClick={() => void run('match', () => w.readAndMatch(unitId))}>
              {T.import.next}
            </Button>
          </Space>
        </Space>
      )}
      {step === 2 && s.read && s.matches && (
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          {s.read.people.length === 0 ? (
            <Alert type="error" showIcon title={T.import.noPunches} />
          ) : (
            <>
              <Typography.Text strong>
                {T.import.detected(T.import.app[w.info!.app]!, T.import.kind[w.info!.kind]!)}；{T.import.read(s.read.people.length, s.read.punches, s.read.from, s.read.to)}；{T.import.months(monthsOf(s.read.from, s.read.to))}
              </Typography.Text>
              <Space>
                <Segmented<'all' | 'review'> value={filter} onChange={setFilter} options={[{ value: 'all', label: T.import.match.filter.all }, { value: 'review', label: T.import.match.filter.review }]} />
                {w.undecided > 0 ? <Typography.Text type="warning">{T.import.match.left(w.undecided)}</Typography.Text> : <Typography.Text type="secondary">{T.import.match.summary(countAssigned(s.assignment, true), countAssigned(s.assignment, false))}</Typography.Text>}
              </Space>
              <Table<PersonMatch>
                size="small"
                rowKey="personKey"
                data-testid="clock-people"
                pagination={{ pageSize: 50, showSizeChanger: false, size: 'small', hideOnSinglePage: true }}
                dataSource={s.matches.filter((m) => filter === 'all' || m.status !== 'matched')}
                columns={[
                  { title: T.import.match.col.name, width: 90, render: (_v, m) => personOf.get(m.personKey)?.name },
                  { title: T.import.match.col.staffNo, width: 120, render: (_v, m) => personOf.get(m.personKey)?.staffNo },
                  { title: T.import.match.col.dept, ellipsis: true, render: (_v, m) => personOf.get(m.personKey)?.dept },
                  { title: T.import.match.col.punches, width: 80, render: (_v, m) => personOf.get(m.personKey)?.punchCount },
                  { title: T.import.match.col.status, width: 80, render: (_v, m) => <Tag color={STATUS_COLOR[m.status]}>{T.import.match.status[m.status]}</Tag> },
                  {
                    title: T.import.match.col.posting,
                    width: 380,
                    render: (_v, m) => (
                      <PostingChoice match={m} person={personOf.get(m.personKey)} value={s.assignment.get(m.personKey)} options={s.candidates ?? []} text={postingText} onChange={(v) => w.assign(m.personKey, v)} />
                    ),
                  },
                ]}
              />
              {s.read.issues.length > 0 && (
                <Alert
                  type="warning"
                  title={T.import.issues(s.read.issues.length)}
                  description={
                    <ul style={{ margin: 0, maxHeight: 160, overflow: 'auto' }}>
                      {s.read.issues.slice(0, 200).map((i) => (
                        <li key={`${i.row}-${i.message}`}>{i.message}</li>
                      ))}
                    </ul>
                  }
                />
              )}
            </>
          )}
          <Space>
            <Button onClick={w.backToColumns}>{T.import.back}</Button>
            <Button type="primary" disabled={w.undecided > 0 || countAssigned(s.assignment, true) === 0} loading={busy === 'preview'} onClick={() => void run('preview', w.loadPreview)}>
              {T.import.next}
            </Button>
          </Space>
        </Space>
      )}
      {step === 3 && plan && (
        <Spin spinning={busy === 'import'} description={T.import.preview.importing}>
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            <Typography.Text strong data-testid="clock-counts">
              {T.import.preview.counts(plan.counts)}
            </Typography.Text>
            {plan.counts.keep + plan.counts.overwrite > 0 && (
              <Space orientation="vertical">
                <Typography.Text type="secondary">{T.import.preview.keepHint}</Typography.Text>
                <Checkbox checked={s.overwriteHand} onChange={(e) => w.setOverwriteHand(e.target.checked)}>
                  {T.import.preview.overwriteAll(plan.days.filter((d) => d.action === 'keep' || d.action === 'overwrite').length)}
                </Checkbox>
              </Space>
            )}
            <Checkbox checked={onlyAttention} onChange={(e) => setOnlyAttention(e.target.checked)}>
              {T.import.preview.onlyAttention}
            </Checkbox>
            <Table<PlannedDay>
              size="small"
              rowKey={(d) => `${d.postingId}|${d.date}`}
              data-testid="clock-preview"
              pagination={{ pageSize: 20, showSizeChanger: false, size: 'small' }}
              dataSource={onlyAttention ? plan.days.filter((d) => d.action === 'keep' || d.action === 'overwrite' || d.suggestion.needsReview) : plan.days}
              columns={[
                { title: T.import.preview.col.name, width: 90, render: (_v, d) => <span title={postingText(d.postingId)}>{candidateOf.get(d.postingId)?.name ?? d.postingId}</span> },
                { title: T.import.preview.col.date, width: 130, render: (_v, d) => formatDateChinese(d.date) },
                { title: T.import.preview.col.punches, ellipsis: true, render: (_v, d) => d.punches.map((p) => T.grid.punchItem(p.kind, p.time, p.result)).join('；') },
                { title: T.import.preview.col.current, width: 90, render: (_v, d) => status(d.current) },
                {
                  title: T.import.preview.col.suggestion,
                  width: 140,
                  render: (_v, d) => (
                    <Space size={4}>
                      {status(d.suggestion.status)}
                      {d.suggestion.needsReview && (
                        <Tag color="gold" title={d.suggestion.reason}>
                          {T.import.preview.review}
                        </Tag>
                      )}
                    </Space>
                  ),
                },
                { title: T.import.preview.col.action, width: 150, render: (_v, d) => <Tag color={ACTION_COLOR[d.action]}>{T.import.preview.action[d.action]}</Tag> },
                {
                  title: T.import.preview.col.overwrite,
                  width: 60,
                  render: (_v, d) =>
                    d.action === 'keep' || d.action === 'overwrite' ? (
                      <Checkbox
                        aria-label={`${T.import.preview.col.overwrite} ${d.date}`}
                        checked={d.action === 'overwrite'}
                        disabled={s.overwriteHand}
                        onChange={(e) => w.toggleDay(`${d.postingId}|${d.date}`, e.target.checked)}
                      />
                    ) : null,
                },
              ]}
            />
            <Space>
              <Button onClick={w.backToPeople} disabled={busy === 'import'}>
                {T.import.back}
              </Button>
              <Button type="primary" loading={busy === 'import'} onClick={() => void doImport()}>
                {busy === 'import' ? T.import.preview.importing : T.import.preview.import}
              </Button>
            </Space>
          </Space>
        </Spin>
      )}
      {step === 4 && done && (
        <Result
          status="success"
          title={T.import.done(done.statuses, done.days)}
          extra={[
            <Button key="grid" type="primary" onClick={() => navigate({ section: 'attendance', tab: 'grid', params: { month: done.month } })}>
              {T.import.toGrid}
            </Button>,
            <Button key="again" onClick={startOver}>
              {T.import.another}
            </Button>,
          ]}
        />
      )}
    </div>
  );
}

/** The months a date range touches, as YYYY-MM. */
function monthsOf(from: string, to: string): string[] {
  const out: string[] = [];
  for (let y = Number(from.slice(0, 4)), m = Number(from.slice(5, 7)); `${y}-${String(m).padStart(2, '0')}` <= to.slice(0, 7); m === 12 ? ((m = 1), y++) : m++) out.push(`${y}-${String(m).padStart(2, '0')}`);
  return out;
}

/** People assigned to a posting (`assigned`) or left out. */
function countAssigned(assignment: ReadonlyMap<string, string | null | undefined>, assigned: boolean): number {
  return [...assignment.values()].filter((v) => (assigned ? !!v : v === null)).length;
}

/**
 * The posting a person of the export is imported into: the match, a namesake, or — for an unknown
 * name — any posting on post within the file's dates, searched by name; or 不导入.
 */
function PostingChoice(props: {
  match: PersonMatch;
  person: ClockPerson | undefined;
  value: string | null | undefined;
  options: readonly { postingId: string; name: string; label: string }[];
  text: (id: string) => string;
  onChange: (v: string | null) => void;
}) {
  const { match: m } = props;
  const ids = m.status === 'unknown' ? props.options.map((o) => o.postingId) : [...new Set([...m.options, ...(m.postingId ? [m.postingId] : [])])];
  const byHand = !!props.value && props.value !== m.postingId;
  return (
    <Space orientation="vertical" size={2} style={{ width: '100%' }}>
      <Select<string>
        aria-label={`${T.import.match.col.posting} ${props.person?.name ?? ''}`}
        showSearch={{ optionFilterProp: 'label' }}
        style={{ width: '100%' }}
        placeholder={T.import.match.pick}
        value={props.value === undefined ? undefined : (props.value ?? SKIP)}
        onChange={(v) => props.onChange(v === SKIP ? null : v)}
        options={[{ value: SKIP, label: T.import.match.skip }, ...ids.map((id) => ({ value: id, label: props.text(id) }))]}
      />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {byHand ? T.import.match.byHand : m.reason}
      </Typography.Text>
    </Space>
  );
}

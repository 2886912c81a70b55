import { Alert, App, Button, Card, Col, Form, Menu, Modal, Progress, Row, Spin, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { isValidIsoMonth, todayIso } from '@shared/domain/dates';
import { canSeeTalks } from '@shared/domain/rules/talk-record';
import { isGroupRow, type WorkbookDocument } from '@shared/reports/document/schema';
import { errorText } from '../../app/errors';
import { navigate, type Route } from '../../app/routes';
import { useSite, useStore } from '../../app/store-context';
import { REPORTS } from '../../reports';
import { MonthInput } from '../../components/month-input';
import { ReportOptionFields, TownshipChoice } from '../../reports/options-form';
import type { ReportDefinition, ReportSelection } from '../../reports/report-definition';
import { loadReportSite } from '../../reports/report-site';
import { runReport, type ReportProgress } from '../../reports/run-report';
import { pickerMonth, townshipSelection } from '../../reports/township-selection';
import { DocumentPreview } from './document-preview';
import { T } from './texts';

/** Rows of the preview. */
const PREVIEW_ROWS = 20;

/**
 * 报表: every report of the registry (restricted ones only on a 组织部 PC), its options, a preview of
 * the first rows as the workbook prints them, and the export.
 */
export function ReportsPage({ route }: { route: Route }) {
  const { site } = useSite();
  const reports = useMemo(() => REPORTS.filter((r) => !r.restricted || canSeeTalks(site?.role)), [site?.role]);
  const report = reports.find((r) => r.id === route.tab) ?? reports[0]!;
  return (
    <div className="gzt-page">
      <Row gutter={12} wrap={false}>
        <Col flex="250px">
          <Card size="small" title={T.list} styles={{ body: { padding: 0 } }}>
            <Menu
              mode="inline"
              selectedKeys={[report.id]}
              style={{ borderInlineEnd: 'none' }}
              items={reports.map((r) => ({ key: r.id, label: r.restricted ? `${r.title}${T.restricted}` : r.title }))}
              onClick={(e) => navigate({ section: 'reports', tab: e.key })}
            />
          </Card>
        </Col>
        <Col flex="auto" style={{ minWidth: 0 }}>
          <ReportPanel key={report.id} report={report} />
        </Col>
      </Row>
    </div>
  );
}

function ReportPanel({ report }: { report: ReportDefinition }) {
  const store = useStore();
  const { site } = useSite();
  const { message } = App.useApp();
  const [form] = Form.useForm<Record<string, unknown>>();
  const [options, setOptions] = useState<Record<string, unknown>>(() => report.options.parse({}));
  const [preview, setPreview] = useState<{ doc?: WorkbookDocument; error?: string } | null>(null);
  const [progress, setProgress] = useState<ReportProgress | null>(null);
  /** The month and township ('' for the county) picked for a report that reads a selection. */
  const [pick, setPick] = useState(() => ({ month: report.selection ? pickerMonth(report.selection, todayIso()) : '', townId: '' }));
  const [selection, setSelection] = useState<ReportSelection>(() => (report.selection ? { month: pick.month } : {}));
  const intro = report.intro?.(selection);
  const resolveSelection = async (): Promise<ReportSelection> => (report.selection ? townshipSelection(store.db, pick.month, pick.townId) : {});

  useEffect(() => {
    const parsed = report.options.safeParse(options);
    if (!parsed.success) return;
    let live = true;
    setPreview(null);
    const timer = setTimeout(async () => {
      try {
        const chosen = await resolveSelection();
        const ctx = { db: store.db, site: await loadReportSite(store.db, site), today: todayIso(), ...chosen };
        const doc = report.build(await report.load(ctx, parsed.data), parsed.data);
        if (!live) return;
        setSelection(chosen);
        setPreview({ doc });
      } catch (e) {
        if (live) setPreview({ error: errorText(e) });
      }
    }, 300);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [report, options, store, site, pick]); // eslint-disable-line react-hooks/exhaustive-deps -- resolveSelection reads pick

  const exportIt = async () => {
    const parsed = report.options.safeParse(form.getFieldsValue(true));
    if (!parsed.success) {
      form.setFields(parsed.error.issues.map((issue) => ({ name: issue.path as (string | number)[], errors: [issue.message] })));
      return;
    }
    setProgress({ text: '', percent: 0 });
    try {
      const ctx = { db: store.db, site: await loadReportSite(store.db, site), today: todayIso(), ...(await resolveSelection()) };
      const result = await runReport(report, ctx, parsed.data, setProgress);
      if (result.saved) message.success(T.saved(result.fileName, result.rows, report.rowNoun));
    } catch (e) {
      message.error(T.failed(errorText(e)));
    } finally {
      setProgress(null);
    }
  };

  const sheet = preview?.doc?.sheets[0];
  const dataRows = sheet ? sheet.rows.filter((r) => !isGroupRow(r) && (r.style ?? 'data') === 'data').length : 0;
  return (
    <Card size="small" title={report.title} extra={<Button type="primary" onClick={() => void exportIt()}>{T.export}</Button>}>
      {intro && <Typography.Paragraph type="secondary">{intro}</Typography.Paragraph>}
      <Form
        form={form}
        layout="inline"
        initialValues={options}
        onValuesChange={() => {
          const parsed = report.options.safeParse(form.getFieldsValue(true));
          if (parsed.success) setOptions(parsed.data);
        }}
        style={{ rowGap: 8, marginBottom: 12 }}
      >
        {report.selection && (
          <>
            <Form.Item label={T.month}>
              <MonthInput kind="month" value={pick.month} aria-label={T.month} style={{ width: 110 }} onChange={(v) => v && isValidIsoMonth(v) && setPick((p) => ({ ...p, month: v }))} />
            </Form.Item>
            <Form.Item label={T.township} htmlFor="report-township">
              <TownshipChoice id="report-township" allLabel={T.wholeCounty} value={pick.townId} onChange={(townId) => setPick((p) => ({ ...p, townId }))} />
            </Form.Item>
          </>
        )}
        <ReportOptionFields schema={report.options} />
      </Form>
      <Typography.Text strong>{T.preview}</Typography.Text>
      {!preview && <Spin style={{ display: 'block', margin: 24 }} description={T.loading} />}
      {preview?.error && <Alert type="error" showIcon title={T.previewFailed(preview.error)} />}
      {sheet && (
        <>
          <Typography.Paragraph type="secondary" style={{ margin: '4px 0' }} data-testid="preview-count">
            {T.previewNote(Math.min(PREVIEW_ROWS, sheet.rows.length), dataRows, report.rowNoun)}
          </Typography.Paragraph>
          <DocumentPreview sheet={sheet} rows={PREVIEW_ROWS} />
        </>
      )}
      <Modal open={!!progress} title={T.progressTitle} footer={null} closable={false}>
        <Typography.Text>{progress?.text}</Typography.Text>
        <Progress percent={progress?.percent ?? 0} />
      </Modal>
    </Card>
  );
}

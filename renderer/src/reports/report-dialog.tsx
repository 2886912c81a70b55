import { App, Form, Modal, Progress, Typography } from 'antd';
import { useState } from 'react';
import { todayIso } from '@shared/domain/dates';
import { errorText } from '../app/errors';
import { useSite, useStore } from '../app/store-context';
import { ReportOptionFields } from './options-form';
import type { ReportDefinition, ReportSelection } from './report-definition';
import { loadReportSite } from './report-site';
import { runReport, type ReportProgress } from './run-report';
import { REPORT_TEXTS } from './texts';

/**
 * Exporting one report: its options (defaults filled in), then load, build and write with a
 * progress bar, then a message saying which file was written. Calls `onDone` when it is over
 * (exported, cancelled or failed).
 */
export function ReportDialog(props: {
  report: ReportDefinition;
  selection?: ReportSelection;
  /** Options preset by the screen (e.g. the township and month on show); the rest default. */
  defaults?: Record<string, unknown>;
  onDone: () => void;
  onRunningChange?: (running: boolean) => void;
}) {
  const { report, selection = {} } = props;
  const store = useStore();
  const { site } = useSite();
  const { message } = App.useApp();
  const [form] = Form.useForm<Record<string, unknown>>();
  const [progress, setProgress] = useState<ReportProgress | null>(null);
  const intro = report.intro?.(selection);

  const run = async () => {
    const parsed = report.options.safeParse(form.getFieldsValue(true));
    if (!parsed.success) {
      form.setFields(parsed.error.issues.map((issue) => ({ name: issue.path as (string | number)[], errors: [issue.message] })));
      return;
    }
    setProgress({ text: REPORT_TEXTS.loading, percent: 0 });
    props.onRunningChange?.(true);
    try {
      const ctx = { db: store.db, site: await loadReportSite(store.db, site), today: todayIso(), ...selection };
      const result = await runReport(report, ctx, parsed.data, setProgress);
      if (result.saved) message.success(REPORT_TEXTS.saved(result.fileName, result.rows, report.rowNoun));
    } catch (e) {
      message.error(REPORT_TEXTS.failed(errorText(e)));
    } finally {
      props.onRunningChange?.(false);
      setProgress(null);
      props.onDone();
    }
  };

  return (
    <>
      <Modal
        open={!progress}
        title={REPORT_TEXTS.dialogTitle(report.title)}
        okText={REPORT_TEXTS.ok}
        cancelText={REPORT_TEXTS.cancel}
        onOk={run}
        onCancel={props.onDone}
        destroyOnHidden
      >
        {intro && <Typography.Paragraph>{intro}</Typography.Paragraph>}
        <Form form={form} layout="vertical" initialValues={report.options.parse(props.defaults ?? {})} preserve={false}>
          <ReportOptionFields schema={report.options} />
        </Form>
      </Modal>
      <Modal open={!!progress} title={REPORT_TEXTS.progressTitle} footer={null} closable={false}>
        <Typography.Text>{progress?.text}</Typography.Text>
        <Progress percent={progress?.percent ?? 0} />
      </Modal>
    </>
  );
}

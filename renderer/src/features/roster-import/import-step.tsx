import { Alert, Button, Progress, Result, Space, Typography } from 'antd';
import type { RosterImportState } from './use-roster-import';
import { T } from './texts';

/** Why 导入 is unavailable, or null when it may be pressed. */
export function importBlocker(state: Pick<RosterImportState, 'summary' | 'previewStale'>): string | null {
  const s = state.summary;
  if (!s || state.previewStale) return T.loading;
  if (s.error > 0) return T.blocked(s.error);
  if (s.importable === 0) return T.nothingToImport;
  return null;
}

/** Step 4: what will be written, the 导入 button, progress, then the result or the failure. */
export function ImportStep({ state }: { state: RosterImportState }) {
  const { phase, summary } = state;
  if (phase.kind === 'done')
    return <Result status="success" title={T.resultTitle} subTitle={<span role="status">{T.result(phase.result)}</span>} />;
  const blocker = importBlocker(state);
  const importing = phase.kind === 'importing';
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {summary && <Typography.Text strong>{T.summary(summary)}</Typography.Text>}
      {summary && !blocker && <Typography.Paragraph style={{ marginBottom: 0 }}>{T.plan(summary)}</Typography.Paragraph>}
      {blocker && !importing && <Alert type={summary && summary.error > 0 ? 'error' : 'info'} showIcon title={blocker} />}
      {phase.kind === 'failed' && (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={T.failedTitle}
          description={
            <div>
              <div>{phase.message}</div>
              <div>{T.unchanged}</div>
            </div>
          }
        />
      )}
      {importing && (
        <div>
          <Typography.Text>{T.importing}</Typography.Text>
          <Progress percent={Math.floor((phase.done * 100) / Math.max(phase.total, 1))} format={() => `${phase.done}/${phase.total}`} />
        </div>
      )}
      {!importing && <Typography.Text type="secondary">{T.importHint}</Typography.Text>}
      <Button type="primary" size="large" aria-label={T.importButton} disabled={!!blocker || importing} loading={importing} onClick={() => void state.runImport()} autoFocus>
        {T.importButton}
      </Button>
    </Space>
  );
}

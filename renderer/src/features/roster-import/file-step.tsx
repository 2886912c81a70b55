import { DownloadOutlined, FileExcelOutlined } from '@ant-design/icons';
import { Alert, Button, Progress, Select, Space, Typography } from 'antd';
import type { WorkbookFile } from './use-roster-import';
import { T } from './texts';

/** Step 1: download the template, choose the roster file (取消 while it is read), pick its sheet. */
export function FileStep(props: {
  file: WorkbookFile | null;
  sheetIndex: number;
  headerFound: boolean;
  busy: 'template' | 'file' | null;
  error: string | null;
  onDownloadTemplate: () => void;
  onChooseFile: () => void;
  onCancelRead: () => void;
  onSheet: (index: number) => void;
}) {
  const sheet = props.file?.sheets[props.sheetIndex];
  const reading = props.busy === 'file';
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
        {T.fileIntro}
      </Typography.Paragraph>
      <Space>
        <Button icon={<DownloadOutlined />} aria-label={T.downloadTemplate} loading={props.busy === 'template'} onClick={props.onDownloadTemplate}>
          {T.downloadTemplate}
        </Button>
        <Button type="primary" icon={<FileExcelOutlined />} aria-label={T.chooseFile} loading={reading} onClick={props.onChooseFile} autoFocus>
          {props.file ? T.chooseAnother : T.chooseFile}
        </Button>
      </Space>
      {reading && (
        <Space style={{ width: '100%' }} role="status">
          <span>{T.reading}</span>
          <Progress percent={100} status="active" showInfo={false} style={{ width: 280 }} />
          <Button onClick={props.onCancelRead}>{T.cancelRead}</Button>
        </Space>
      )}
      {props.error && <Alert type="error" showIcon title={props.error} />}
      {props.file && !reading && (
        <>
          <Typography.Text strong>{T.chosenFile(props.file.fileName)}</Typography.Text>
          {props.file.sheets.length > 1 && (
            <Space>
              <span>{T.sheet}</span>
              <Select
                aria-label={T.sheet}
                style={{ minWidth: 260 }}
                value={props.sheetIndex}
                onChange={props.onSheet}
                options={props.file.sheets.map((s, i) => ({ value: i, label: T.sheetOption(s.name, s.totalRows) }))}
              />
            </Space>
          )}
          {sheet && sheet.rows.length === 0 && <Alert type="warning" showIcon title={T.emptySheet} />}
          {sheet && sheet.rows.length > 0 && !props.headerFound && <Alert type="warning" showIcon title={T.noHeader} />}
          {sheet?.truncated && <Alert type="warning" showIcon title={T.truncated(sheet.totalRows, sheet.rows.length)} />}
        </>
      )}
    </Space>
  );
}

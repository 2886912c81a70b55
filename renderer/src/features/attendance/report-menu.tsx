import { Button, Dropdown } from 'antd';
import { useState } from 'react';
import { reportById } from '../../reports';
import type { ReportDefinition, ReportSelection } from '../../reports/report-definition';
import { ReportDialog } from '../../reports/report-dialog';
import { REPORT_TEXTS } from '../../reports/texts';

/** 导出Excel of 考勤请假: the listed reports of the registry, for `selection` (the grid's postings and month). */
export function AttendanceReportMenu(props: { items: readonly { id: string; label: string }[]; selection: ReportSelection; disabled?: boolean }) {
  const [active, setActive] = useState<ReportDefinition | null>(null);
  const [running, setRunning] = useState(false);
  return (
    <>
      <Dropdown disabled={props.disabled ?? false} menu={{ items: props.items.map((i) => ({ key: i.id, label: i.label })), onClick: (e) => setActive(reportById(e.key) ?? null) }}>
        <Button loading={running}>{REPORT_TEXTS.exportButton}</Button>
      </Dropdown>
      {active && <ReportDialog report={active} selection={props.selection} onRunningChange={setRunning} onDone={() => setActive(null)} />}
    </>
  );
}

import { Button, Dropdown } from 'antd';
import { useState } from 'react';
import { expiryReport } from '../../reports/expiry-report';
import type { ReportDefinition } from '../../reports/report-definition';
import { ReportDialog } from '../../reports/report-dialog';
import { rosterReport } from '../../reports/roster-report';
import { EXPORT_MENU_TEXTS, REPORT_TEXTS } from '../../reports/texts';

const ITEMS: readonly { report: ReportDefinition; label: string; withSelection: boolean }[] = [
  { report: rosterReport, label: EXPORT_MENU_TEXTS.roster, withSelection: true },
  { report: expiryReport, label: EXPORT_MENU_TEXTS.expiry, withSelection: false },
];

/** 导出Excel: the roster of the current list, and the expiry list (DOMAIN §4.1, §4.6), through the report registry. */
export function ExportMenu(props: { ids: string[] | undefined }) {
  const [active, setActive] = useState<(typeof ITEMS)[number] | null>(null);
  const [running, setRunning] = useState(false);
  return (
    <>
      <Dropdown
        menu={{
          items: ITEMS.map((item) => ({ key: item.report.id, label: item.label })),
          onClick: (e) => setActive(ITEMS.find((item) => item.report.id === e.key) ?? null),
        }}
      >
        <Button loading={running}>{REPORT_TEXTS.exportButton}</Button>
      </Dropdown>
      {active && (
        <ReportDialog
          report={active.report}
          selection={active.withSelection ? { postingIds: props.ids ?? [] } : {}}
          onRunningChange={setRunning}
          onDone={() => setActive(null)}
        />
      )}
    </>
  );
}

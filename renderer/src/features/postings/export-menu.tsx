import { Button, Dropdown } from 'antd';
import { useState } from 'react';
import { reportById } from '../../reports';
import type { ReportDefinition } from '../../reports/report-definition';
import { ReportDialog } from '../../reports/report-dialog';
import { EXPORT_MENU_TEXTS, REPORT_TEXTS } from '../../reports/texts';

/** The reports this menu offers: the roster of the current list, and the expiry list. */
const ITEMS = [
  { id: 'roster', label: EXPORT_MENU_TEXTS.roster, withSelection: true },
  { id: 'expiry', label: EXPORT_MENU_TEXTS.expiry, withSelection: false },
] as const;

/** 导出Excel: the roster of the current list and the expiry list (DOMAIN §4.1, §4.6), from the report registry. */
export function ExportMenu(props: { ids: string[] | undefined }) {
  const [active, setActive] = useState<{ report: ReportDefinition; withSelection: boolean } | null>(null);
  const [running, setRunning] = useState(false);
  const open = (id: string) => {
    const item = ITEMS.find((i) => i.id === id);
    const report = reportById(id);
    if (item && report) setActive({ report, withSelection: item.withSelection });
  };
  return (
    <>
      <Dropdown menu={{ items: ITEMS.map((item) => ({ key: item.id, label: item.label })), onClick: (e) => open(e.key) }}>
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

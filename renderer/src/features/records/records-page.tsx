import { Tabs } from 'antd';
import { navigate, type Route } from '../../app/routes';
import { EntriesTab } from './entries/entries-tab';
import { InspectionsTab } from './inspections/inspections-tab';
import { PrintTab } from './print/print-tab';
import { T } from './texts';
import './records.css';

/** 纪实手册: 工作纪实 (transcribing), 检查记录 (the 组织部's inspections), 打印手册 (the printed book). */
export function RecordsPage({ route }: { route: Route }) {
  const tab = route.tab ?? 'entries';
  return (
    <div className="gzt-page">
      <Tabs
        activeKey={tab}
        onChange={(key) => navigate({ section: 'records', tab: key })}
        destroyOnHidden
        items={[
          { key: 'entries', label: T.tab.entries, children: <EntriesTab route={route} /> },
          { key: 'inspections', label: T.tab.inspections, children: <InspectionsTab route={route} /> },
          { key: 'print', label: T.tab.print, children: <PrintTab route={route} /> },
        ]}
      />
    </div>
  );
}

import { Tabs } from 'antd';
import { navigate, type Route } from '../../app/routes';
import { ClockImportTab } from './clock-import-tab';
import { GridTab } from './grid-tab';
import { LeaveTab } from './leave-tab';
import { SpotCheckTab } from './spot-check-tab';
import { T } from './texts';

/** 考勤请假: the month grid, leave with its approvals, spot checks, and clock-in imports. */
export function AttendancePage({ route }: { route: Route }) {
  const tab = route.tab ?? 'grid';
  return (
    <div className="gzt-page">
      <Tabs
        activeKey={tab}
        onChange={(key) => navigate({ section: 'attendance', tab: key })}
        destroyOnHidden
        items={[
          { key: 'grid', label: T.tab.grid, children: <GridTab month={route.params.month} unitId={route.params.unit} /> },
          { key: 'leave', label: T.tab.leave, children: <LeaveTab openId={tab === 'leave' ? route.params.id : undefined} /> },
          { key: 'spot-checks', label: T.tab.spotChecks, children: <SpotCheckTab /> },
          { key: 'import', label: T.tab.import, children: <ClockImportTab /> },
        ]}
      />
    </div>
  );
}

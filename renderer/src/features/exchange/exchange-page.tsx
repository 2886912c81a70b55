import { Badge, Tabs } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { navigate, type Route } from '../../app/routes';
import { useStore } from '../../app/store-context';
import { countOpenConflicts } from '../../db/queries/exchange';
import { ConflictsTab } from './conflicts-tab';
import { ExportTab } from './export-tab';
import { ImportTab } from './import-tab';
import { LogTab } from './log-tab';
import { T } from './texts';

/** 数据交换: 导出数据包 / 导入数据包 / 冲突 / 记录. */
export function ExchangePage({ route }: { route: Route }) {
  const store = useStore();
  const open = useLiveQuery(() => countOpenConflicts(store.db), [store]) ?? 0;
  const tab = route.tab ?? 'export';
  return (
    <div className="gzt-page">
      <Tabs
        activeKey={tab}
        onChange={(key) => navigate({ section: 'exchange', tab: key })}
        destroyOnHidden
        items={[
          { key: 'export', label: T.tab.export, children: <ExportTab /> },
          { key: 'import', label: T.tab.import, children: <ImportTab /> },
          { key: 'conflicts', label: <Badge count={open} size="small" offset={[8, -2]}>{T.tab.conflicts}</Badge>, children: <ConflictsTab /> },
          { key: 'log', label: T.tab.log, children: <LogTab /> },
        ]}
      />
    </div>
  );
}

/** The open-conflict count beside 数据交换 in the menu (nothing when there is none). */
export function ConflictsMenuBadge() {
  const store = useStore();
  const open = useLiveQuery(() => countOpenConflicts(store.db), [store]) ?? 0;
  return open ? <Badge count={open} size="small" title={T.conflictsBadge(open)} style={{ marginLeft: 6, boxShadow: 'none' }} /> : null;
}

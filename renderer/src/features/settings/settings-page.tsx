import { Tabs } from 'antd';
import { navigate, type Route } from '../../app/routes';
import { StorageWarning } from '../../components/storage-warning';
import { SETTINGS_SECTIONS } from './settings-sections';

/** 设置: one tab per section of SETTINGS_SECTIONS (this PC first, then each feature's settings). */
export function SettingsPage({ route }: { route: Route }) {
  const active = SETTINGS_SECTIONS.some((s) => s.key === route.tab) ? route.tab! : SETTINGS_SECTIONS[0]!.key;
  return (
    <div className="gzt-page">
      <StorageWarning />
      <Tabs
        activeKey={active}
        onChange={(key) => navigate({ section: 'settings', tab: key })}
        destroyOnHidden
        items={SETTINGS_SECTIONS.map(({ key, label, Section }) => ({ key, label, children: <Section /> }))}
      />
    </div>
  );
}

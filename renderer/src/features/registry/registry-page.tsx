import { Tabs } from 'antd';
import { navigate, type Route } from '../../app/routes';
import { CadresPage } from '../cadres/cadres-page';
import { UnitsPage } from '../units/units-page';

/** 干部与挂职: the registry of cadres and units (postings and batches join them next). */
export function RegistryPage({ route }: { route: Route }) {
  const tab = route.tab ?? 'cadres';
  return (
    <div className="gzt-page">
      <Tabs
        activeKey={tab}
        onChange={(key) => navigate({ section: 'registry', tab: key })}
        items={[
          { key: 'cadres', label: '干部库', children: <CadresPage {...(route.params.id ? { openId: route.params.id } : {})} /> },
          { key: 'units', label: '单位', children: <UnitsPage /> },
        ]}
      />
    </div>
  );
}

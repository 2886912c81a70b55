import { Tabs } from 'antd';
import { navigate, type Route } from '../../app/routes';
import { BatchesPage } from '../batches/batches-page';
import { CadresPage } from '../cadres/cadres-page';
import { PostingsPage } from '../postings/postings-page';
import { UnitsPage } from '../units/units-page';
import { T } from './texts';

/** 干部与挂职: postings (the main list), cadres, units and batches. */
export function RegistryPage({ route }: { route: Route }) {
  const tab = route.tab ?? 'postings';
  return (
    <div className="gzt-page">
      <Tabs
        activeKey={tab}
        onChange={(key) => navigate({ section: 'registry', tab: key })}
        destroyOnHidden
        items={[
          { key: 'postings', label: T.tab.postings, children: <PostingsPage openId={tab === 'postings' ? route.params.id : undefined} expiry={route.params.expiry} /> },
          { key: 'cadres', label: T.tab.cadres, children: <CadresPage {...(tab === 'cadres' && route.params.id ? { openId: route.params.id } : {})} /> },
          { key: 'units', label: T.tab.units, children: <UnitsPage /> },
          { key: 'batches', label: T.tab.batches, children: <BatchesPage /> },
        ]}
      />
    </div>
  );
}

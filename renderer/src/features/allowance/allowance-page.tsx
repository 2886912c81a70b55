import { Tabs } from 'antd';
import { navigate, type Route } from '../../app/routes';
import { PaymentsTab } from './payments-tab';
import { RulesTab } from './rules-tab';
import { T } from './texts';

/** 补助: the month's payments (补助发放) and the rules they are computed under (补助标准). */
export function AllowancePage({ route }: { route: Route }) {
  const tab = route.tab ?? 'payments';
  return (
    <div className="gzt-page">
      <Tabs
        activeKey={tab}
        onChange={(key) => navigate({ section: 'allowance', tab: key })}
        destroyOnHidden
        items={[
          { key: 'payments', label: T.tab.payments, children: <PaymentsTab params={tab === 'payments' ? route.params : {}} /> },
          { key: 'rules', label: T.tab.rules, children: <RulesTab /> },
        ]}
      />
    </div>
  );
}

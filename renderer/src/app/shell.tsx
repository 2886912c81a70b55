import { Layout, Menu, Tag, Typography } from 'antd';
import { labelOf } from '@shared/domain/codes/lookup';
import { SITE_ROLE } from '@shared/domain/enums';
import { OverviewPage } from '../features/overview/overview-page';
import { RegistryPage } from '../features/registry/registry-page';
import { SettingsPage } from '../features/settings/settings-page';
import { NotBuiltYet } from './placeholder';
import { SECTIONS, navigate, useRoute, type Route } from './routes';
import { useSite } from './store-context';

function Section({ route }: { route: Route }) {
  switch (route.section) {
    case 'overview':
      return <OverviewPage />;
    case 'registry':
      return <RegistryPage route={route} />;
    case 'settings':
      return <SettingsPage route={route} />;
    case 'attendance':
      return <NotBuiltYet title="考勤请假" plan="考勤登记、请销假分级审批和抽查记录将在后续版本提供。" />;
    case 'records':
      return <NotBuiltYet title="纪实手册" plan="纪实录入、组织部检查和手册打印将在后续版本提供。" />;
    case 'assessment':
      return <NotBuiltYet title="考核" plan="周考评、红黑榜、年度考核和期满考察将在后续版本提供。" />;
    case 'reports':
      return <NotBuiltYet title="报表" plan="统计表、考勤汇总和补助发放表将在后续版本提供；花名册请在“干部与挂职”中导出。" />;
    case 'exchange':
      return <NotBuiltYet title="数据交换" plan="用U盘在电脑之间导出、导入数据包将在后续版本提供。" />;
  }
}

/** Menu on the left, this PC's identity on top, the current section in the middle. */
export function Shell() {
  const route = useRoute();
  const { site } = useSite();
  return (
    <Layout style={{ height: '100%' }}>
      <Layout.Sider width={168} theme="dark" style={{ overflow: 'auto' }}>
        <div style={{ color: '#fff', fontSize: 20, fontWeight: 600, padding: '18px 24px', letterSpacing: 2 }}>挂职通</div>
        <Menu
          theme="dark"
          mode="inline"
          selectedKeys={[route.section]}
          items={SECTIONS.map((s) => ({ key: s.key, label: s.label }))}
          onClick={(e) => navigate({ section: e.key as Route['section'] })}
        />
      </Layout.Sider>
      <Layout>
        <Layout.Header style={{ background: '#fff', padding: '0 20px', height: 48, lineHeight: '48px', borderBottom: '1px solid #eee' }}>
          <Typography.Text strong>{site?.countyName}挂职干部管理</Typography.Text>
          <Typography.Text type="secondary" style={{ marginLeft: 16 }}>
            本机：{site?.label}
          </Typography.Text>
          {site && <Tag style={{ marginLeft: 8 }}>{labelOf(SITE_ROLE, site.role)}</Tag>}
        </Layout.Header>
        <Layout.Content style={{ overflow: 'auto' }}>
          <Section route={route} />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}

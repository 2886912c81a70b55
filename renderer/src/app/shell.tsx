import { App, Layout, Menu, Tag, Typography } from 'antd';
import { labelOf } from '@shared/domain/codes/lookup';
import { SITE_ROLE } from '@shared/domain/enums';
import { confirmLeave } from '../components/unsaved-changes';
import { SECTIONS, navigate, useRoute, type Route } from './routes';
import { SECTION_PAGES } from './sections';
import { useSite } from './store-context';

/** Menu on the left, this PC's identity on top, the current section in the middle. */
export function Shell() {
  const route = useRoute();
  const { site } = useSite();
  const { modal } = App.useApp();
  const Page = SECTION_PAGES[route.section];
  return (
    <Layout style={{ height: '100%' }}>
      <Layout.Sider width={168} theme="dark" style={{ overflow: 'auto' }}>
        <div style={{ color: '#fff', fontSize: 20, fontWeight: 600, padding: '18px 24px', letterSpacing: 2 }}>挂职通</div>
        <Menu
          theme="dark"
          mode="inline"
          selectedKeys={[route.section]}
          items={SECTIONS.map((s) => ({ key: s.key, label: s.label }))}
          onClick={(e) => void confirmLeave(modal).then((leave) => leave && navigate({ section: e.key as Route['section'] }))}
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
          <Page route={route} />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}

import { App, Button, Card, Descriptions, Form, Input, Select } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { selectableItems } from '@shared/domain/codes/lookup';
import { SITE_ROLE } from '@shared/domain/enums';
import type { SiteSettings } from '@shared/domain/site';
import type { Route } from '../../app/routes';
import { useSite, useStore } from '../../app/store-context';
import { showError } from '../../components/form-errors';
import { UnitSelect } from '../../components/unit-select';
import { updateSettings } from '../../db/operations';
import { listUnits } from '../../db/queries/units';
import { getBridge } from '../../bridge/get-bridge';
import { SampleCard } from '../sample/sample-card';

/** 设置: this PC's identity (label, role, county, home unit) and what the app is running on. */
export function SettingsPage(_props: { route: Route }) {
  const store = useStore();
  const { site, refreshSite } = useSite();
  const { message } = App.useApp();
  const units = useLiveQuery(() => listUnits(store.db), [store]);
  const [form] = Form.useForm<SiteSettings>();
  const [info, setInfo] = useState<string>();
  useEffect(() => {
    getBridge()
      .appInfo()
      .then((i) => setInfo(`${i.name} ${i.version}（${i.host === 'electron' ? '桌面版' : '网页版'}，${i.platform}）`))
      .catch(() => setInfo('无法读取版本信息'));
  }, []);

  const save = async (v: SiteSettings) => {
    try {
      await updateSettings(store, v);
      refreshSite();
      message.success('设置已保存');
    } catch (e) {
      showError(e, message, form);
    }
  };

  return (
    <div className="gzt-page" style={{ maxWidth: 820 }}>
      <Card title="本机信息" size="small">
        <Form<SiteSettings> form={form} layout="horizontal" labelCol={{ span: 6 }} initialValues={site} onFinish={save}>
          <Form.Item name="countyName" label="县（市、区）名称" rules={[{ required: true, message: '请填写县（市、区）名称' }]}>
            <Input maxLength={20} />
          </Form.Item>
          <Form.Item name="label" label="本机名称" rules={[{ required: true, message: '请填写本机名称' }]}>
            <Input maxLength={40} />
          </Form.Item>
          <Form.Item name="role" label="本机角色" rules={[{ required: true, message: '请选择本机角色' }]}>
            <Select options={selectableItems(SITE_ROLE).map((i) => ({ value: i.code, label: i.label }))} />
          </Form.Item>
          <Form.Item name="homeUnitId" label="本单位" rules={[{ required: true, message: '请选择本单位' }]}>
            <UnitSelect units={units ?? []} />
          </Form.Item>
          <Form.Item wrapperCol={{ offset: 6 }}>
            <Button type="primary" htmlType="submit">
              保存设置
            </Button>
          </Form.Item>
        </Form>
      </Card>
      <SampleCard />
      <Card title="关于" size="small" style={{ marginTop: 16 }}>
        <Descriptions size="small" column={1}>
          <Descriptions.Item label="软件版本">{info}</Descriptions.Item>
          <Descriptions.Item label="本机编号">{site?.siteId}</Descriptions.Item>
          <Descriptions.Item label="初始设置时间">{site?.createdAt?.slice(0, 10)}</Descriptions.Item>
        </Descriptions>
      </Card>
    </div>
  );
}

import { App, Button, Card, Descriptions, Form, Input, Select } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { selectableItems } from '@shared/domain/codes/lookup';
import { formatDateDotted, localDateOf } from '@shared/domain/dates';
import { SITE_ROLE } from '@shared/domain/enums';
import type { SiteSettings } from '@shared/domain/site';
import { useSite, useStore } from '../../app/store-context';
import { showError } from '../../components/form-errors';
import { UnitSelect } from '../../components/unit-select';
import { useEditForm } from '../../components/use-edit-form';
import { updateSettings } from '../../db/operations';
import { listUnits } from '../../db/queries/units';
import { getBridge } from '../../bridge/get-bridge';
import { SampleCard } from '../sample/sample-card';
import { ResetCard } from './reset-card';
import { T } from './texts';
import { maxLengthRule } from '../../components/number-rule';

/** 本机设置: this PC's identity (label, role, county, home unit), the sample data and what the app runs on. */
export function SiteSettingsSection() {
  const store = useStore();
  const { site, refreshSite } = useSite();
  const { message } = App.useApp();
  const units = useLiveQuery(() => listUnits(store.db), [store]);
  const [form] = Form.useForm<SiteSettings>();
  const edit = useEditForm(form);
  const [info, setInfo] = useState<string>();
  useEffect(() => {
    getBridge()
      .appInfo()
      .then((i) => setInfo(T.version(i.name, i.version, i.host === 'electron', i.platform)))
      .catch(() => setInfo(T.versionUnknown));
  }, []);

  const save = async (v: SiteSettings) => {
    try {
      await updateSettings(store, v);
      refreshSite();
      edit.saved();
      message.success(T.saved);
    } catch (e) {
      showError(e, message, form);
    }
  };

  return (
    <div style={{ maxWidth: 820 }}>
      <Card title={T.siteCard} size="small">
        <Form<SiteSettings> form={form} layout="horizontal" labelCol={{ span: 6 }} initialValues={site} onFinish={save} onValuesChange={edit.onValuesChange}>
          <Form.Item name="countyName" label={T.label.countyName} rules={[{ required: true, message: T.required.countyName }, maxLengthRule(T.label.countyName, 20)]}>
            <Input />
          </Form.Item>
          <Form.Item name="label" label={T.label.label} rules={[{ required: true, message: T.required.label }, maxLengthRule(T.label.label, 40)]}>
            <Input />
          </Form.Item>
          <Form.Item name="role" label={T.label.role} rules={[{ required: true, message: T.required.role }]}>
            <Select options={selectableItems(SITE_ROLE).map((i) => ({ value: i.code, label: i.label }))} />
          </Form.Item>
          <Form.Item name="homeUnitId" label={T.label.homeUnitId} rules={[{ required: true, message: T.required.homeUnitId }]}>
            <UnitSelect units={units ?? []} />
          </Form.Item>
          <Form.Item wrapperCol={{ offset: 6 }}>
            <Button type="primary" htmlType="submit">
              {T.save}
            </Button>
          </Form.Item>
        </Form>
      </Card>
      <SampleCard />
      <Card title={T.aboutCard} size="small" style={{ marginTop: 16 }}>
        <Descriptions size="small" column={1}>
          <Descriptions.Item label={T.label.version}>{info}</Descriptions.Item>
          <Descriptions.Item label={T.label.siteId}>{site?.siteId}</Descriptions.Item>
          <Descriptions.Item label={T.label.createdAt}>{site?.createdAt ? formatDateDotted(localDateOf(site.createdAt)) : ''}</Descriptions.Item>
        </Descriptions>
      </Card>
      <ResetCard />
    </div>
  );
}

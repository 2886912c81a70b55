import { App, Button, Card, Form, Input, Select, Typography } from 'antd';
import { useState } from 'react';
import { selectableItems } from '@shared/domain/codes/lookup';
import { SITE_ROLE, UNIT_KIND, UNIT_LEVEL } from '@shared/domain/enums';
import { useSite, useStore } from '../../app/store-context';
import { showError } from '../../components/form-errors';
import { setUpSite } from '../../db/operations';

interface SetupValues {
  countyName: string;
  role: string;
  unitName: string;
  unitLevel: string;
  unitKind: string;
  label: string;
}

/** Suggested home unit for a role, so most clerks only confirm. */
function suggestedUnit(county: string, role: string): Pick<SetupValues, 'unitName' | 'unitLevel' | 'unitKind'> {
  const c = county.trim();
  if (role === 'orgDept') return { unitName: c ? `中共${c}委组织部` : '', unitLevel: 'county', unitKind: 'partyOrgan' };
  if (role === 'receiving') return { unitName: '', unitLevel: 'township', unitKind: 'township' };
  return { unitName: '', unitLevel: 'county', unitKind: 'govOrgan' };
}

/** The name other PCs will see: the unit's name without the leading 中共 (开江县委组织部). */
function defaultLabel(unitName: string): string {
  return unitName.trim().replace(/^中共/, '').slice(0, 40);
}

/** First run: who this PC is (county, role, home unit, a label other PCs will see). */
export function SetupPage() {
  const store = useStore();
  const { refreshSite } = useSite();
  const { message } = App.useApp();
  const [form] = Form.useForm<SetupValues>();
  const [saving, setSaving] = useState(false);

  const onValuesChange = (changed: Partial<SetupValues>, all: SetupValues) => {
    const next: Partial<SetupValues> = {};
    if ('countyName' in changed || 'role' in changed) {
      const s = suggestedUnit(all.countyName ?? '', all.role ?? 'orgDept');
      Object.assign(next, s, { unitName: s.unitName || all.unitName });
    }
    const unitName = next.unitName ?? all.unitName;
    if (!form.isFieldTouched('label') && (unitName || all.countyName)) next.label = defaultLabel(unitName || all.countyName);
    form.setFieldsValue(next);
  };

  const onFinish = async (v: SetupValues) => {
    setSaving(true);
    try {
      await setUpSite(
        store,
        { label: v.label, role: v.role, countyName: v.countyName },
        { name: v.unitName, level: v.unitLevel, kind: v.unitKind, isInCounty: v.unitLevel !== 'external' },
      );
      message.success('设置完成，欢迎使用挂职通');
      refreshSite();
    } catch (e) {
      showError(e, message, form, { fields: { name: 'unitName', level: 'unitLevel', kind: 'unitKind' } });
    } finally {
      setSaving(false);
    }
  };

  return (
    <div style={{ display: 'flex', justifyContent: 'center', alignItems: 'flex-start', minHeight: '100%', padding: '48px 16px', boxSizing: 'border-box' }}>
      <Card style={{ width: 560 }} title={<span style={{ fontSize: 18 }}>挂职通 · 本机初始设置</span>}>
        <Typography.Paragraph type="secondary">
          第一次使用，请说明这台电脑属于哪个单位。这些信息用于报表的“填报单位”，以及与其他电脑交换数据时标明来源，以后可以在“设置”中修改。
        </Typography.Paragraph>
        <Form<SetupValues>
          form={form}
          layout="horizontal"
          labelCol={{ span: 7 }}
          initialValues={{ role: 'orgDept', unitLevel: 'county', unitKind: 'partyOrgan' }}
          onValuesChange={onValuesChange}
          onFinish={onFinish}
        >
          <Form.Item name="countyName" label="县（市、区）名称" rules={[{ required: true, message: '请填写县（市、区）名称，如：开江县' }]}>
            <Input placeholder="如：开江县" autoFocus maxLength={20} />
          </Form.Item>
          <Form.Item name="role" label="本机角色" rules={[{ required: true, message: '请选择本机角色' }]}>
            <Select options={selectableItems(SITE_ROLE).map((i) => ({ value: i.code, label: i.label }))} />
          </Form.Item>
          <Form.Item name="unitName" label="本单位全称" rules={[{ required: true, message: '请填写本单位全称' }]}>
            <Input placeholder="如：中共开江县委组织部、讲治镇人民政府" maxLength={60} />
          </Form.Item>
          <Form.Item name="unitLevel" label="本单位层级" rules={[{ required: true, message: '请选择本单位层级' }]}>
            <Select options={selectableItems(UNIT_LEVEL).map((i) => ({ value: i.code, label: i.label }))} />
          </Form.Item>
          <Form.Item name="unitKind" label="本单位类别" rules={[{ required: true, message: '请选择本单位类别' }]}>
            <Select options={selectableItems(UNIT_KIND).map((i) => ({ value: i.code, label: i.label }))} />
          </Form.Item>
          <Form.Item
            name="label"
            label="本机名称"
            extra="其他电脑导入本机数据时显示的来源，如：开江县委组织部-干部科"
            rules={[{ required: true, message: '请填写本机名称' }]}
          >
            <Input maxLength={40} />
          </Form.Item>
          <Form.Item wrapperCol={{ offset: 7 }}>
            <Button type="primary" htmlType="submit" loading={saving}>
              完成设置，开始使用
            </Button>
          </Form.Item>
        </Form>
      </Card>
    </div>
  );
}

import { App, Button, Card, Form, Input, Select, Typography } from 'antd';
import { useRef, useState } from 'react';
import { selectableItems } from '@shared/domain/codes/lookup';
import { SITE_ROLE, UNIT_KIND, UNIT_LEVEL } from '@shared/domain/enums';
import { useSite, useStore } from '../../app/store-context';
import { showError } from '../../components/form-errors';
import { useEditForm } from '../../components/use-edit-form';
import { setUpSite } from '../../db/operations';
import { T } from './texts';
import { maxLengthRule } from '../../components/number-rule';

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
  if (role === 'orgDept') return { unitName: c ? T.orgDeptName(c) : '', unitLevel: 'county', unitKind: 'partyOrgan' };
  if (role === 'receiving') return { unitName: '', unitLevel: 'township', unitKind: 'township' };
  return { unitName: '', unitLevel: 'county', unitKind: 'govOrgan' };
}

/** The name other PCs will see: the unit's name without the leading 中共 (开江县委组织部). */
function defaultLabel(unitName: string): string {
  return unitName.trim().replace(T.partyPrefix, '').slice(0, 40);
}

/** First run: who this PC is (county, role, home unit, a label other PCs will see). */
export function SetupPage() {
  const store = useStore();
  const { refreshSite } = useSite();
  const { message } = App.useApp();
  const [form] = Form.useForm<SetupValues>();
  const [saving, setSaving] = useState(false);
  const edit = useEditForm(form);

  // Fields the clerk typed in themselves; the others follow the county name as it is typed. (antd
  // marks a field "touched" when setFieldsValue changes it, so isFieldTouched cannot tell: the label
  // used to stop following after the first keystroke or input-method chunk, giving 开委组织部.)
  const typed = useRef(new Set<keyof SetupValues>());
  const onValuesChange = (changed: Partial<SetupValues>, all: SetupValues) => {
    for (const k of Object.keys(changed) as (keyof SetupValues)[]) typed.current.add(k);
    const next: Partial<SetupValues> = {};
    if ('countyName' in changed || 'role' in changed) {
      const s = suggestedUnit(all.countyName ?? '', all.role ?? 'orgDept');
      for (const [k, v] of Object.entries(s) as [keyof typeof s, string][]) if (!typed.current.has(k) && v) next[k] = v;
    }
    const unitName = next.unitName ?? all.unitName;
    if (!typed.current.has('label') && (unitName || all.countyName)) next.label = defaultLabel(unitName || all.countyName);
    if (Object.keys(next).length) form.setFieldsValue(next);
    edit.onValuesChange(changed, all);
  };

  const onFinish = async (v: SetupValues) => {
    setSaving(true);
    try {
      await setUpSite(
        store,
        { label: v.label, role: v.role, countyName: v.countyName },
        { name: v.unitName, level: v.unitLevel, kind: v.unitKind, isInCounty: v.unitLevel !== 'external' },
      );
      message.success(T.done);
      refreshSite();
    } catch (e) {
      showError(e, message, form, { fields: { name: 'unitName', level: 'unitLevel', kind: 'unitKind' } });
    } finally {
      setSaving(false);
    }
  };

  return (
    <div style={{ display: 'flex', justifyContent: 'center', alignItems: 'flex-start', minHeight: '100%', padding: '48px 16px', boxSizing: 'border-box' }}>
      <Card style={{ width: 560 }} title={<span style={{ fontSize: 18 }}>{T.title}</span>}>
        <Typography.Paragraph type="secondary">
          {T.intro}
        </Typography.Paragraph>
        <Form<SetupValues>
          form={form}
          layout="horizontal"
          labelCol={{ span: 7 }}
          initialValues={{ role: 'orgDept', unitLevel: 'county', unitKind: 'partyOrgan' }}
          onValuesChange={onValuesChange}
          onFinish={onFinish}
        >
          <Form.Item name="countyName" label={T.label.countyName} rules={[{ required: true, message: T.required.countyName }, maxLengthRule(T.label.countyName, 20)]}>
            <Input placeholder={T.countyPlaceholder} autoFocus />
          </Form.Item>
          <Form.Item name="role" label={T.label.role} rules={[{ required: true, message: T.required.role }]}>
            <Select options={selectableItems(SITE_ROLE).map((i) => ({ value: i.code, label: i.label }))} />
          </Form.Item>
          <Form.Item name="unitName" label={T.label.unitName} rules={[{ required: true, message: T.required.unitName }, maxLengthRule(T.label.unitName, 60)]}>
            <Input placeholder={T.unitNamePlaceholder} />
          </Form.Item>
          <Form.Item name="unitLevel" label={T.label.unitLevel} rules={[{ required: true, message: T.required.unitLevel }]}>
            <Select options={selectableItems(UNIT_LEVEL).map((i) => ({ value: i.code, label: i.label }))} />
          </Form.Item>
          <Form.Item name="unitKind" label={T.label.unitKind} rules={[{ required: true, message: T.required.unitKind }]}>
            <Select options={selectableItems(UNIT_KIND).map((i) => ({ value: i.code, label: i.label }))} />
          </Form.Item>
          <Form.Item
            name="label"
            label={T.label.label}
            extra={T.labelHelp}
            rules={[{ required: true, message: T.required.label }, maxLengthRule(T.label.label, 40)]}
          >
            <Input />
          </Form.Item>
          <Form.Item wrapperCol={{ offset: 7 }}>
            <Button type="primary" htmlType="submit" loading={saving}>
              {T.submit}
            </Button>
          </Form.Item>
        </Form>
      </Card>
    </div>
  );
}

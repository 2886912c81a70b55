import { App, Button, Card, Checkbox, Col, Form, Input, InputNumber, Radio, Row as GridRow, Space, Spin, Table, Tag, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { labelOf, selectableItems } from '@shared/domain/codes/lookup';
import { ATTENDANCE_STATUS, POSTING_TYPE } from '@shared/domain/enums';
import { describeLeaveTiers } from '@shared/domain/rules/leave';
import { useStore } from '../../app/store-context';
import { showError } from '../../components/form-errors';
import type { Row } from '../../db/database';
import { saveAttendanceRules, type AttendanceRulesInput } from '../../db/operations';
import { defaultAttendanceRules, loadAttendanceSettings } from '../../db/queries/attendance-rules';
import { DEFAULT_LEAVE_RULE_SET_ID } from '../../db/queries/leave-rules';
import { listLeaveRuleSets } from '../../db/queries/rule-sets';
import { T } from './texts';

const R = T.rules;

type Values = Omit<AttendanceRulesInput, 'leaveRuleSetId' | 'leave'> & { leaveRuleSetId: string; countWorkingDaysOnly: boolean; yearlyLimitDays: number | null };

/** The form's values from the stored rules (or the defaults) and the chosen leave rule set. */
function valuesOf(rules: Omit<AttendanceRulesInput, 'leave'>, sets: readonly Row<'leaveRuleSets'>[]): Values {
  const id = rules.leaveRuleSetId && sets.some((s) => s.id === rules.leaveRuleSetId) ? rules.leaveRuleSetId : DEFAULT_LEAVE_RULE_SET_ID;
  const set = sets.find((s) => s.id === id);
  return {
    minDaysPerMonth: rules.minDaysPerMonth ?? null,
    minDaysPerYear: rules.minDaysPerYear ?? null,
    basis: rules.basis,
    postingTypes: [...(rules.postingTypes ?? [])],
    inPostStatuses: [...(rules.inPostStatuses ?? [])],
    symbols: (rules.symbols ?? []).map((s) => ({ ...s })),
    leaveRuleSetId: id,
    countWorkingDaysOnly: set?.countWorkingDaysOnly ?? true,
    yearlyLimitDays: set?.yearlyLimitDays ?? null,
  };
}

/**
 * 设置 → 考勤规则: the county's one attendance rule set (minimum days, what counts as in post, the
 * default leave rule set and how it counts days, the grid's symbols), synced to every PC.
 */
export function AttendanceRulesSection() {
  const store = useStore();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const data = useLiveQuery(async () => ({ settings: await loadAttendanceSettings(store.db), sets: await listLeaveRuleSets(store.db) }), [store]);
  const chosenId = Form.useWatch('leaveRuleSetId', form);
  if (data === undefined) return <Spin />;
  const { settings, sets } = data;
  const initial = valuesOf(settings.stored ?? defaultAttendanceRules(), sets);
  const chosen = sets.find((s) => s.id === (chosenId ?? initial.leaveRuleSetId));

  const save = async ({ countWorkingDaysOnly, yearlyLimitDays, ...rules }: Values) => {
    try {
      await saveAttendanceRules(store, { ...rules, leave: { countWorkingDaysOnly, yearlyLimitDays: yearlyLimitDays ?? null } });
      message.success(R.saved);
    } catch (e) {
      showError(e, message, form);
    }
  };
  const onChosen = (id: string) => {
    const set = sets.find((s) => s.id === id);
    if (set) form.setFieldsValue({ countWorkingDaysOnly: set.countWorkingDaysOnly, yearlyLimitDays: set.yearlyLimitDays ?? null });
  };

  return (
    <Form<Values> form={form} layout="vertical" initialValues={initial} onFinish={(v) => void save(v)} data-testid="attendance-rules-form">
      <Typography.Paragraph type="secondary">
        {R.intro} {settings.stored ? null : <Tag>{R.defaults}</Tag>}
      </Typography.Paragraph>
      <Card size="small" title={R.minimum} style={{ marginBottom: 12 }}>
        <Form.Item name="basis" label={R.basis}>
          <Radio.Group
            options={[
              { value: 'month', label: R.basisMonth },
              { value: 'year', label: R.basisYear },
            ]}
          />
        </Form.Item>
        <GridRow gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item name="minDaysPerMonth" label={R.minDaysPerMonth}>
              <InputNumber min={1} max={31} precision={0} suffix={R.days} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="minDaysPerYear" label={R.minDaysPerYear}>
              <InputNumber min={1} max={366} precision={0} suffix={R.days} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </GridRow>
        <Form.Item name="postingTypes" label={R.postingTypes} extra={R.postingTypesHint}>
          <Checkbox.Group options={selectableItems(POSTING_TYPE).map((i) => ({ value: i.code, label: i.label }))} />
        </Form.Item>
        <Form.Item name="inPostStatuses" label={R.inPostStatuses} extra={R.inPostHint}>
          <Checkbox.Group options={selectableItems(ATTENDANCE_STATUS).map((i) => ({ value: i.code, label: i.label }))} />
        </Form.Item>
      </Card>

      <Card size="small" title={R.leave} style={{ marginBottom: 12 }}>
        <Form.Item name="leaveRuleSetId" label={R.leaveRuleSet} extra={R.leaveRuleSetHint}>
          <Radio.Group onChange={(e) => onChosen(e.target.value as string)} style={{ width: '100%' }}>
            <Space orientation="vertical" style={{ width: '100%' }}>
              {sets.map((s) => (
                <Radio key={s.id} value={s.id}>
                  <span data-testid={`leave-rule-${s.preset ?? s.id}`}>
                    <Typography.Text strong>{s.name}</Typography.Text> {s.preset && <Tag>{R.preset(s.preset)}</Tag>}
                    <br />
                    <Typography.Text type="secondary">{describeLeaveTiers(s.tiers)}</Typography.Text>
                  </span>
                </Radio>
              ))}
            </Space>
          </Radio.Group>
        </Form.Item>
        <GridRow gutter={16}>
          <Col xs={24} md={14}>
            <Form.Item name="countWorkingDaysOnly" label={R.countDays}>
              <Radio.Group
                options={[
                  { value: true, label: R.workingDays },
                  { value: false, label: R.calendarDays },
                ]}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={10}>
            <Form.Item name="yearlyLimitDays" label={R.yearlyLimit} extra={R.yearlyLimitHint}>
              <InputNumber min={1} max={366} precision={0} suffix={R.days} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </GridRow>
        {chosen && <Typography.Text type="secondary">{R.leaveAppliesTo(chosen.name)}</Typography.Text>}
      </Card>

      <Card size="small" title={R.symbols} style={{ marginBottom: 12 }}>
        <Typography.Paragraph type="secondary">{R.symbolsHint}</Typography.Paragraph>
        <Form.List name="symbols">
          {(fields) => (
            <Table
              size="small"
              pagination={false}
              rowKey="key"
              dataSource={fields}
              columns={[
                {
                  title: R.col.status,
                  width: 110,
                  render: (_v, f) => (
                    <>
                      <Form.Item name={[f.name, 'status']} hidden>
                        <Input />
                      </Form.Item>
                      {labelOf(ATTENDANCE_STATUS, form.getFieldValue(['symbols', f.name, 'status']) as string)}
                    </>
                  ),
                },
                ...(['symbol', 'label', 'key', 'digit'] as const).map((field) => ({
                  title: R.col[field],
                  render: (_v: unknown, f: { name: number }) => (
                    <Form.Item name={[f.name, field]} noStyle>
                      <Input maxLength={field === 'label' ? 10 : field === 'symbol' ? 2 : 1} aria-label={R.col[field]} style={{ width: field === 'label' ? 120 : 64 }} />
                    </Form.Item>
                  ),
                })),
              ]}
            />
          )}
        </Form.List>
      </Card>

      <Space>
        <Button type="primary" htmlType="submit">
          {R.save}
        </Button>
        <Button onClick={() => form.setFieldsValue(valuesOf(defaultAttendanceRules(), sets))}>{R.restore}</Button>
      </Space>
    </Form>
  );
}

import { App, Alert, Button, Checkbox, Col, Drawer, Form, Input, Row as GridRow, Select, Space } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { POSITION_LEVEL } from '@shared/domain/codes';
import { todayIso } from '@shared/domain/dates';
import { POSTING_DIRECTION, POSTING_TYPE, TEAM_ROLE, VILLAGE_POSTING_TYPES } from '@shared/domain/enums';
import type { PostingInput } from '@shared/domain/entities/posting';
import { postingDefaults } from '@shared/domain/rules/posting-defaults';
import { useStore } from '../../app/store-context';
import { CadrePicker } from '../../components/cadre-picker';
import { CodeSelect } from '../../components/code-select';
import { RuleSelect } from '../../components/rule-select';
import { enterToNext } from '../../components/enter-to-next';
import { showError } from '../../components/form-errors';
import { autoEndDate, TermFields } from '../../components/term-fields';
import { UnitSelect } from '../../components/unit-select';
import type { Row } from '../../db/database';
import { domainFields } from '../../db/domain-fields';
import { ValidationError } from '../../db/errors';
import { createPosting, previewPosting, updatePosting } from '../../db/operations';
import { getLive } from '../../db/queries/live';
import { confirmWarnings } from './save-with-warnings';

/** Posting types the single form offers: a 双向互派 is created as a pair in its own form. */
const TERM = { start: 'startDate', months: 'termMonths', end: 'plannedEndDate' };

const SINGLE_TYPES = { ...POSTING_TYPE, items: POSTING_TYPE.items.filter((i) => i.code !== 'pairedExchange') };

const CREATE_STATUSES = [
  { value: 'active', label: '在岗（已到岗）' },
  { value: 'approved', label: '已批准（未到岗）' },
  { value: 'proposed', label: '拟选派' },
];

/** 新增/修改挂职: every field of DOMAIN §2.6; the cadre's data fill the original post. */
export function PostingForm(props: {
  postingId?: string | undefined;
  units: Row<'units'>[];
  batches: Row<'batches'>[];
  onClose: () => void;
  onSaved: (id: string) => void;
}) {
  const store = useStore();
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<PostingInput>();
  const [saving, setSaving] = useState(false);
  const [endTouched, setEndTouched] = useState(false);
  const [loaded, setLoaded] = useState<Partial<PostingInput> | null>(props.postingId ? null : { ...postingDefaults({ type: 'secondmentDown' }), status: 'active', partyRelationTransferred: true });
  const type = Form.useWatch('type', form);
  const unitName = useMemo(() => {
    const m = new Map(props.units.map((u) => [u.id, u.shortName || u.name]));
    return (id: string) => m.get(id) ?? '';
  }, [props.units]);

  useEffect(() => {
    if (!props.postingId) return;
    getLive(store.db.postings, props.postingId).then((p) => {
      if (p) {
        setLoaded(domainFields(p) as Partial<PostingInput>);
        setEndTouched(true);
      }
    });
  }, [props.postingId, store]);

  const onValuesChange = async (changed: Partial<PostingInput>, all: Partial<PostingInput>) => {
    const patch: Partial<PostingInput> = {};
    if (changed.cadreId) Object.assign(patch, postingDefaults({ cadre: await getLive(store.db.cadres, changed.cadreId) }));
    if (changed.type) {
      const d = postingDefaults({ type: changed.type });
      patch.direction = d.direction;
      if (!props.postingId) Object.assign(patch, { leaveRuleSetId: d.leaveRuleSetId, subsidyRuleId: d.subsidyRuleId });
    }
    if (changed.batchId && !props.postingId) {
      const { plannedEndDate: _end, ...fromBatch } = postingDefaults({ batch: props.batches.find((x) => x.id === changed.batchId) });
      Object.assign(patch, fromBatch);
    }
    if ('plannedEndDate' in changed) setEndTouched(true);
    const end = autoEndDate({ ...changed, ...patch }, { ...all, ...patch }, TERM);
    if (!endTouched && end) patch.plannedEndDate = end;
    if (Object.keys(patch).length) form.setFieldsValue(patch);
  };

  const save = async () => {
    const values = { ...loaded, ...form.getFieldsValue(true) } as PostingInput;
    const today = todayIso();
    setSaving(true);
    try {
      const preview = await previewPosting(store, values, today, props.postingId);
      if (preview.errors.length) throw new ValidationError(preview.errors);
      if (!(await confirmWarnings(modal, preview.warnings))) return;
      const id = props.postingId;
      const r = await (id ? updatePosting(store, id, values, today) : createPosting(store, values, today));
      message.success(id ? '挂职信息已保存' : '已新增挂职');
      props.onSaved(r.posting.id);
      props.onClose();
    } catch (e) {
      showError(e, message, form);
    } finally {
      setSaving(false);
    }
  };

  const village = type ? VILLAGE_POSTING_TYPES.includes(type) : false;
  const col = { xs: 24, md: 12 };
  return (
    <Drawer
      open
      size={920}
      title={props.postingId ? '修改挂职信息' : '新增挂职'}
      onClose={props.onClose}
      destroyOnHidden
      extra={
        <Space>
          <Button onClick={props.onClose}>取消</Button>
          <Button type="primary" loading={saving} onClick={save} disabled={!props.postingId && type === 'pairedExchange'}>
            保存
          </Button>
        </Space>
      }
    >
      {loaded && (
        <div
          onKeyDown={(e) => {
            if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
              e.preventDefault();
              void save();
            }
          }}
        >
          {!props.postingId && type === 'pairedExchange' && (
            <Alert type="warning" showIcon style={{ marginBottom: 12 }} title="双向互派须成对登记，请关闭本窗口，使用“新建双向互派”。" />
          )}
          {props.postingId && (
            <Alert type="info" showIcon style={{ marginBottom: 12 }} title="状态、延期和结束情况请在挂职详情中用相应按钮办理，这里只修改登记信息。" />
          )}
          <Form<PostingInput> form={form} layout="vertical" initialValues={loaded} onValuesChange={onValuesChange} onKeyDown={enterToNext} preserve={false}>
            <GridRow gutter={16}>
              <Col xs={24}>
                <Form.Item name="cadreId" label="干部" required>
                  <CadrePicker unitName={unitName} disabled={!!props.postingId} autoFocus />
                </Form.Item>
              </Col>
              <Col {...col}>
                <Form.Item name="batchId" label="批次" extra="选择批次后自动带出类型、到岗日期和期限">
                  <Select allowClear placeholder="不属于任何批次" options={props.batches.map((b) => ({ value: b.id, label: b.name }))} />
                </Form.Item>
              </Col>
              <Col xs={12} md={6}>
                <Form.Item name="type" label="挂职类型" required>
                  <CodeSelect list={props.postingId ? POSTING_TYPE : SINGLE_TYPES} allowClear={false} />
                </Form.Item>
              </Col>
              <Col xs={12} md={6}>
                <Form.Item name="direction" label="方向" required>
                  <CodeSelect list={POSTING_DIRECTION} allowClear={false} />
                </Form.Item>
              </Col>
              <Col {...col}>
                <Form.Item name="dispatchingUnitId" label="派出单位" required>
                  <UnitSelect units={props.units} />
                </Form.Item>
              </Col>
              <Col xs={24} md={8}>
                <Form.Item name="originalPost" label="原单位职务" required>
                  <Input maxLength={100} />
                </Form.Item>
              </Col>
              <Col xs={24} md={4}>
                <Form.Item name="originalPositionLevel" label="原职务层次">
                  <CodeSelect list={POSITION_LEVEL} />
                </Form.Item>
              </Col>
              <Col {...col}>
                <Form.Item name="receivingUnitId" label="接收单位（挂职单位）" required>
                  <UnitSelect units={props.units} />
                </Form.Item>
              </Col>
              <Col {...col}>
                <Form.Item name="secondedPost" label="挂任职务" required>
                  <Input maxLength={100} placeholder="如：党委委员、副镇长" />
                </Form.Item>
              </Col>
              {village && (
                <>
                  <Col xs={24} md={10}>
                    <Form.Item name="village" label="驻村名称" required>
                      <Input maxLength={60} placeholder="如：讲治镇石岭村" />
                    </Form.Item>
                  </Col>
                  <Col xs={12} md={6}>
                    <Form.Item name="teamRole" label="队内职务" required>
                      <CodeSelect list={TEAM_ROLE} />
                    </Form.Item>
                  </Col>
                  <Col xs={12} md={8}>
                    <Form.Item name="teamId" label="所在工作队">
                      <Input maxLength={60} />
                    </Form.Item>
                  </Col>
                </>
              )}
              <TermFields names={TERM} span={6} endExtra="默认为到岗日期加期限前一天" />
              {!props.postingId && (
                <Col xs={12} md={6}>
                  <Form.Item name="status" label="当前状态" required>
                    <Select options={CREATE_STATUSES} />
                  </Form.Item>
                </Col>
              )}
              <Col xs={12} md={6}>
                <Form.Item name="liaisonLeader" label="联系领导">
                  <Input maxLength={40} />
                </Form.Item>
              </Col>
              <Col xs={12} md={6}>
                <Form.Item name="mentor" label="帮带领导">
                  <Input maxLength={40} />
                </Form.Item>
              </Col>
              <Col xs={12} md={6}>
                <Form.Item name="insured" label="意外险" valuePropName="checked">
                  <Checkbox>已购买人身意外伤害保险</Checkbox>
                </Form.Item>
              </Col>
              <Col xs={12} md={6}>
                <Form.Item name="insurancePolicyNo" label="保单号">
                  <Input maxLength={40} />
                </Form.Item>
              </Col>
              <Col xs={12} md={8}>
                <Form.Item name="partyRelationTransferred" label="党组织关系" valuePropName="checked">
                  <Checkbox>已转接到接收单位</Checkbox>
                </Form.Item>
              </Col>
              <Col xs={12} md={8}>
                <Form.Item name="leaveRuleSetId" label="请假审批规则">
                  <RuleSelect table="leaveRuleSets" />
                </Form.Item>
              </Col>
              <Col xs={12} md={8}>
                <Form.Item name="subsidyRuleId" label="补助标准">
                  <RuleSelect table="subsidyRules" />
                </Form.Item>
              </Col>
              <Col xs={24}>
                <Form.Item name="studyPlan" label="学习锻炼计划">
                  <Input.TextArea rows={3} maxLength={2000} />
                </Form.Item>
                <Form.Item name="remarks" label="备注">
                  <Input.TextArea rows={2} maxLength={500} />
                </Form.Item>
              </Col>
            </GridRow>
          </Form>
        </div>
      )}
    </Drawer>
  );
}

import { App, Checkbox, Form, Input, Modal, Radio, Select, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { GRADE_CIVIL_SERVANT, GRADE_INSTITUTION } from '@shared/domain/codes';
import { selectableItems } from '@shared/domain/codes/lookup';
import { addDays, addMonths, todayIso } from '@shared/domain/dates';
import { ASSESSING_UNIT } from '@shared/domain/enums';
import type { PostingAction } from '@shared/domain/rules/posting-lifecycle';
import { useStore } from '../../app/store-context';
import { CadrePicker } from '../../components/cadre-picker';
import { showError } from '../../components/form-errors';
import { MonthInput } from '../../components/month-input';
import type { Row } from '../../db/database';
import { domainFields } from '../../db/domain-fields';
import {
  activatePosting,
  approvePosting,
  cancelPosting,
  completePosting,
  extendPosting,
  recallWithReplacement,
  recordEndOfTermReview,
  terminatePosting,
} from '../../db/operations';

/** A lifecycle action, or recording the end-of-term review. */
export type DialogKind = PostingAction | 'review';

const TITLES: Record<DialogKind, string> = {
  approve: '批准挂职',
  activate: '登记到岗',
  extend: '延期',
  terminate: '提前结束挂职',
  recall: '召回',
  complete: '期满结束',
  cancel: '取消挂职',
  review: '录入期满考察结果',
};

type Values = Record<string, unknown>;

/** The dialog of one action on one posting: asks exactly what the rule needs, then writes. */
export function ActionDialog(props: {
  kind: DialogKind;
  posting: Row<'postings'>;
  cadre: Row<'cadres'> | undefined;
  review: Row<'assessments'> | undefined;
  unitName: (id: string) => string;
  onClose: () => void;
  onDone: (openId?: string) => void;
}) {
  const { kind, posting } = props;
  const store = useStore();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const today = todayIso();
  const grades = props.cadre?.staffCategory === 'institution' ? GRADE_INSTITUTION : GRADE_CIVIL_SERVANT;
  const initial = useMemo<Values>(() => {
    switch (kind) {
      case 'extend':
        return { decidedOn: today, newEndDate: addMonths(posting.plannedEndDate, 6), approvedBy: '县委组织部' };
      case 'terminate':
      case 'recall':
        return { actualEndDate: today, approvedBy: '县委组织部', replacementStart: addDays(today, 1), replacementPost: posting.secondedPost };
      case 'complete':
        return { actualEndDate: posting.plannedEndDate < today ? posting.plannedEndDate : today, endReason: 'termCompleted' };
      case 'activate':
        return { startDate: posting.startDate };
      case 'review':
        return props.review ? domainFields(props.review) : { assessingUnit: 'joint' };
      default:
        return {};
    }
  }, [kind, posting, props.review, today]);
  const grade = Form.useWatch('grade', form);
  const withReplacement = Form.useWatch('withReplacement', form);

  const run = async (v: Values) => {
    const s = (k: string) => (typeof v[k] === 'string' ? (v[k] as string) : '');
    switch (kind) {
      case 'approve':
        return approvePosting(store, posting.id).then(() => undefined);
      case 'activate':
        return activatePosting(store, posting.id, s('startDate') || undefined).then(() => undefined);
      case 'extend':
        return extendPosting(store, posting.id, { newEndDate: s('newEndDate'), decidedOn: s('decidedOn'), approvedBy: s('approvedBy'), reason: s('reason') }).then(() => undefined);
      case 'terminate':
        return terminatePosting(store, posting.id, { actualEndDate: s('actualEndDate'), approvedBy: s('approvedBy'), reason: s('reason') }).then(() => undefined);
      case 'recall': {
        const replacement = v.withReplacement ? { cadreId: s('replacementCadre'), startDate: s('replacementStart'), secondedPost: s('replacementPost') } : undefined;
        const r = await recallWithReplacement(store, posting.id, { actualEndDate: s('actualEndDate'), approvedBy: s('approvedBy'), reason: s('reason') }, today, replacement);
        return r.replacement?.posting.id;
      }
      case 'review':
        return recordEndOfTermReview(
          store,
          posting.id,
          {
            grade: s('grade'),
            assessingUnit: s('assessingUnit'),
            hostOpinion: s('hostOpinion') || null,
            homeOpinion: s('homeOpinion') || null,
            orgDeptOpinion: s('orgDeptOpinion') || null,
            selfSummary: s('selfSummary') || null,
            addToReservePool: !!v.addToReservePool,
          },
          today,
        ).then(() => undefined);
      case 'complete':
        return completePosting(store, posting.id, { actualEndDate: s('actualEndDate'), endReason: s('endReason') as 'termCompleted' | 'appointed' }).then(() => undefined);
      case 'cancel':
        return cancelPosting(store, posting.id, s('reason')).then(() => undefined);
    }
  };

  const submit = async () => {
    const v = await form.validateFields();
    setSaving(true);
    try {
      const openId = await run(v);
      message.success(`${TITLES[kind]}：已办理`);
      props.onDone(openId);
      props.onClose();
    } catch (e) {
      showError(e, message, form);
    } finally {
      setSaving(false);
    }
  };

  const required = (label: string) => [{ required: true, message: `请填写${label}` }];
  return (
    <Modal open title={`${TITLES[kind]}：${props.cadre?.name ?? ''}`} okText="确定" cancelText="取消" onOk={submit} onCancel={props.onClose} confirmLoading={saving} width={kind === 'review' || kind === 'recall' ? 720 : 520} destroyOnHidden>
      <Form form={form} layout="vertical" initialValues={initial} preserve={false}>
        {kind === 'approve' && <Typography.Paragraph>批准后状态变为“已批准”，到岗后再登记到岗。</Typography.Paragraph>}
        {kind === 'activate' && (
          <Form.Item name="startDate" label="实际到岗日期" rules={required('到岗日期')}>
            <MonthInput kind="date" />
          </Form.Item>
        )}
        {kind === 'extend' && (
          <>
            <Typography.Paragraph type="secondary">延期须接收单位提出需要、派出单位同意并经批准。原期满日期：{posting.plannedEndDate}</Typography.Paragraph>
            <Form.Item name="newEndDate" label="延期至" rules={required('延期后的期满日期')}>
              <MonthInput kind="date" />
            </Form.Item>
            <Form.Item name="decidedOn" label="批准日期" rules={required('批准日期')}>
              <MonthInput kind="date" />
            </Form.Item>
            <Form.Item name="approvedBy" label="批准人（单位）" rules={required('批准人（单位）')}>
              <Input maxLength={40} />
            </Form.Item>
            <Form.Item name="reason" label="延期理由" rules={required('延期理由')}>
              <Input.TextArea rows={2} maxLength={200} />
            </Form.Item>
          </>
        )}
        {(kind === 'terminate' || kind === 'recall') && (
          <>
            {kind === 'terminate' && <Typography.Paragraph type="secondary">提前结束挂职须事先征得县委组织部（和接收单位）同意。</Typography.Paragraph>}
            <Form.Item name="actualEndDate" label="实际结束日期" rules={required('实际结束日期')}>
              <MonthInput kind="date" />
            </Form.Item>
            <Form.Item name="approvedBy" label="批准人（单位）" rules={required('批准人（单位）')}>
              <Input maxLength={40} />
            </Form.Item>
            <Form.Item name="reason" label={kind === 'recall' ? '召回原因' : '提前结束原因'} rules={required('原因')}>
              <Input.TextArea rows={2} maxLength={500} />
            </Form.Item>
          </>
        )}
        {kind === 'recall' && (
          <>
            <Form.Item name="withReplacement" valuePropName="checked">
              <Checkbox>同时安排接替人员（新建一条挂职，接收单位、类型和驻村信息与原挂职相同）</Checkbox>
            </Form.Item>
            {!!withReplacement && (
              <>
                <Form.Item name="replacementCadre" label="接替干部" rules={required('接替干部')}>
                  <CadrePicker unitName={props.unitName} />
                </Form.Item>
                <Form.Item name="replacementStart" label="接替人员到岗日期" rules={required('到岗日期')}>
                  <MonthInput kind="date" />
                </Form.Item>
                <Form.Item name="replacementPost" label="挂任职务" rules={required('挂任职务')}>
                  <Input maxLength={100} />
                </Form.Item>
              </>
            )}
          </>
        )}
        {kind === 'review' && (
          <>
            <Form.Item name="grade" label="考察等次" rules={[{ required: true, message: '请选择等次' }]}>
              <Radio.Group options={selectableItems(grades).map((g) => ({ value: g.code, label: g.label }))} />
            </Form.Item>
            <Form.Item name="assessingUnit" label="考察单位" rules={[{ required: true, message: '请选择考察单位' }]}>
              <Select options={selectableItems(ASSESSING_UNIT).map((i) => ({ value: i.code, label: i.label }))} />
            </Form.Item>
            <Form.Item name="selfSummary" label="个人总结（摘要）">
              <Input.TextArea rows={2} maxLength={10000} />
            </Form.Item>
            <Form.Item name="hostOpinion" label="接收单位鉴定意见">
              <Input.TextArea rows={2} maxLength={2000} />
            </Form.Item>
            <Form.Item name="homeOpinion" label="派出单位意见">
              <Input.TextArea rows={2} maxLength={2000} />
            </Form.Item>
            <Form.Item name="orgDeptOpinion" label="县委组织部意见">
              <Input.TextArea rows={2} maxLength={2000} />
            </Form.Item>
            {grade === '1' && (
              <Form.Item name="addToReservePool" valuePropName="checked">
                <Checkbox>期满考察优秀，纳入后备干部库</Checkbox>
              </Form.Item>
            )}
          </>
        )}
        {kind === 'complete' && (
          <>
            <Form.Item name="actualEndDate" label="实际结束日期" rules={required('实际结束日期')}>
              <MonthInput kind="date" />
            </Form.Item>
            <Form.Item name="endReason" label="结束方式">
              <Radio.Group
                options={[
                  { value: 'termCompleted', label: '期满返回原单位' },
                  { value: 'appointed', label: '留任或提拔' },
                ]}
              />
            </Form.Item>
          </>
        )}
        {kind === 'cancel' && (
          <Form.Item name="reason" label="取消原因" rules={required('取消原因')}>
            <Input.TextArea rows={2} maxLength={500} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}

import { App, Checkbox, Form, Input, Modal, Radio, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { addDays, addMonths, todayIso } from '@shared/domain/dates';
import type { PostingAction } from '@shared/domain/rules/posting-lifecycle';
import { useStore } from '../../app/store-context';
import { CadrePicker } from '../../components/cadre-picker';
import { showError } from '../../components/form-errors';
import { MonthInput } from '../../components/month-input';
import type { Row } from '../../db/database';
import {
  activatePosting,
  approvePosting,
  cancelPosting,
  completePosting,
  extendPosting,
  recallWithReplacement,
  terminatePosting,
} from '../../db/operations';
import { AssessmentDialog } from '../assessment/assessment-dialog';
import { T } from './texts';

/** A lifecycle action, or recording the end-of-term review. */
export type DialogKind = PostingAction | 'review';

const TITLES: Record<DialogKind, string> = T.action.title;

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
  const initial = useMemo<Values>(() => {
    switch (kind) {
      case 'extend':
        return { decidedOn: today, newEndDate: addMonths(posting.plannedEndDate, 6), approvedBy: T.orgDept };
      case 'terminate':
      case 'recall':
        return { actualEndDate: today, approvedBy: T.orgDept, replacementStart: addDays(today, 1), replacementPost: posting.secondedPost };
      case 'complete':
        return { actualEndDate: posting.plannedEndDate < today ? posting.plannedEndDate : today, endReason: 'termCompleted' };
      case 'activate':
        return { startDate: posting.startDate };
      default:
        return {};
    }
  }, [kind, posting, today]);
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
      message.success(T.action.done(TITLES[kind]));
      props.onDone(openId);
      props.onClose();
    } catch (e) {
      showError(e, message, form);
    } finally {
      setSaving(false);
    }
  };

  const required = (label: string) => [{ required: true, message: T.action.pleaseFill(label) }];
  // The end-of-term review is the full assessment form of 考核 (features/assessment).
  if (kind === 'review') return <AssessmentDialog posting={posting} kind="endOfTerm" existing={props.review} onClose={props.onClose} onDone={() => props.onDone()} />;
  return (
    <Modal open title={T.action.dialogTitle(TITLES[kind], props.cadre?.name ?? '')} okText={T.ok} cancelText={T.cancel} onOk={submit} onCancel={props.onClose} confirmLoading={saving} width={kind === 'recall' ? 720 : 520} destroyOnHidden>
      <Form form={form} layout="vertical" initialValues={initial} preserve={false}>
        {kind === 'approve' && <Typography.Paragraph>{T.action.approveHint}</Typography.Paragraph>}
        {kind === 'activate' && (
          <Form.Item name="startDate" label={T.action.label.startDate} rules={required(T.action.required.startDate)}>
            <MonthInput kind="date" />
          </Form.Item>
        )}
        {kind === 'extend' && (
          <>
            <Typography.Paragraph type="secondary">{T.action.extendHint(posting.plannedEndDate)}</Typography.Paragraph>
            <Form.Item name="newEndDate" label={T.action.label.newEndDate} rules={required(T.action.required.newEndDate)}>
              <MonthInput kind="date" />
            </Form.Item>
            <Form.Item name="decidedOn" label={T.action.label.decidedOn} rules={required(T.action.label.decidedOn)}>
              <MonthInput kind="date" />
            </Form.Item>
            <Form.Item name="approvedBy" label={T.action.label.approvedBy} rules={required(T.action.label.approvedBy)}>
              <Input maxLength={40} />
            </Form.Item>
            <Form.Item name="reason" label={T.action.label.extendReason} rules={required(T.action.label.extendReason)}>
              <Input.TextArea rows={2} maxLength={200} />
            </Form.Item>
          </>
        )}
        {(kind === 'terminate' || kind === 'recall') && (
          <>
            {kind === 'terminate' && <Typography.Paragraph type="secondary">{T.action.terminateHint}</Typography.Paragraph>}
            <Form.Item name="actualEndDate" label={T.action.label.actualEndDate} rules={required(T.action.label.actualEndDate)}>
              <MonthInput kind="date" />
            </Form.Item>
            <Form.Item name="approvedBy" label={T.action.label.approvedBy} rules={required(T.action.label.approvedBy)}>
              <Input maxLength={40} />
            </Form.Item>
            <Form.Item name="reason" label={kind === 'recall' ? T.action.label.recallReason : T.action.label.terminateReason} rules={required(T.action.required.reason)}>
              <Input.TextArea rows={2} maxLength={500} />
            </Form.Item>
          </>
        )}
        {kind === 'recall' && (
          <>
            <Form.Item name="withReplacement" valuePropName="checked">
              <Checkbox>{T.action.withReplacement}</Checkbox>
            </Form.Item>
            {!!withReplacement && (
              <>
                <Form.Item name="replacementCadre" label={T.action.label.replacementCadre} rules={required(T.action.label.replacementCadre)}>
                  <CadrePicker unitName={props.unitName} />
                </Form.Item>
                <Form.Item name="replacementStart" label={T.action.label.replacementStart} rules={required(T.action.required.startDate)}>
                  <MonthInput kind="date" />
                </Form.Item>
                <Form.Item name="replacementPost" label={T.action.label.replacementPost} rules={required(T.action.label.replacementPost)}>
                  <Input maxLength={100} />
                </Form.Item>
              </>
            )}
          </>
        )}
        {kind === 'complete' && (
          <>
            <Form.Item name="actualEndDate" label={T.action.label.actualEndDate} rules={required(T.action.label.actualEndDate)}>
              <MonthInput kind="date" />
            </Form.Item>
            <Form.Item name="endReason" label={T.action.label.endReason}>
              <Radio.Group
                options={[
                  { value: 'termCompleted', label: T.action.endWays.termCompleted },
                  { value: 'appointed', label: T.action.endWays.appointed },
                ]}
              />
            </Form.Item>
          </>
        )}
        {kind === 'cancel' && (
          <Form.Item name="reason" label={T.action.label.cancelReason} rules={required(T.action.label.cancelReason)}>
            <Input.TextArea rows={2} maxLength={500} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}

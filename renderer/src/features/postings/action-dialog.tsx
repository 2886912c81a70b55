import { App, Checkbox, Form, Input, Modal, Radio, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { addDays, addMonths, formatDateDotted, todayIso } from '@shared/domain/dates';
import { actionDateIssues, type DatedAction } from '@shared/domain/rules/posting-dates';
import type { PostingAction } from '@shared/domain/rules/posting-lifecycle';
import { useStore } from '../../app/store-context';
import { CadrePicker } from '../../components/cadre-picker';
import { showError, validateForm } from '../../components/form-errors';
import { DateItem } from '../../components/date-item';
import { useEditForm } from '../../components/use-edit-form';
import type { Row } from '../../db/database';
import { ValidationError } from '../../db/errors';
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
import { confirmWarnings } from './save-with-warnings';
import { T } from './texts';
import { maxLengthRule } from '../../components/number-rule';

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
  const { message, modal } = App.useApp();
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
  const edit = useEditForm(form);
  const withReplacement = Form.useWatch('withReplacement', form);

  const run = async (v: Values) => {
    const s = (k: string) => (typeof v[k] === 'string' ? (v[k] as string) : '');
    switch (kind) {
      case 'approve':
        return approvePosting(store, posting.id, today).then(() => undefined);
      case 'activate':
        return activatePosting(store, posting.id, s('startDate') || undefined, today).then(() => undefined);
      case 'extend':
        return extendPosting(store, posting.id, { newEndDate: s('newEndDate'), decidedOn: s('decidedOn'), approvedBy: s('approvedBy'), reason: s('reason') }, today).then(() => undefined);
      case 'terminate':
        return terminatePosting(store, posting.id, { actualEndDate: s('actualEndDate'), approvedBy: s('approvedBy'), reason: s('reason') }, today).then(() => undefined);
      case 'recall': {
        const replacement = v.withReplacement ? { cadreId: s('replacementCadre'), startDate: s('replacementStart'), secondedPost: s('replacementPost') } : undefined;
        const r = await recallWithReplacement(store, posting.id, { actualEndDate: s('actualEndDate'), approvedBy: s('approvedBy'), reason: s('reason') }, today, replacement);
        return r.replacement?.posting.id;
      }
      case 'complete':
        return completePosting(store, posting.id, { actualEndDate: s('actualEndDate'), endReason: s('endReason') as 'termCompleted' | 'appointed' }, today).then(() => undefined);
      case 'cancel':
        return cancelPosting(store, posting.id, s('reason'), today).then(() => undefined);
    }
  };

  /** The dates this action records, for the one lifecycle-date rule. */
  const datedAction = (v: Values): DatedAction | undefined => {
    const s = (k: string) => (typeof v[k] === 'string' ? (v[k] as string) : '');
    if (kind === 'activate') return { action: 'activate', startDate: s('startDate') || posting.startDate };
    if (kind === 'extend') return { action: 'extend', newEndDate: s('newEndDate'), decidedOn: s('decidedOn') };
    if (kind === 'terminate' || kind === 'recall' || kind === 'complete') return { action: kind, actualEndDate: s('actualEndDate') };
    if (kind === 'review') return { action: 'review' };
    return undefined;
  };

  const submit = async () => {
    const v = await validateForm(form);
    if (!v) return;
    const checks = [datedAction(v), kind === 'recall' && v.withReplacement ? ({ action: 'replace', startDate: String(v.replacementStart ?? ''), recalledEnd: String(v.actualEndDate ?? '') } as const) : undefined]
      .filter((a): a is DatedAction => !!a)
      .map((a) => actionDateIssues(posting, a, today));
    const errors = checks.flatMap((c) => c.errors);
    if (errors.length) return showError(new ValidationError(errors), message, form);
    if (!(await confirmWarnings(modal, checks.flatMap((c) => c.warnings)))) return;
    setSaving(true);
    try {
      const openId = await run(v);
      message.success(T.action.done(TITLES[kind]));
      edit.saved();
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
    <Modal open title={T.action.dialogTitle(TITLES[kind], props.cadre?.name ?? '')} okText={T.ok} cancelText={T.cancel} onOk={submit} onCancel={() => edit.requestClose(props.onClose)} confirmLoading={saving} width={kind === 'recall' ? 720 : 520} destroyOnHidden>
      <Form form={form} layout="vertical" initialValues={initial} preserve={false} onValuesChange={edit.onValuesChange}>
        {kind === 'approve' && <Typography.Paragraph>{T.action.approveHint}</Typography.Paragraph>}
        {kind === 'activate' && (
          <DateItem name="startDate" label={T.action.label.startDate} fieldLabel={T.action.required.startDate} required />
        )}
        {kind === 'extend' && (
          <>
            <Typography.Paragraph type="secondary">{T.action.extendHint(formatDateDotted(posting.plannedEndDate))}</Typography.Paragraph>
            <DateItem name="newEndDate" label={T.action.label.newEndDate} fieldLabel={T.action.required.newEndDate} required />
            <DateItem name="decidedOn" label={T.action.label.decidedOn} fieldLabel={T.action.label.decidedOn} required />
            <Form.Item name="approvedBy" label={T.action.label.approvedBy} rules={[...required(T.action.label.approvedBy), maxLengthRule(T.action.label.approvedBy, 40)]}>
              <Input />
            </Form.Item>
            <Form.Item name="reason" label={T.action.label.extendReason} rules={[...required(T.action.label.extendReason), maxLengthRule(T.action.label.extendReason, 200)]}>
              <Input.TextArea rows={2} />
            </Form.Item>
          </>
        )}
        {(kind === 'terminate' || kind === 'recall') && (
          <>
            {kind === 'terminate' && <Typography.Paragraph type="secondary">{T.action.terminateHint}</Typography.Paragraph>}
            <DateItem name="actualEndDate" label={T.action.label.actualEndDate} fieldLabel={T.action.label.actualEndDate} required />
            <Form.Item name="approvedBy" label={T.action.label.approvedBy} rules={[...required(T.action.label.approvedBy), maxLengthRule(T.action.label.approvedBy, 40)]}>
              <Input />
            </Form.Item>
            <Form.Item name="reason" label={kind === 'recall' ? T.action.label.recallReason : T.action.label.terminateReason} rules={[...required(T.action.required.reason), maxLengthRule(kind === 'recall' ? T.action.label.recallReason : T.action.label.terminateReason, 500)]}>
              <Input.TextArea rows={2} />
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
                <DateItem name="replacementStart" label={T.action.label.replacementStart} fieldLabel={T.action.required.startDate} required />
                <Form.Item name="replacementPost" label={T.action.label.replacementPost} rules={[...required(T.action.label.replacementPost), maxLengthRule(T.action.label.replacementPost, 100)]}>
                  <Input />
                </Form.Item>
              </>
            )}
          </>
        )}
        {kind === 'complete' && (
          <>
            <DateItem name="actualEndDate" label={T.action.label.actualEndDate} fieldLabel={T.action.label.actualEndDate} required />
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
          <Form.Item name="reason" label={T.action.label.cancelReason} rules={[...required(T.action.label.cancelReason), maxLengthRule(T.action.label.cancelReason, 500)]}>
            <Input.TextArea rows={2} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}

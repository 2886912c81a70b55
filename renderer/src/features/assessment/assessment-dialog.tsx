import { Alert, App, Checkbox, Form, Input, InputNumber, Modal, Radio, Select } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import { selectableItems } from '@shared/domain/codes/lookup';
import { formatDateDotted, todayIso } from '@shared/domain/dates';
import { ASSESSING_UNIT, ASSESSMENT_KIND } from '@shared/domain/enums';
import { quarterOf } from '@shared/domain/rules/assessment';
import { attendancePeriod } from '@shared/domain/rules/attendance';
import { gradeListFor, isAboveCap } from '@shared/domain/rules/grade-cap';
import { useStore } from '../../app/store-context';
import { CadrePicker } from '../../components/cadre-picker';
import { showError } from '../../components/form-errors';
import type { Row } from '../../db/database';
import { domainFields } from '../../db/domain-fields';
import { recordAssessment, type AssessmentInput } from '../../db/operations';
import { gradeCapFor, postingsOfCadre } from '../../db/queries/assessments';
import { getLive } from '../../db/queries/live';
import { listUnits } from '../../db/queries/units';
import { T } from './texts';

type Values = Partial<AssessmentInput> & { cadreId?: string };

/** The quarters and the years a posting's term covers up to today, newest first. */
function periodsOf(posting: Row<'postings'> | undefined, today: string): { quarters: string[]; years: string[] } {
  if (!posting) return { quarters: [], years: [] };
  const { startDate, endDate } = attendancePeriod(posting);
  const last = endDate && endDate < today ? endDate : today;
  const quarters: string[] = [];
  for (let q = quarterOf(startDate); q <= quarterOf(last); ) {
    quarters.unshift(q);
    const [y, n] = [Number(q.slice(0, 4)), Number(q.slice(-1))];
    q = n === 4 ? `${y + 1}-Q1` : `${y}-Q${n + 1}`;
  }
  const years: string[] = [];
  for (let y = Number(last.slice(0, 4)); y >= Number(startDate.slice(0, 4)); y--) years.push(String(y));
  return { quarters, years };
}

/**
 * 登记考核 / 期满考察: routine (a quarter's score), annual (a year's grade) or end of term (the
 * grade with the summary and the three opinions). The grade cap computed from the spot checks is
 * shown beside the grade; a grade above it asks for the reason, which is kept.
 */
export function AssessmentDialog(props: {
  /** The posting, when the dialog is opened from it (期满考察 of the posting drawer). */
  posting?: Row<'postings'>;
  /** Fixes the kind (期满考察 from the posting drawer). */
  kind?: 'endOfTerm';
  /** The assessment being corrected. */
  existing?: Row<'assessments'>;
  onClose: () => void;
  onDone?: () => void;
}) {
  const store = useStore();
  const { message } = App.useApp();
  const today = todayIso();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const fixedPosting = props.posting?.id ?? props.existing?.postingId;
  const initial = useMemo<Values>(() => {
    const e = props.existing;
    if (e) return { ...(domainFields(e) as Values), cadreId: e.cadreId };
    const kind = props.kind ?? 'annual';
    return { kind, cadreId: props.posting?.cadreId, postingId: props.posting?.id, assessingUnit: kind === 'endOfTerm' ? 'joint' : 'receiving', period: kind === 'annual' ? String(Number(today.slice(0, 4)) - (today.slice(5) < '12' ? 1 : 0)) : '' };
  }, [props.existing, props.kind, props.posting, today]);

  const cadreId = Form.useWatch('cadreId', form) ?? initial.cadreId;
  const postingId = Form.useWatch('postingId', form) ?? initial.postingId;
  const kind = Form.useWatch('kind', form) ?? initial.kind ?? 'annual';
  const period = Form.useWatch('period', form) ?? initial.period ?? '';
  const grade = Form.useWatch('grade', form);
  const units = useLiveQuery(() => listUnits(store.db), [store]);
  const unitName = useMemo(() => {
    const m = new Map((units ?? []).map((u) => [u.id, u.shortName || u.name]));
    return (id: string) => m.get(id) ?? '';
  }, [units]);
  const postings = useLiveQuery(async () => (cadreId ? postingsOfCadre(store.db, cadreId) : []), [store, cadreId]);
  const cadre = useLiveQuery(() => getLive(store.db.cadres, cadreId), [store, cadreId]);
  const posting = postings?.find((p) => p.id === postingId);
  const { quarters, years } = useMemo(() => periodsOf(posting, today), [posting, today]);
  const capPeriod = kind === 'endOfTerm' ? (postingId ?? '') : period;
  const cap = useLiveQuery(async () => (postingId && kind !== 'routine' && capPeriod ? gradeCapFor(store.db, postingId, kind, capPeriod, today) : null), [store, postingId, kind, capPeriod, today]);
  const above = isAboveCap(grade, cap?.cap ?? null);
  const grades = gradeListFor(cadre?.staffCategory);

  // A new cadre: the latest posting; a new kind or posting: a period of it.
  useEffect(() => {
    if (!fixedPosting && postings?.length && !postings.some((p) => p.id === form.getFieldValue('postingId'))) form.setFieldValue('postingId', postings[0]!.id);
  }, [postings, fixedPosting, form]);
  useEffect(() => {
    const current = form.getFieldValue('period') as string | undefined;
    if (kind === 'routine' && quarters.length && !quarters.includes(current ?? '')) form.setFieldValue('period', quarters[0]);
    if (kind === 'annual' && years.length && !years.includes(current ?? '')) form.setFieldValue('period', years[0]);
  }, [kind, quarters, years, form]);
  useEffect(() => {
    if (kind === 'endOfTerm' && grade === '1' && !props.existing) form.setFieldValue('addToReservePool', true);
  }, [grade, kind, form, props.existing]);

  const submit = async () => {
    const v = await form.validateFields().catch(() => undefined);
    if (!v) return;
    const all = { ...initial, ...form.getFieldsValue(true) } as Values;
    const { cadreId: _c, ...input } = all;
    setSaving(true);
    try {
      const result = await recordAssessment(store, { ...(input as AssessmentInput), period: kind === 'endOfTerm' ? (all.postingId ?? '') : (all.period ?? '') }, today, props.existing?.id);
      if (result.warnings.length) message.warning(T.dialog.warnings(result.warnings.map((w) => w.message).join('；')));
      else message.success(T.dialog.saved);
      props.onDone?.();
      props.onClose();
    } catch (e) {
      showError(e, message, form);
    } finally {
      setSaving(false);
    }
  };

  const title = props.kind === 'endOfTerm' ? T.dialog.titleReview(cadre?.name ?? '') : props.existing ? T.dialog.titleEdit : T.dialog.titleNew;
  return (
    <Modal open title={title} okText={T.dialog.ok} cancelText={T.dialog.cancel} onOk={() => void submit()} onCancel={props.onClose} confirmLoading={saving} width={720} destroyOnHidden>
      <Form form={form} layout="vertical" initialValues={initial} preserve>
        {!fixedPosting && (
          <Form.Item name="cadreId" label={T.dialog.label.cadre} rules={[{ required: true, message: T.dialog.required.cadre }]}>
            <CadrePicker unitName={unitName} />
          </Form.Item>
        )}
        <Form.Item name="postingId" label={T.dialog.label.posting} rules={[{ required: true, message: T.dialog.required.posting }]} hidden={!!fixedPosting}>
          <Select options={(postings ?? []).map((p) => ({ value: p.id, label: T.dialog.postingOption(unitName(p.receivingUnitId), p.secondedPost, formatDateDotted(p.startDate), formatDateDotted(p.actualEndDate ?? p.plannedEndDate)) }))} />
        </Form.Item>
        {!props.kind && (
          <Form.Item name="kind" label={T.dialog.label.kind}>
            <Radio.Group disabled={!!props.existing} options={selectableItems(ASSESSMENT_KIND).map((i) => ({ value: i.code, label: i.label }))} />
          </Form.Item>
        )}
        {kind === 'routine' && (
          <Form.Item name="period" label={T.dialog.label.quarter}>
            <Select style={{ maxWidth: 240 }} options={quarters.map((q) => ({ value: q, label: T.dialog.quarterOption(q.slice(0, 4), Number(q.slice(-1))) }))} />
          </Form.Item>
        )}
        {kind === 'annual' && (
          <Form.Item name="period" label={T.dialog.label.year}>
            <Select style={{ maxWidth: 240 }} options={years.map((y) => ({ value: y, label: y }))} />
          </Form.Item>
        )}
        <Form.Item name="assessingUnit" label={T.dialog.label.assessingUnit} rules={[{ required: true, message: T.dialog.required.assessingUnit }]}>
          <Select style={{ maxWidth: 240 }} options={selectableItems(ASSESSING_UNIT).map((i) => ({ value: i.code, label: i.label }))} />
        </Form.Item>
        {kind === 'routine' ? (
          <Form.Item name="score" label={T.dialog.label.score}>
            <InputNumber min={0} max={100} step={0.5} style={{ width: 160 }} />
          </Form.Item>
        ) : (
          <>
            <Form.Item name="grade" label={T.dialog.label.grade}>
              <Radio.Group options={selectableItems(grades).map((g) => ({ value: g.code, label: g.label }))} />
            </Form.Item>
            {cap !== undefined && (
              <Alert
                data-testid="grade-cap"
                type={cap?.cap ? (above ? 'error' : 'warning') : 'info'}
                showIcon
                style={{ marginBottom: 12 }}
                title={cap?.cap ? `${T.dialog.cap}：${cap.capText}` : T.dialog.noCap}
                description={cap?.cap ? [...cap.reasons.map((r) => r.text), ...(above ? [T.dialog.capAbove] : [])].join('；') : undefined}
              />
            )}
            {above && (
              <Form.Item name="capOverrideReason" label={T.dialog.label.capOverrideReason}>
                <Input.TextArea rows={2} maxLength={500} />
              </Form.Item>
            )}
          </>
        )}
        {kind === 'endOfTerm' && (
          <>
            <Form.Item name="selfSummary" label={T.dialog.label.selfSummary}>
              <Input.TextArea rows={2} maxLength={10000} />
            </Form.Item>
            <Form.Item name="hostOpinion" label={T.dialog.label.hostOpinion}>
              <Input.TextArea rows={2} maxLength={2000} />
            </Form.Item>
            <Form.Item name="homeOpinion" label={T.dialog.label.homeOpinion}>
              <Input.TextArea rows={2} maxLength={2000} />
            </Form.Item>
            <Form.Item name="orgDeptOpinion" label={T.dialog.label.orgDeptOpinion}>
              <Input.TextArea rows={2} maxLength={2000} />
            </Form.Item>
            <Form.Item name="filedToDossier" valuePropName="checked">
              <Checkbox>{T.dialog.label.filedToDossier}</Checkbox>
            </Form.Item>
            {grade === '1' && (
              <Form.Item name="addToReservePool" valuePropName="checked" extra={T.dialog.reserveHint}>
                <Checkbox>{T.dialog.label.addToReservePool}</Checkbox>
              </Form.Item>
            )}
          </>
        )}
      </Form>
    </Modal>
  );
}

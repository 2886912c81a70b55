import { App, Card, Col, Drawer, Form, Input, Select, Typography, Row as GridRow } from 'antd';
import { useMemo, useState } from 'react';
import { todayIso } from '@shared/domain/dates';
import type { PostingInput } from '@shared/domain/entities/posting';
import { postingDefaults } from '@shared/domain/rules/posting-defaults';
import { useStore } from '../../app/store-context';
import { CadrePicker } from '../../components/cadre-picker';
import { enterToNext } from '../../components/enter-to-next';
import { showError, validateForm } from '../../components/form-errors';
import { DateItem } from '../../components/date-item';
import { DraftNotice } from '../../components/draft-notice';
import type { FormDraft } from '../../components/form-drafts';
import { useEditForm } from '../../components/use-edit-form';
import { autoEndDate, TermFields } from '../../components/term-fields';
import { UnitSelect } from '../../components/unit-select';
import type { Row } from '../../db/database';
import { ValidationError } from '../../db/errors';
import { createPair, previewPair } from '../../db/operations';
import { getLive } from '../../db/queries/live';
import { confirmWarnings } from './save-with-warnings';
import { DrawerSaveButtons } from '../../components/form-drawer-keys';
import { T } from './texts';
import { maxLengthRule } from '../../components/number-rule';

const TERM = { start: 'startDate', months: 'termMonths', end: 'plannedEndDate' };

/** The session draft of the pair form (form-drafts.ts). */
export const PAIR_DRAFT = 'pair';

/** What the pair form holds (kept as its draft). */
export interface PairValues {
  batchId?: string | null;
  unitA?: string;
  unitB?: string;
  cadreA?: string;
  cadreB?: string;
  originalPostA?: string;
  originalPostB?: string;
  secondedPostA?: string;
  secondedPostB?: string;
  startDate?: string;
  startDateB?: string | null;
  termMonths?: number;
  plannedEndDate?: string;
  plannedEndDateB?: string | null;
}

/**
 * 新建双向互派 (DOMAIN §2.6, [seed001]): unit 甲 sends a cadre to unit 乙 while 乙 sends one to 甲,
 * saved as two postings linked to each other in one transaction.
 */
export function PairForm(props: { draft?: FormDraft<PairValues> | undefined; units: Row<'units'>[]; batches: Row<'batches'>[]; onClose: () => void; onSaved: (id: string) => void }) {
  const store = useStore();
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<PairValues>();
  const [saving, setSaving] = useState(false);
  const unitName = useMemo(() => {
    const m = new Map(props.units.map((u) => [u.id, u.shortName || u.name]));
    return (id: string) => m.get(id) ?? '';
  }, [props.units]);
  const unitA = Form.useWatch('unitA', form);
  const unitB = Form.useWatch('unitB', form);

  const onValuesChange = async (changed: PairValues, all: PairValues) => {
    const patch: PairValues = {};
    for (const side of ['A', 'B'] as const) {
      const id = changed[`cadre${side}`];
      if (id) {
        const c = await getLive(store.db.cadres, id);
        if (c) {
          patch[`originalPost${side}`] = c.currentPost;
          if (!all[`unit${side}`]) patch[`unit${side}`] = c.homeUnitId;
        }
      }
    }
    if (changed.batchId) {
      const b = props.batches.find((x) => x.id === changed.batchId);
      const d = postingDefaults({ batch: b });
      if (b) Object.assign(patch, { startDate: d.startDate, termMonths: d.termMonths });
    }
    const end = autoEndDate({ ...changed, ...patch }, { ...all, ...patch }, TERM);
    if (end) patch.plannedEndDate = end;
    if (Object.keys(patch).length) form.setFieldsValue(patch);
  };

  const halves = (v: PairValues): [PostingInput, PostingInput] => {
    const batch = props.batches.find((b) => b.id === v.batchId);
    const d = postingDefaults({ type: 'pairedExchange', batch: batch && { ...batch, postingType: 'pairedExchange' } });
    const common = { type: 'pairedExchange', batchId: v.batchId ?? null, termMonths: v.termMonths!, status: 'active', partyRelationTransferred: true, leaveRuleSetId: d.leaveRuleSetId, subsidyRuleId: d.subsidyRuleId };
    const a = { ...common, cadreId: v.cadreA!, direction: 'down', dispatchingUnitId: v.unitA!, receivingUnitId: v.unitB!, originalPost: v.originalPostA!, secondedPost: v.secondedPostA!, startDate: v.startDate!, plannedEndDate: v.plannedEndDate! };
    const b = {
      ...common,
      cadreId: v.cadreB!,
      direction: 'up',
      dispatchingUnitId: v.unitB!,
      receivingUnitId: v.unitA!,
      originalPost: v.originalPostB!,
      secondedPost: v.secondedPostB!,
      startDate: v.startDateB || v.startDate!,
      plannedEndDate: v.plannedEndDateB || v.plannedEndDate!,
    };
    return [a as PostingInput, b as PostingInput];
  };

  const edit = useEditForm(form, { draft: PAIR_DRAFT, restored: !!props.draft, onValuesChange });
  const close = () => edit.requestClose(props.onClose);

  const save = async () => {
    const valid = await validateForm(form);
    const v = form.getFieldsValue(true) as PairValues;
    const missing = (['cadreA', 'cadreB', 'unitA', 'unitB', 'secondedPostA', 'secondedPostB', 'startDate', 'termMonths', 'plannedEndDate'] as const).filter((k) => !v[k]);
    if (missing.length) {
      form.setFields(missing.map((k) => ({ name: k, errors: [T.pair.fillThis] })));
      message.error(T.pair.incomplete);
      return;
    }
    if (!valid) return;
    const [a, b] = halves(v);
    const today = todayIso();
    setSaving(true);
    try {
      const preview = await previewPair(store, a, b, today);
      if (preview.errors.length) throw new ValidationError(preview.errors);
      if (!(await confirmWarnings(modal, preview.warnings))) return;
      const r = await createPair(store, a, b, today);
      message.success(T.pair.saved);
      edit.saved();
      props.onSaved(r.a.id);
      props.onClose();
    } catch (e) {
      showError(e, message);
    } finally {
      setSaving(false);
    }
  };

  const side = (s: 'A' | 'B', title: string) => (
    <Card size="small" title={title}>
      <Form.Item name={`unit${s}`} label={T.pair.unit(s)} required>
        <UnitSelect units={props.units} />
      </Form.Item>
      <Form.Item name={`cadre${s}`} label={T.pair.cadre} required>
        <CadrePicker unitName={unitName} />
      </Form.Item>
      <Form.Item name={`originalPost${s}`} label={T.pair.originalPost} required rules={[maxLengthRule(T.pair.originalPost, 100)]}>
        <Input />
      </Form.Item>
      <Form.Item name={`secondedPost${s}`} label={T.pair.secondedPost(unitName((s === 'A' ? unitB : unitA) ?? ''))} required rules={[maxLengthRule(T.pair.secondedPost(unitName((s === 'A' ? unitB : unitA) ?? '')), 100)]}>
        <Input />
      </Form.Item>
    </Card>
  );

  return (
    <Drawer
      open
      size={980}
      title={T.pair.title}
      onClose={close}
      destroyOnHidden
      extra={<DrawerSaveButtons onCancel={close} onSave={save} saving={saving} cancelText={T.cancel} saveText={T.save} />}
    >
      {props.draft && (
        <DraftNotice
          savedAt={props.draft.savedAt}
          onDrop={() => {
            edit.saved();
            props.onClose();
          }}
        />
      )}
      <Typography.Paragraph type="secondary">{T.pair.intro}</Typography.Paragraph>
      <Form<PairValues> form={form} layout="vertical" initialValues={props.draft?.values ?? { termMonths: 24 }} onValuesChange={edit.onValuesChange} onKeyDown={enterToNext}>
        <GridRow gutter={16}>
          <Col span={12}>{side('A', T.pair.sideA)}</Col>
          <Col span={12}>{side('B', T.pair.sideB)}</Col>
        </GridRow>
        <GridRow gutter={16} style={{ marginTop: 16 }}>
          <Col span={8}>
            <Form.Item name="batchId" label={T.pair.batch}>
              <Select allowClear placeholder={T.noBatch} options={props.batches.map((b) => ({ value: b.id, label: b.name }))} />
            </Form.Item>
          </Col>
          <TermFields names={TERM} span={5} />
          <Col span={8} offset={8}>
            <DateItem name="startDateB" label={T.pair.startDateB} />
          </Col>
          <Col span={8}>
            <DateItem name="plannedEndDateB" label={T.pair.plannedEndDateB} />
          </Col>
        </GridRow>
      </Form>
    </Drawer>
  );
}

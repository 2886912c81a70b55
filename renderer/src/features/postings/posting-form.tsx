import { App, Alert, Checkbox, Col, Drawer, Form, Input, Select, Row as GridRow } from 'antd';
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
import { DraftNotice } from '../../components/draft-notice';
import type { FormDraft } from '../../components/form-drafts';
import { freshIssues, showError, validateForm } from '../../components/form-errors';
import { useEditForm } from '../../components/use-edit-form';
import { autoEndDate, TermFields } from '../../components/term-fields';
import { UnitSelect } from '../../components/unit-select';
import type { Row } from '../../db/database';
import { domainFields } from '../../db/domain-fields';
import { ValidationError } from '../../db/errors';
import { createPosting, previewPosting, updatePosting } from '../../db/operations';
import { getLive } from '../../db/queries/live';
import { confirmWarnings } from './save-with-warnings';
import { DrawerSaveButtons, saveOnCtrlS } from '../../components/form-drawer-keys';
import { T } from './texts';
import { maxLengthRule } from '../../components/number-rule';

/** Posting types the single form offers: a 双向互派 is created as a pair in its own form. */
const TERM = { start: 'startDate', months: 'termMonths', end: 'plannedEndDate' };

const SINGLE_TYPES = { ...POSTING_TYPE, items: POSTING_TYPE.items.filter((i) => i.code !== 'pairedExchange') };

const CREATE_STATUSES = [
  { value: 'active', label: T.form.statuses.active },
  { value: 'approved', label: T.form.statuses.approved },
  { value: 'proposed', label: T.form.statuses.proposed },
];

/** The session draft of the posting form (form-drafts.ts). */
export const POSTING_DRAFT = 'posting';

/**
 * 新增/修改挂职: every field of DOMAIN §2.6; the cadre's data fill the original post. Asks before
 * throwing changes away and keeps a draft across a reload (`draft`: the form reopened from it).
 */
export function PostingForm(props: {
  postingId?: string | undefined;
  draft?: FormDraft<Partial<PostingInput>> | undefined;
  units: Row<'units'>[];
  batches: Row<'batches'>[];
  onClose: () => void;
  onSaved: (id: string) => void;
}) {
  const store = useStore();
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<PostingInput>();
  const [saving, setSaving] = useState(false);
  const [endTouched, setEndTouched] = useState(!!props.draft);
  const [loaded, setLoaded] = useState<Partial<PostingInput> | null>(
    props.draft?.values ?? (props.postingId ? null : { ...postingDefaults({ type: 'secondmentDown' }), status: 'active', partyRelationTransferred: true }),
  );
  const type = Form.useWatch('type', form);
  const unitName = useMemo(() => {
    const m = new Map(props.units.map((u) => [u.id, u.shortName || u.name]));
    return (id: string) => m.get(id) ?? '';
  }, [props.units]);

  useEffect(() => {
    if (!props.postingId || props.draft) return;
    getLive(store.db.postings, props.postingId).then((p) => {
      if (p) {
        setLoaded(domainFields(p) as Partial<PostingInput>);
        setEndTouched(true);
      }
    });
  }, [props.postingId, props.draft, store]);

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

  const edit = useEditForm(form, { draft: POSTING_DRAFT, draftId: props.postingId, restored: !!props.draft, onValuesChange });
  const close = () => edit.requestClose(props.onClose);

  const save = async () => {
    const rulesOk = !!(await validateForm(form));
    const values = { ...loaded, ...form.getFieldsValue(true) } as PostingInput;
    const today = todayIso();
    setSaving(true);
    try {
      const preview = await previewPosting(store, values, today, props.postingId);
      const issues = freshIssues(form, preview.errors);
      if (issues.length) throw new ValidationError(issues);
      if (!rulesOk || preview.errors.length) return;
      if (!(await confirmWarnings(modal, preview.warnings))) return;
      const id = props.postingId;
      const r = await (id ? updatePosting(store, id, values, today) : createPosting(store, values, today));
      message.success(id ? T.form.saved : T.form.added);
      edit.saved();
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
      title={props.postingId ? T.form.editTitle : T.form.addTitle}
      onClose={close}
      destroyOnHidden
      extra={<DrawerSaveButtons onCancel={close} onSave={save} saving={saving} disabled={!props.postingId && type === 'pairedExchange'} cancelText={T.cancel} saveText={T.save} />}
    >
      {loaded && (
        <div
          onKeyDown={saveOnCtrlS(save)}
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
          {!props.postingId && type === 'pairedExchange' && (
            <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={T.form.pairHere} />
          )}
          {props.postingId && (
            <Alert type="info" showIcon style={{ marginBottom: 12 }} title={T.form.editHint} />
          )}
          <Form<PostingInput> form={form} layout="vertical" initialValues={loaded} onValuesChange={edit.onValuesChange} onKeyDown={enterToNext} preserve={false}>
            <GridRow gutter={16}>
              <Col xs={24}>
                <Form.Item name="cadreId" label={T.form.label.cadreId} required>
                  <CadrePicker unitName={unitName} disabled={!!props.postingId} autoFocus />
                </Form.Item>
              </Col>
              <Col {...col}>
                <Form.Item name="batchId" label={T.form.label.batchId} extra={T.form.batchHelp}>
                  <Select allowClear placeholder={T.noBatch} options={props.batches.map((b) => ({ value: b.id, label: b.name }))} />
                </Form.Item>
              </Col>
              <Col xs={12} md={6}>
                <Form.Item name="type" label={T.form.label.type} required>
                  <CodeSelect list={props.postingId ? POSTING_TYPE : SINGLE_TYPES} allowClear={false} />
                </Form.Item>
              </Col>
              <Col xs={12} md={6}>
                <Form.Item name="direction" label={T.form.label.direction} required>
                  <CodeSelect list={POSTING_DIRECTION} allowClear={false} />
                </Form.Item>
              </Col>
              <Col {...col}>
                <Form.Item name="dispatchingUnitId" label={T.form.label.dispatchingUnitId} required>
                  <UnitSelect units={props.units} />
                </Form.Item>
              </Col>
              <Col xs={24} md={8}>
                <Form.Item name="originalPost" label={T.form.label.originalPost} required rules={[maxLengthRule(T.form.label.originalPost, 100)]}>
                  <Input />
                </Form.Item>
              </Col>
              <Col xs={24} md={4}>
                <Form.Item name="originalPositionLevel" label={T.form.label.originalPositionLevel}>
                  <CodeSelect list={POSITION_LEVEL} />
                </Form.Item>
              </Col>
              <Col {...col}>
                <Form.Item name="receivingUnitId" label={T.form.label.receivingUnitId} required>
                  <UnitSelect units={props.units} />
                </Form.Item>
              </Col>
              <Col {...col}>
                <Form.Item name="secondedPost" label={T.form.label.secondedPost} required rules={[maxLengthRule(T.form.label.secondedPost, 100)]}>
                  <Input placeholder={T.form.secondedPostPlaceholder} />
                </Form.Item>
              </Col>
              {village && (
                <>
                  <Col xs={24} md={10}>
                    <Form.Item name="village" label={T.form.label.village} required rules={[maxLengthRule(T.form.label.village, 60)]}>
                      <Input placeholder={T.form.villagePlaceholder} />
                    </Form.Item>
                  </Col>
                  <Col xs={12} md={6}>
                    <Form.Item name="teamRole" label={T.form.label.teamRole} required>
                      <CodeSelect list={TEAM_ROLE} />
                    </Form.Item>
                  </Col>
                  <Col xs={12} md={8}>
                    <Form.Item name="teamId" label={T.form.label.teamId} rules={[maxLengthRule(T.form.label.teamId, 60)]}>
                      <Input />
                    </Form.Item>
                  </Col>
                </>
              )}
              <TermFields names={TERM} span={6} endExtra={T.form.endHelp} />
              {!props.postingId && (
                <Col xs={12} md={6}>
                  <Form.Item name="status" label={T.form.label.status} required>
                    <Select options={CREATE_STATUSES} />
                  </Form.Item>
                </Col>
              )}
              <Col xs={12} md={6}>
                <Form.Item name="liaisonLeader" label={T.form.label.liaisonLeader} rules={[maxLengthRule(T.form.label.liaisonLeader, 40)]}>
                  <Input />
                </Form.Item>
              </Col>
              <Col xs={12} md={6}>
                <Form.Item name="mentor" label={T.form.label.mentor} rules={[maxLengthRule(T.form.label.mentor, 40)]}>
                  <Input />
                </Form.Item>
              </Col>
              <Col xs={12} md={6}>
                <Form.Item name="insured" label={T.form.label.insured} valuePropName="checked">
                  <Checkbox>{T.form.insuredBox}</Checkbox>
                </Form.Item>
              </Col>
              <Col xs={12} md={6}>
                <Form.Item name="insurancePolicyNo" label={T.form.label.insurancePolicyNo} rules={[maxLengthRule(T.form.label.insurancePolicyNo, 40)]}>
                  <Input />
                </Form.Item>
              </Col>
              <Col xs={12} md={8}>
                <Form.Item name="partyRelationTransferred" label={T.form.label.partyRelationTransferred} valuePropName="checked">
                  <Checkbox>{T.form.partyBox}</Checkbox>
                </Form.Item>
              </Col>
              <Col xs={12} md={8}>
                <Form.Item name="leaveRuleSetId" label={T.form.label.leaveRuleSetId}>
                  <RuleSelect table="leaveRuleSets" />
                </Form.Item>
              </Col>
              <Col xs={12} md={8}>
                <Form.Item name="subsidyRuleId" label={T.form.label.subsidyRuleId}>
                  <RuleSelect table="subsidyRules" />
                </Form.Item>
              </Col>
              <Col xs={24}>
                <Form.Item name="studyPlan" label={T.form.label.studyPlan} rules={[maxLengthRule(T.form.label.studyPlan, 2000)]}>
                  <Input.TextArea rows={3} />
                </Form.Item>
                <Form.Item name="remarks" label={T.form.label.remarks} rules={[maxLengthRule(T.form.label.remarks, 500)]}>
                  <Input.TextArea rows={2} />
                </Form.Item>
              </Col>
            </GridRow>
          </Form>
        </div>
      )}
    </Drawer>
  );
}

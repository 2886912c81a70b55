import { App, Drawer, Form } from 'antd';
import { useState } from 'react';
import { todayIso } from '@shared/domain/dates';
import type { CadreInput } from '@shared/domain/entities/cadre';
import type { FieldIssue } from '@shared/domain/issues';
import { validateCadre } from '@shared/domain/rules/cadre-rules';
import { useStore } from '../../app/store-context';
import { DraftNotice } from '../../components/draft-notice';
import { freshIssues, showError, validateForm } from '../../components/form-errors';
import { useEditForm } from '../../components/use-edit-form';
import type { Row } from '../../db/database';
import { ValidationError } from '../../db/errors';
import { createCadre, updateCadre } from '../../db/operations';
import { CadreForm } from './cadre-form';
import { DrawerSaveButtons, saveOnCtrlS } from '../../components/form-drawer-keys';
import { T } from './texts';

/** The session draft of the cadre form (form-drafts.ts). */
export const CADRE_DRAFT = 'cadre';

/** What the cadre drawer edits: a cadre (`id`) or a new one, from these values. */
export interface CadreEditing {
  id?: string;
  initial: Partial<CadreInput>;
  /** set when the values come from a draft kept across a reload */
  restoredAt?: string;
}

/** 登记干部 / 修改干部信息: the drawer with the full form; asks before throwing changes away, keeps a draft. */
export function CadreEditor(props: { editing: CadreEditing; units: Row<'units'>[]; onClose: () => void }) {
  const store = useStore();
  const { message } = App.useApp();
  const [form] = Form.useForm<CadreInput>();
  const [warnings, setWarnings] = useState<FieldIssue[]>([]);
  const [saving, setSaving] = useState(false);
  const { id, initial, restoredAt } = props.editing;
  // A warning of the last save is dropped once the clerk changes its field (a cleared ID number's age warning …).
  const onValuesChange = (changed: Partial<CadreInput>) => setWarnings((ws) => ws.filter((w) => !(w.field in changed)));
  const edit = useEditForm(form, { draft: CADRE_DRAFT, draftId: id, restored: !!restoredAt, onValuesChange });

  const save = async () => {
    const rulesOk = !!(await validateForm(form));
    const values = { ...initial, ...form.getFieldsValue(true) } as CadreInput;
    const today = todayIso();
    const v = validateCadre(values, { today });
    setWarnings(v.warnings);
    const issues = v.ok ? [] : freshIssues(form, v.errors);
    if (issues.length) showError(new ValidationError(issues), message, form);
    if (!rulesOk || !v.ok) return;
    setSaving(true);
    try {
      const saved = await (id ? updateCadre(store, id, values, today) : createCadre(store, values, today));
      message.success(id ? T.saved(saved.name) : T.added(saved.name));
      edit.saved();
      props.onClose();
    } catch (e) {
      showError(e, message, form);
    } finally {
      setSaving(false);
    }
  };
  const close = () => edit.requestClose(props.onClose);

  return (
    <Drawer
      open
      title={id ? T.editTitle : T.addTitle}
      size={1000}
      destroyOnHidden
      onClose={close}
      extra={<DrawerSaveButtons onCancel={close} onSave={save} saving={saving} cancelText={T.cancel} saveText={T.save} />}
    >
      <div
        onKeyDown={saveOnCtrlS(save)}
      >
        {restoredAt && (
          <DraftNotice
            savedAt={restoredAt}
            onDrop={() => {
              edit.saved();
              props.onClose();
            }}
          />
        )}
        <CadreForm form={form} units={props.units} initialValues={initial} warnings={warnings} onValuesChange={edit.onValuesChange} />
      </div>
    </Drawer>
  );
}

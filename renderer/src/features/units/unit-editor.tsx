import { App, Form, Modal } from 'antd';
import type { UnitInput } from '@shared/domain/entities/unit';
import { useStore } from '../../app/store-context';
import { showError, validateForm } from '../../components/form-errors';
import { useEditForm } from '../../components/use-edit-form';
import type { Row } from '../../db/database';
import { createUnit, updateUnit } from '../../db/operations';
import { UnitForm } from './unit-form';
import { T } from './texts';

/** 新增单位 / 修改单位: the dialog; asks before throwing changes away. */
export function UnitEditor(props: { editing: { id?: string; initial: Partial<UnitInput> }; units: Row<'units'>[]; onClose: () => void; onSaved: (id: string) => void }) {
  const store = useStore();
  const { message } = App.useApp();
  const [form] = Form.useForm<UnitInput>();
  const edit = useEditForm(form);
  const { id, initial } = props.editing;

  const save = async () => {
    const values = await validateForm(form);
    if (!values) return;
    try {
      const saved = await (id ? updateUnit(store, id, values) : createUnit(store, values));
      message.success(id ? T.saved : T.added(saved.name));
      edit.saved();
      props.onSaved(saved.id);
      props.onClose();
    } catch (e) {
      showError(e, message, form);
    }
  };

  return (
    <Modal open title={id ? T.editTitle : T.addTitle} okText={T.save} cancelText={T.cancel} width={620} destroyOnHidden onOk={save} onCancel={() => edit.requestClose(props.onClose)}>
      <UnitForm form={form} units={props.units} initialValues={initial} onValuesChange={edit.onValuesChange} {...(id ? { editingId: id } : {})} />
    </Modal>
  );
}

import { App, Form, Input, Modal, Typography } from 'antd';
import { formatDateChinese } from '@shared/domain/dates';
import { effectiveEntry } from '@shared/domain/rules/record-book-entries';
import { useStore } from '../../../app/store-context';
import { MonthInput } from '../../../components/month-input';
import { showError } from '../../../components/form-errors';
import type { Row } from '../../../db/database';
import { amendLogEntry, type AmendmentInput } from '../../../db/operations';
import { T } from '../texts';

/** Amends an inspected entry: the current text prefilled, a reason and a date required. */
export function AmendDialog(props: { entry: Row<'logEntries'>; amendments: readonly Row<'logAmendments'>[]; today: string; onClose: () => void }) {
  const store = useStore();
  const { message } = App.useApp();
  const [form] = Form.useForm<AmendmentInput>();
  const now = effectiveEntry(props.entry, props.amendments);
  const when = formatDateChinese(props.entry.date ?? props.entry.periodStart);
  const save = async () => {
    try {
      await amendLogEntry(store, props.entry.id, form.getFieldsValue(true) as AmendmentInput, props.today);
      message.success(T.amend.saved);
      props.onClose();
    } catch (e) {
      showError(e, message, form);
    }
  };
  return (
    <Modal open title={T.amend.title(when)} okText={T.amend.save} cancelText={T.amend.cancel} onOk={() => void save()} onCancel={props.onClose} width={640} destroyOnHidden>
      <Typography.Paragraph type="secondary">{T.amend.explain}</Typography.Paragraph>
      <Form form={form} layout="vertical" initialValues={{ content: now.content, location: now.location, outcome: now.outcome, amendedOn: props.today, reason: '' }}>
        <Form.Item name="content" label={T.entries.content} required>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} />
        </Form.Item>
        <Form.Item name="location" label={T.entries.location}>
          <Input />
        </Form.Item>
        <Form.Item name="outcome" label={T.entries.outcome}>
          <Input />
        </Form.Item>
        <Form.Item name="reason" label={T.amend.reason} required>
          <Input placeholder={T.amend.reasonPlaceholder} />
        </Form.Item>
        <Form.Item name="amendedOn" label={T.amend.date} required>
          <MonthInput kind="date" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

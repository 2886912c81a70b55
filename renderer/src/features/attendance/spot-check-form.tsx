import { Alert, App, Col, Form, Input, Modal, Row as Grid, Select } from 'antd';
import { useState } from 'react';
import { selectableItems } from '@shared/domain/codes/lookup';
import { todayIso } from '@shared/domain/dates';
import { SPOT_CHECK_KIND, SPOT_CHECK_RESULT } from '@shared/domain/enums';
import type { InputOf } from '@shared/domain/tables';
import { useStore } from '../../app/store-context';
import { showError } from '../../components/form-errors';
import { MonthInput } from '../../components/month-input';
import { useFormPreview } from '../../components/use-form-preview';
import { createSpotCheck, previewSpotCheck } from '../../db/operations';
import { PostingPicker } from './posting-picker';
import { T } from './texts';

const F = T.spot.form;
type Values = InputOf<'spotChecks'>;

/** 登记抽查: a check with its result; an unexcused absence says at once what it does to the annual grade. */
export function SpotCheckForm(props: { onClose: () => void }) {
  const store = useStore();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const today = todayIso();
  const preview = useFormPreview(form, (v) => !!(v.postingId && v.date && v.result), (v) => previewSpotCheck(store, v, today));

  const save = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    setSaving(true);
    try {
      const r = await createSpotCheck(store, v, today);
      message.success(F.saved);
      for (const w of r.warnings) message.warning(w.message);
      props.onClose();
    } catch (e) {
      showError(e, message, form);
    } finally {
      setSaving(false);
    }
  };
  const required = (label: string) => [{ required: true, message: T.required(label) }];
  const messages = preview ? [...preview.errors, ...preview.warnings] : [];

  return (
    <Modal open title={T.spot.add} okText={F.save} cancelText={F.cancel} onOk={save} confirmLoading={saving} onCancel={props.onClose} width={680} destroyOnHidden>
      <Form form={form} layout="vertical" preserve={false} initialValues={{ date: today, kind: 'unannounced', inspectorUnit: F.defaultUnit, result: 'onDuty' }}>
        <Form.Item name="postingId" label={F.posting} rules={[{ required: true, message: F.postingRequired }]}>
          <PostingPicker />
        </Form.Item>
        <Grid gutter={12}>
          <Col span={8}>
            <Form.Item name="date" label={F.date} rules={required(F.date)}>
              <MonthInput kind="date" aria-label={F.date} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="time" label={F.time}>
              <Input placeholder="10:30" maxLength={5} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="kind" label={F.kind} rules={required(F.kind)}>
              <Select aria-label={F.kind} options={selectableItems(SPOT_CHECK_KIND).map((i) => ({ value: i.code, label: i.label }))} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="inspector" label={F.inspector} rules={required(F.inspector)}>
              <Input maxLength={20} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="inspectorUnit" label={F.inspectorUnit} rules={required(F.inspectorUnit)}>
              <Input maxLength={60} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="result" label={F.result} rules={required(F.result)}>
              <Select aria-label={F.result} options={selectableItems(SPOT_CHECK_RESULT).map((i) => ({ value: i.code, label: i.label }))} />
            </Form.Item>
          </Col>
        </Grid>
        <Form.Item name="note" label={F.note}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
        {messages.length > 0 && (
          <Alert
            type={preview!.errors.length ? 'error' : 'warning'}
            showIcon
            data-testid="spot-check-preview"
            title={preview!.cap?.cap ? `${F.capTitle}：${preview!.cap.capText}` : undefined}
            description={messages.map((m) => m.message).join('；')}
          />
        )}
      </Form>
    </Modal>
  );
}

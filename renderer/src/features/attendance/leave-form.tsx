import { Alert, App, Col, Form, Input, Modal, Row as Grid, Select } from 'antd';
import { useState } from 'react';
import { selectableItems } from '@shared/domain/codes/lookup';
import { todayIso } from '@shared/domain/dates';
import { LEAVE_TYPE } from '@shared/domain/enums';
import { useStore } from '../../app/store-context';
import { showError } from '../../components/form-errors';
import { MonthInput } from '../../components/month-input';
import { useFormPreview } from '../../components/use-form-preview';
import type { Row } from '../../db/database';
import { createLeave, previewLeave, updateLeave, type LeaveInput } from '../../db/operations';
import { PostingPicker } from './posting-picker';
import { T } from './texts';

const F = T.leave.form;

/** 登记请假 / 修改请假: the request, with the counted days and the tier that must approve it shown as it is typed. */
export function LeaveForm(props: { editing?: Row<'leaveRequests'> | undefined; postingId?: string | undefined; onClose: (savedId?: string) => void }) {
  const store = useStore();
  const { message } = App.useApp();
  const [form] = Form.useForm<LeaveInput>();
  const [saving, setSaving] = useState(false);
  const today = todayIso();
  const preview = useFormPreview(form, (v) => !!v.postingId, (v) => previewLeave(store, v, today, props.editing?.id));

  const save = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    setSaving(true);
    try {
      const r = props.editing ? await updateLeave(store, props.editing.id, v, today) : await createLeave(store, v, today);
      message.success(props.editing ? F.updated : F.saved);
      for (const w of r.warnings) message.warning(w.message);
      props.onClose(r.request.id);
    } catch (e) {
      showError(e, message, form);
    } finally {
      setSaving(false);
    }
  };

  const e = props.editing;
  const initial: Partial<LeaveInput> = e
    ? { postingId: e.postingId, type: e.type, startDate: e.startDate, startHalf: e.startHalf, endDate: e.endDate, endHalf: e.endHalf, reason: e.reason, destination: e.destination, deputy: e.deputy, evidence: e.evidence, copies: e.copies }
    : { postingId: props.postingId, type: 'personal', startHalf: 'full', endHalf: 'full', copies: [...F.defaultCopies] };
  const required = (label: string) => [{ required: true, message: T.required(label) }];
  const tier = preview?.requiredTier ? preview.ruleSet?.tiers[preview.requiredTier - 1] : undefined;

  return (
    <Modal open title={e ? T.leave.edit : T.leave.add} okText={F.save} cancelText={F.cancel} onOk={save} confirmLoading={saving} onCancel={() => props.onClose()} width={720} destroyOnHidden>
      <Form form={form} layout="vertical" initialValues={initial} preserve={false}>
        <Form.Item name="postingId" label={F.posting} rules={[{ required: true, message: F.postingRequired }]}>
          <PostingPicker disabled={!!e} />
        </Form.Item>
        <Grid gutter={12}>
          <Col span={8}>
            <Form.Item name="type" label={F.type} rules={required(F.type)}>
              <Select aria-label={F.type} options={selectableItems(LEAVE_TYPE).map((i) => ({ value: i.code, label: i.label }))} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="startDate" label={F.startDate} rules={required(F.startDate)}>
              <MonthInput kind="date" aria-label={F.startDate} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="startHalf" label={F.startHalf}>
              <Select aria-label={F.startHalf} options={F.halfStart.map((o) => ({ ...o }))} />
            </Form.Item>
          </Col>
          <Col span={8} offset={8}>
            <Form.Item name="endDate" label={F.endDate} rules={required(F.endDate)}>
              <MonthInput kind="date" aria-label={F.endDate} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="endHalf" label={F.endHalf}>
              <Select aria-label={F.endHalf} options={F.halfEnd.map((o) => ({ ...o }))} />
            </Form.Item>
          </Col>
        </Grid>
        {preview && (preview.days !== null || preview.errors.length > 0 || preview.warnings.length > 0) && (
          <Alert
            style={{ marginBottom: 12 }}
            type={preview.errors.length ? 'error' : preview.warnings.length ? 'warning' : 'info'}
            showIcon
            data-testid="leave-preview"
            title={
              preview.days !== null && tier && preview.ruleSet
                ? F.counted(preview.days, preview.requiredTier!, tier.approverRole, preview.ruleSet.name, preview.ruleSet.countWorkingDaysOnly)
                : preview.errors[0]?.message
            }
            description={[...preview.errors, ...preview.warnings].map((i) => i.message).filter((m) => m !== preview.errors[0]?.message || preview.days !== null).join('；') || undefined}
          />
        )}
        <Form.Item name="reason" label={F.reason} rules={required(F.reason)}>
          <Input maxLength={200} />
        </Form.Item>
        <Grid gutter={12}>
          <Col span={12}>
            <Form.Item name="destination" label={F.destination} rules={required(F.destination)}>
              <Input maxLength={60} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="deputy" label={F.deputy}>
              <Input maxLength={20} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="evidence" label={F.evidence}>
              <Input maxLength={200} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="copies" label={F.copies}>
              <Select mode="tags" aria-label={F.copies} />
            </Form.Item>
          </Col>
        </Grid>
      </Form>
    </Modal>
  );
}

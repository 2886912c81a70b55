import { Alert, App, Form, Input, InputNumber, Modal, Typography } from 'antd';
import { computedAmountFen } from '@shared/domain/rules/allowance';
import { netPaidFen } from '@shared/domain/rules/subsidy';
import { formatYuan } from '@shared/domain/money';
import { showError } from '../../components/form-errors';
import { addAllowanceAdjustment, adjustAllowance, setAllowanceTrips } from '../../db/operations';
import type { AllowanceRow } from '../../db/queries/allowance';
import { useStore } from '../../app/store-context';
import { T } from './texts';

/** What the dialog does to a payment line. */
export type PaymentAction = 'adjust' | 'trips';

interface Values {
  amount: number | null;
  reason: string;
  trips: number | null;
  fare: number | null;
}

/**
 * 调整金额 and 往返交通 of a payment line. A paid line is locked: the dialog says so and offers
 * 新增调整 instead (an adjustment line with a reason, the paid record left as it was).
 */
export function PaymentDialog({ row, action, onClose }: { row: AllowanceRow; action: PaymentAction; onClose: () => void }) {
  const store = useStore();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const p = row.payment;
  const locked = p.status === 'paid';
  const mode = locked ? 'adjustment' : action;
  const paidSoFar = netPaidFen(p, row.adjustments);
  const title = mode === 'adjustment' ? T.adjustmentTitle(row.cadreName) : mode === 'trips' ? T.tripsTitle(row.cadreName) : T.adjustTitle(row.cadreName);

  const save = async () => {
    const v = form.getFieldsValue(true) as Values;
    try {
      if (mode === 'trips') {
        await setAllowanceTrips(store, p.id, { trips: v.trips ?? null, fare: v.fare ?? null });
        message.success(T.saved);
      } else if (mode === 'adjust') {
        await adjustAllowance(store, p.id, { amount: v.amount ?? null, reason: v.reason ?? '' });
        message.success(T.saved);
      } else {
        await addAllowanceAdjustment(store, p.id, { amount: v.amount ?? null, reason: v.reason ?? '' });
        message.success(T.adjustmentAdded);
      }
      onClose();
    } catch (e) {
      showError(e, message, form);
    }
  };

  return (
    <Modal open title={title} okText={mode === 'adjustment' ? T.addAdjustment : T.save} cancelText={T.cancel} onOk={save} onCancel={onClose} destroyOnHidden>
      {locked && <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={T.locked} />}
      {p.explanation && (
        <Typography.Paragraph type="secondary">
          {T.explanation}：{p.explanation}
        </Typography.Paragraph>
      )}
      <Form<Values>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ amount: mode === 'adjustment' ? paidSoFar / 100 : p.amount, reason: mode === 'adjust' ? (p.adjustReason ?? '') : '', trips: p.claimedTrips ?? null, fare: p.claimedFare ?? null }}
      >
        {mode === 'trips' ? (
          <>
            <Form.Item name="trips" label={T.tripCount}>
              <InputNumber min={0} max={31} precision={0} style={{ width: '100%' }} autoFocus />
            </Form.Item>
            <Form.Item name="fare" label={T.fare} extra={T.fareHint}>
              <InputNumber min={0} max={100000} precision={2} style={{ width: '100%' }} />
            </Form.Item>
          </>
        ) : (
          <>
            <Typography.Paragraph>{mode === 'adjustment' ? T.paidSoFar(formatYuan(paidSoFar)) : T.computedAmount(formatYuan(computedAmountFen(p)))}</Typography.Paragraph>
            <Form.Item name="amount" label={mode === 'adjustment' ? T.correctAmount : T.amount}>
              <InputNumber min={0} precision={2} style={{ width: '100%' }} autoFocus />
            </Form.Item>
            <Form.Item name="reason" label={mode === 'adjustment' ? T.reason : T.adjustReason}>
              <Input.TextArea rows={2} maxLength={150} placeholder={T.reasonPlaceholder} />
            </Form.Item>
          </>
        )}
      </Form>
    </Modal>
  );
}

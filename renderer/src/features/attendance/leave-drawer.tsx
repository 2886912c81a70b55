import { Alert, App, Button, Descriptions, Drawer, Empty, Form, Input, Popconfirm, Select, Space, Steps, Tag, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { labelOf } from '@shared/domain/codes/lookup';
import { formatDateChinese, todayIso } from '@shared/domain/dates';
import { APPROVAL_DECISION, LEAVE_STATUS, LEAVE_TYPE } from '@shared/domain/enums';
import { useStore } from '../../app/store-context';
import { getBridge } from '../../bridge/get-bridge';
import { errorText } from '../../app/errors';
import { showError } from '../../components/form-errors';
import { MonthInput } from '../../components/month-input';
import { cancelLeave, recordLeaveApproval, reportBack, type ApprovalInput } from '../../db/operations';
import { loadLeaveCase } from '../../db/queries/leave';
import { T } from './texts';

const D = T.leave.drawer;

/** 请假详情: the request, its tiers one by one (record the next decision here), 销假, 撤销 and the printed form. */
export function LeaveDrawer(props: { leaveId: string | undefined; onClose: () => void; onEdit: (id: string) => void }) {
  const store = useStore();
  const { message } = App.useApp();
  const today = todayIso();
  const [approvalForm] = Form.useForm<ApprovalInput>();
  const [backForm] = Form.useForm<{ date: string }>();
  const [busy, setBusy] = useState(false);
  const c = useLiveQuery(async () => (props.leaveId ? ((await loadLeaveCase(store.db, props.leaveId, today)) ?? null) : undefined), [store, props.leaveId, today]);

  const run = async (fn: () => Promise<unknown>, form?: Parameters<typeof showError>[2]) => {
    setBusy(true);
    try {
      await fn();
      return true;
    } catch (e) {
      showError(e, message, form);
      return false;
    } finally {
      setBusy(false);
    }
  };
  const approve = async () => {
    const v = await approvalForm.validateFields().catch(() => null);
    if (!v || !c) return;
    let done = false;
    if (await run(async () => (done = (await recordLeaveApproval(store, c.request.id, v, today)).state.status === 'approved'), approvalForm)) {
      message.success(D.recorded(done));
      approvalForm.resetFields();
    }
  };
  const back = async () => {
    const v = await backForm.validateFields().catch(() => null);
    if (!v || !c) return;
    let warnings: string[] = [];
    if (await run(async () => (warnings = (await reportBack(store, c.request.id, v.date, today)).warnings.map((w) => w.message)), backForm)) {
      message.success(D.reportedBackOk);
      for (const w of warnings) message.warning(w);
    }
  };
  const print = async () => {
    if (!c) return;
    try {
      await getBridge().printPdf({ route: { kind: 'leave-form', params: { leaveId: c.request.id } }, action: 'save', suggestedName: D.printName(c.name, c.request.startDate) });
    } catch (e) {
      message.error(errorText(e));
    }
  };

  const next = c?.state.nextTier ?? null;
  const open = c && (c.status === 'pending' || c.status === 'approved' || c.status === 'overstayed');
  return (
    <Drawer open={!!props.leaveId} size={640} onClose={props.onClose} title={c ? `${c.name} · ${labelOf(LEAVE_TYPE, c.request.type)}` : D.title} destroyOnHidden>
      {c === null && <Empty description={D.gone} />}
      {c && (
        <>
          <Space wrap style={{ marginBottom: 12 }}>
            <Button onClick={print}>{D.print}</Button>
            {!c.approvals.length && c.status === 'pending' && <Button onClick={() => props.onEdit(c.request.id)}>{D.edit}</Button>}
            {c.status !== 'cancelled' && c.status !== 'reportedBack' && (
              <Popconfirm title={D.confirmCancel} onConfirm={() => run(() => cancelLeave(store, c.request.id)).then((ok) => ok && message.success(D.cancelled))}>
                <Button danger type="text">
                  {D.cancel}
                </Button>
              </Popconfirm>
            )}
          </Space>
          <Descriptions size="small" bordered column={2}>
            <Descriptions.Item label={D.status}>
              <Tag color={T.leave.statusColor[c.status]}>{labelOf(LEAVE_STATUS, c.status)}</Tag>
            </Descriptions.Item>
            <Descriptions.Item label={D.days}>{T.leave.days(c.days)}</Descriptions.Item>
            <Descriptions.Item label={D.period} span={2}>
              {T.leave.period(c.request.startDate, c.request.startHalf, c.request.endDate, c.request.endHalf)}
            </Descriptions.Item>
            <Descriptions.Item label={T.leave.col.unit} span={2}>
              {c.postingLabel}
            </Descriptions.Item>
            <Descriptions.Item label={D.reason} span={2}>
              {c.request.reason}
            </Descriptions.Item>
            <Descriptions.Item label={D.destination}>{c.request.destination}</Descriptions.Item>
            <Descriptions.Item label={D.deputy}>{c.request.deputy}</Descriptions.Item>
            <Descriptions.Item label={D.evidence}>{c.request.evidence}</Descriptions.Item>
            <Descriptions.Item label={D.reportedBack}>{c.request.reportedBackDate ? formatDateChinese(c.request.reportedBackDate) : ''}</Descriptions.Item>
            <Descriptions.Item label={D.ruleSet} span={2}>
              {c.ruleSet.name}
            </Descriptions.Item>
            <Descriptions.Item label={D.copies} span={2}>
              {c.request.copies.join('、')}
            </Descriptions.Item>
          </Descriptions>
          {c.state.problems.length > 0 && <Alert style={{ marginTop: 12 }} type="warning" showIcon title={D.problems} description={c.state.problems.join('；')} />}
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            {D.approvals}
          </Typography.Title>
          <Steps
            direction="vertical"
            size="small"
            current={(next ?? c.state.requiredTier + 1) - 1}
            status={c.state.status === 'rejected' ? 'error' : undefined}
            items={c.ruleSet.tiers.map((t, i) => {
              const a = c.approvals.find((x) => x.tier === i + 1);
              const needed = i + 1 <= c.state.requiredTier;
              return {
                title: D.tierTitle(i + 1, t.approverRole),
                description: a ? `${D.decided(a.approverName, labelOf(APPROVAL_DECISION, a.decision), a.date)}${a.comment ? `：${a.comment}` : ''}` : needed ? D.waiting : D.notNeeded,
                disabled: !needed,
              };
            })}
          />
          {next && c.status !== 'cancelled' && (
            <Form form={approvalForm} layout="inline" initialValues={{ decision: 'approved', date: today }} style={{ rowGap: 8, marginTop: 8 }} aria-label={D.approve(c.state.nextApproverRole ?? '')}>
              <Typography.Text strong style={{ width: '100%', marginBottom: 4 }}>
                {D.approve(c.state.nextApproverRole ?? '')}
              </Typography.Text>
              <Form.Item name="approverName" label={D.approverName} rules={[{ required: true, message: D.approverRequired }]}>
                <Input style={{ width: 110 }} maxLength={20} />
              </Form.Item>
              <Form.Item name="decision" label={D.decision}>
                <Select style={{ width: 100 }} aria-label={D.decision} options={D.decisionOptions.map((o) => ({ ...o }))} />
              </Form.Item>
              <Form.Item name="date" label={D.date} rules={[{ required: true, message: D.dateRequired }]}>
                <MonthInput kind="date" style={{ width: 120 }} aria-label={D.date} />
              </Form.Item>
              <Form.Item name="comment" label={D.comment}>
                <Input style={{ width: 200 }} maxLength={200} />
              </Form.Item>
              <Button type="primary" loading={busy} onClick={approve}>
                {D.record}
              </Button>
            </Form>
          )}
          {open && c.state.status === 'approved' && !c.request.reportedBackDate && (
            <Form form={backForm} layout="inline" initialValues={{ date: today }} style={{ marginTop: 16 }}>
              <Form.Item name="date" label={D.reportBackDate} rules={[{ required: true, message: D.reportBackRequired }]}>
                <MonthInput kind="date" style={{ width: 120 }} aria-label={D.reportBackDate} />
              </Form.Item>
              <Button loading={busy} onClick={back}>
                {D.reportBackOk}
              </Button>
            </Form>
          )}
        </>
      )}
    </Drawer>
  );
}

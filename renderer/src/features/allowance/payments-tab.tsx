import { Alert, App, Button, Form, Modal, Popconfirm, Select, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { labelOf } from '@shared/domain/codes/lookup';
import { addMonths, formatDateDotted, todayIso } from '@shared/domain/dates';
import { PAYER, PAYMENT_STATUS } from '@shared/domain/enums';
import { formatYuan, yuanToFen } from '@shared/domain/money';
import { paymentSheetTotal } from '@shared/domain/rules/subsidy';
import { errorText } from '../../app/errors';
import { navigate } from '../../app/routes';
import { useSite, useStore } from '../../app/store-context';
import { showError } from '../../components/form-errors';
import { MonthInput } from '../../components/month-input';
import type { Row } from '../../db/database';
import { changeAllowanceStatus, computeAllowances, removeAllowanceAdjustment } from '../../db/operations';
import { loadAllowanceMonth, receivingTowns, type AllowanceRow } from '../../db/queries/allowance';
import { allowanceReport } from '../../reports/allowance-report';
import { loadReportSite } from '../../reports/report-site';
import { runReport } from '../../reports/run-report';
import { PaymentDialog, type PaymentAction } from './payment-dialog';
import { T } from './texts';

const STATUS_COLOR: Record<string, string> = { draft: 'default', approved: 'blue', paid: 'green' };

const yuan = (v: number | null | undefined) => formatYuan(yuanToFen(v ?? 0));

/** 补助发放 of a month, for a township or the county and a payer: compute, review, adjust, approve, pay, export. */
export function PaymentsTab({ params }: { params: Record<string, string> }) {
  const store = useStore();
  const { site } = useSite();
  const { message } = App.useApp();
  const today = todayIso();
  const month = params.month ?? addMonths(today, -1).slice(0, 7);
  const townId = params.town ?? '';
  const payer = params.payer ?? '';
  const setParams = (next: Record<string, string>) => {
    const merged = Object.fromEntries(Object.entries({ month, town: townId, payer, ...next }).filter(([, v]) => v));
    navigate({ section: 'allowance', tab: 'payments', params: merged });
  };
  const data = useLiveQuery(() => loadAllowanceMonth(store.db, month, { townId: townId || null, payer: payer || null }), [store, month, townId, payer]);
  const towns = useLiveQuery(() => receivingTowns(store.db), [store]);
  const [busy, setBusy] = useState(false);
  const [selected, setSelected] = useState<string[]>([]);
  const [dialog, setDialog] = useState<{ row: AllowanceRow; action: PaymentAction } | null>(null);
  const [paying, setPaying] = useState<string[] | null>(null);
  const [paidOn, setPaidOn] = useState<string | null>(today);
  const [issues, setIssues] = useState<string[]>([]);

  const rows = useMemo(() => data?.rows ?? [], [data]);
  const byId = useMemo(() => new Map(rows.flatMap((r) => [r.payment, ...r.adjustments].map((p) => [p.id, p] as const))), [rows]);
  const chosen = selected.map((id) => byId.get(id)).filter((p): p is Row<'subsidyPayments'> => !!p);
  const drafts = chosen.filter((p) => p.status === 'draft').map((p) => p.id);
  const approved = chosen.filter((p) => p.status === 'approved').map((p) => p.id);
  const total = paymentSheetTotal(rows.flatMap((r) => [r.payment, ...r.adjustments]).map((p) => yuanToFen(p.amount)));

  const compute = async () => {
    setBusy(true);
    try {
      const outcome = await computeAllowances(store, { month, townId: townId || null, payer: payer || null });
      message.success(T.computed(outcome));
      setIssues(outcome.issues);
    } catch (e) {
      showError(e, message);
    } finally {
      setBusy(false);
    }
  };
  const change = async (ids: string[], to: 'draft' | 'approved' | 'paid', date?: string | null) => {
    try {
      const n = await changeAllowanceStatus(store, ids, to, { today, paidOn: date ?? null });
      message.success(to === 'approved' ? T.approved(n) : to === 'paid' ? T.paid(n) : T.revoked);
      setSelected([]);
      return true;
    } catch (e) {
      showError(e, message);
      return false;
    }
  };
  const exportSheet = async () => {
    setBusy(true);
    try {
      const town = (towns ?? []).find((u) => u.id === townId);
      const ctx = { db: store.db, site: await loadReportSite(store.db, site), today, month, ...(town ? { postingIds: rows.map((r) => r.posting.id), scopeName: town.shortName ?? town.name } : {}) };
      const result = await runReport(allowanceReport, ctx, allowanceReport.options.parse({ payer }), () => undefined);
      if (result.saved) message.success(T.exported(result.fileName));
    } catch (e) {
      message.error(T.exportFailed(errorText(e)));
    } finally {
      setBusy(false);
    }
  };

  const actions = (p: Row<'subsidyPayments'>, row: AllowanceRow) => {
    if (p.adjustsPaymentId) {
      return (
        <Space size={0}>
          {p.status === 'draft' && (
            <Button size="small" type="link" onClick={() => change([p.id], 'approved')}>
              {T.approve}
            </Button>
          )}
          {p.status === 'draft' && (
            <Popconfirm title={T.confirmRemoveAdjustment} okText={T.removeAdjustment} cancelText={T.cancel} onConfirm={() => removeAllowanceAdjustment(store, p.id).catch((e) => showError(e, message))}>
              <Button size="small" type="link" danger>
                {T.removeAdjustment}
              </Button>
            </Popconfirm>
          )}
          {p.status === 'approved' && (
            <Button size="small" type="link" onClick={() => setPaying([p.id])}>
              {T.markPaid}
            </Button>
          )}
        </Space>
      );
    }
    return (
      <Space size={0}>
        <Button size="small" type="link" onClick={() => setDialog({ row, action: 'adjust' })}>
          {T.adjust}
        </Button>
        {p.status !== 'paid' && (
          <Button size="small" type="link" onClick={() => setDialog({ row, action: 'trips' })}>
            {T.trips}
          </Button>
        )}
        {p.status === 'draft' && (
          <Button size="small" type="link" onClick={() => change([p.id], 'approved')}>
            {T.approve}
          </Button>
        )}
        {p.status === 'approved' && (
          <Button size="small" type="link" onClick={() => setPaying([p.id])}>
            {T.markPaid}
          </Button>
        )}
        {p.status === 'approved' && (
          <Button size="small" type="link" onClick={() => change([p.id], 'draft')}>
            {T.revoke}
          </Button>
        )}
      </Space>
    );
  };

  type Line = { key: string; payment: Row<'subsidyPayments'>; row: AllowanceRow; children?: Line[] };
  const lines: Line[] = rows.map((row) => ({
    key: row.payment.id,
    payment: row.payment,
    row,
    ...(row.adjustments.length ? { children: row.adjustments.map((a) => ({ key: a.id, payment: a, row })) } : {}),
  }));

  return (
    <div>
      <div className="gzt-toolbar" style={{ flexWrap: 'wrap', gap: 8 }}>
        <span>{T.month}</span>
        <MonthInput kind="month" value={month} style={{ width: 110 }} onChange={(v) => v && /^\d{4}-\d{2}$/.test(v) && setParams({ month: v })} aria-label={T.month} />
        <Select
          style={{ width: 180 }}
          value={townId}
          aria-label={T.scope}
          onChange={(v) => setParams({ town: v })}
          options={[{ value: '', label: T.wholeCounty }, ...(towns ?? []).map((u) => ({ value: u.id, label: u.shortName ?? u.name }))]}
        />
        <Select style={{ width: 150 }} value={payer} aria-label={T.payer} onChange={(v) => setParams({ payer: v })} options={[{ value: '', label: T.allPayers }, ...PAYER.items.map((i) => ({ value: i.code, label: i.label }))]} />
        <Tooltip title={T.computeHint}>
          <Button type="primary" loading={busy} onClick={compute}>
            {T.compute}
          </Button>
        </Tooltip>
        <Button disabled={!drafts.length} onClick={() => change(drafts, 'approved')}>
          {T.approveSelected(drafts.length)}
        </Button>
        <Button disabled={!approved.length} onClick={() => setPaying(approved)}>
          {T.markPaidSelected(approved.length)}
        </Button>
        <span className="gzt-spacer" />
        <Button disabled={!rows.length || busy} onClick={exportSheet}>
          {T.export}
        </Button>
      </div>
      {issues.length > 0 && <Alert type="warning" showIcon closable style={{ marginBottom: 8 }} title={T.issues(issues.length, issues[0]!)} description={issues.length > 1 ? issues.slice(1, 6).join('；') : undefined} onClose={() => setIssues([])} />}
      {!!data?.uncomputed && <Alert type="info" showIcon style={{ marginBottom: 8 }} title={T.uncomputed(data.uncomputed)} />}
      <Table<Line>
        size="small"
        rowKey="key"
        loading={!data}
        dataSource={lines}
        locale={{ emptyText: T.empty }}
        pagination={lines.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
        expandable={{ childrenColumnName: 'children', expandIcon: () => null, expandedRowKeys: lines.map((l) => l.key) }}
        rowSelection={{ selectedRowKeys: selected, onChange: (keys) => setSelected(keys as string[]), getCheckboxProps: (l) => ({ disabled: l.payment.status === 'paid' }), checkStrictly: true }}
        summary={() =>
          rows.length ? (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0} colSpan={11}>
                <Typography.Text strong>{T.totals(rows.length, total.formatted, total.capital)}</Typography.Text>
              </Table.Summary.Cell>
            </Table.Summary.Row>
          ) : null
        }
        columns={[
          { title: T.column.name, width: 96, render: (_v, l) => (l.payment.adjustsPaymentId ? <Tag color="gold">{T.adjustmentLine}</Tag> : l.row.cadreName) },
          { title: T.column.receiving, width: '14%', ellipsis: true, responsive: ['xxl'], render: (_v, l) => (l.payment.adjustsPaymentId ? '' : l.row.receivingUnit) },
          {
            title: T.column.rule,
            render: (_v, l) =>
              l.payment.adjustsPaymentId ? (
                l.payment.note
              ) : (
                <>
                  <div>{l.row.rule?.name ?? ''}</div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {l.payment.explanation}
                    {l.payment.adjustReason ? `；${T.adjustReason}：${l.payment.adjustReason}` : ''}
                    {l.payment.paidOn ? `；${T.paidOnText(formatDateDotted(l.payment.paidOn))}` : ''}
                  </Typography.Text>
                </>
              ),
          },
          { title: T.column.days, width: 72, align: 'right', render: (_v, l) => l.payment.days ?? '' },
          { title: T.column.base, width: 86, align: 'right', render: (_v, l) => (l.payment.adjustsPaymentId ? '' : yuan(l.payment.baseAmount)) },
          { title: T.column.trip, width: 76, align: 'right', render: (_v, l) => (l.payment.adjustsPaymentId ? '' : yuan(l.payment.tripAmount)) },
          { title: T.column.other, width: 76, align: 'right', render: (_v, l) => yuan(l.payment.otherAmount) },
          { title: T.column.amount, width: 92, align: 'right', render: (_v, l) => <Typography.Text strong>{yuan(l.payment.amount)}</Typography.Text> },
          { title: T.column.status, width: 70, render: (_v, l) => <Tag color={STATUS_COLOR[l.payment.status]}>{labelOf(PAYMENT_STATUS, l.payment.status)}</Tag> },
          { title: T.column.actions, width: 220, render: (_v, l) => actions(l.payment, l.row) },
        ]}
      />
      {dialog && <PaymentDialog row={dialog.row} action={dialog.action} onClose={() => setDialog(null)} />}
      <Modal
        open={!!paying}
        title={T.paidTitle(paying?.length ?? 0)}
        okText={T.markPaid}
        cancelText={T.cancel}
        onCancel={() => setPaying(null)}
        onOk={async () => {
          if (paying && (await change(paying, 'paid', paidOn))) setPaying(null);
        }}
        destroyOnHidden
      >
        <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={T.paidHint} />
        <Form layout="vertical">
          <Form.Item label={T.paidOn}>
            <MonthInput kind="date" value={paidOn} onChange={setPaidOn} aria-label={T.paidOn} />
          </Form.Item>
        </Form>
      </Modal>
    </div>
  );
}

import { Button, Input, Segmented, Table, Tag, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { labelOf } from '@shared/domain/codes/lookup';
import { formatDateChinese, todayIso } from '@shared/domain/dates';
import { LEAVE_STATUS, LEAVE_TYPE } from '@shared/domain/enums';
import { navigate } from '../../app/routes';
import { useStore } from '../../app/store-context';
import { listLeaveCases, type LeaveCaseRow } from '../../db/queries/leave';
import { LeaveDrawer } from './leave-drawer';
import { LeaveForm } from './leave-form';
import { AttendanceReportMenu } from './report-menu';
import { T } from './texts';
import { useCalendarVersion } from './use-calendar-version';

type Filter = 'pending' | 'onLeave' | 'overstayed' | 'all';
const L = T.leave;

function matches(c: LeaveCaseRow, f: Filter, today: string): boolean {
  if (f === 'pending') return c.status === 'pending';
  if (f === 'overstayed') return c.status === 'overstayed';
  if (f === 'onLeave') return c.status === 'approved' && c.request.startDate <= today;
  return true;
}

/** 请销假: the requests (待审批, 请假中, 超假, 全部), each opening its tiers, 销假 and the printed form. */
export function LeaveTab(props: { openId?: string | undefined }) {
  const store = useStore();
  const today = todayIso();
  const calendar = useCalendarVersion();
  const [filter, setFilter] = useState<Filter>('all');
  const [search, setSearch] = useState('');
  const [form, setForm] = useState<{ id?: string } | null>(null);
  const cases = useLiveQuery(() => listLeaveCases(store.db, today), [store, today, calendar]);
  const shown = useMemo(() => (cases ?? []).filter((c) => matches(c, filter, today) && (!search.trim() || c.name.includes(search.trim()))), [cases, filter, search, today]);
  const counts = useMemo(() => Object.fromEntries((['pending', 'onLeave', 'overstayed', 'all'] as Filter[]).map((f) => [f, (cases ?? []).filter((c) => matches(c, f, today)).length])), [cases, today]);
  const open = (id?: string) => navigate({ section: 'attendance', tab: 'leave', ...(id ? { params: { id } } : {}) });
  const editing = form?.id ? cases?.find((c) => c.request.id === form.id)?.request : undefined;

  return (
    <div>
      <div className="gzt-toolbar">
        <Segmented<Filter>
          value={filter}
          onChange={setFilter}
          options={(Object.keys(L.filter) as Filter[]).map((f) => ({ value: f, label: `${L.filter[f]}（${counts[f] ?? 0}）` }))}
        />
        <Input.Search allowClear placeholder={L.col.name} style={{ width: 160 }} value={search} onChange={(e) => setSearch(e.target.value)} />
        <Typography.Text type="secondary">{L.count(shown.length)}</Typography.Text>
        <span className="gzt-spacer" />
        <AttendanceReportMenu items={[{ id: 'leave-register', label: L.exportRegister }]} selection={{ month: today.slice(0, 7) }} />
        <Button type="primary" onClick={() => setForm({})}>
          {L.add}
        </Button>
      </div>
      <Table<LeaveCaseRow>
        size="small"
        rowKey={(c) => c.request.id}
        dataSource={shown}
        loading={cases === undefined}
        locale={{ emptyText: L.empty }}
        pagination={{ pageSize: 20, showSizeChanger: false, size: 'small' }}
        onRow={(c) => ({ onClick: () => open(c.request.id), style: { cursor: 'pointer' } })}
        columns={[
          { title: L.col.name, width: 80, render: (_v, c) => c.name },
          { title: L.col.unit, ellipsis: true, render: (_v, c) => c.postingLabel },
          { title: L.col.type, width: 90, render: (_v, c) => labelOf(LEAVE_TYPE, c.request.type) },
          { title: L.col.period, width: 260, render: (_v, c) => L.period(c.request.startDate, c.request.startHalf, c.request.endDate, c.request.endHalf) },
          { title: L.col.days, width: 60, align: 'center', render: (_v, c) => c.days },
          { title: L.col.progress, width: 200, render: (_v, c) => L.progress(c.state.approvedThrough, c.state.requiredTier, c.state.status === 'pending' ? c.state.nextApproverRole : null) },
          { title: L.col.status, width: 90, render: (_v, c) => <Tag color={L.statusColor[c.status]}>{labelOf(LEAVE_STATUS, c.status)}</Tag> },
          { title: L.col.back, width: 120, render: (_v, c) => (c.request.reportedBackDate ? formatDateChinese(c.request.reportedBackDate) : '') },
        ]}
      />
      <LeaveDrawer leaveId={props.openId} onClose={() => open()} onEdit={(id) => setForm({ id })} />
      {form && (
        <LeaveForm
          editing={editing}
          onClose={(savedId) => {
            setForm(null);
            if (savedId) open(savedId);
          }}
        />
      )}
    </div>
  );
}

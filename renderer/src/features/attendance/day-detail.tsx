import { Button, Space, Tag, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { labelOf } from '@shared/domain/codes/lookup';
import { formatDateChinese } from '@shared/domain/dates';
import { ATTENDANCE_STATUS, LEAVE_TYPE } from '@shared/domain/enums';
import { dayField } from '@shared/domain/entities/attendance-month';
import { keyedId } from '@shared/domain/tables';
import { navigate } from '../../app/routes';
import { useStore } from '../../app/store-context';
import type { GridRow } from '../../db/queries/attendance-grid';
import { getLive } from '../../db/queries/live';
import { T } from './texts';

/** Below the grid: what the cursor cell holds and where it comes from (登记, 请假, 抽查, 打卡记录). */
export function DayDetail({ row, day }: { row: GridRow | undefined; day: number }) {
  const store = useStore();
  const d = row?.month.days[day];
  const month = d?.date.slice(0, 7);
  const details = useLiveQuery(() => (row && month ? getLive(store.db.attendanceDetails, keyedId('attendanceDetails', row.posting.id, month)) : undefined), [store, row?.posting.id, month]);
  const detail = d ? details?.[dayField(Number(d.date.slice(8, 10)))] : undefined;
  if (!row || !d) return <div className="gzt-agrid-detail">{T.grid.noDetail}</div>;
  const weekday = T.grid.weekdays[(new Date(`${d.date}T00:00:00Z`).getUTCDay() + 6) % 7]!;
  const imported = detail?.importedStatus && d.stored === detail.importedStatus;
  const source = d.source === 'stored' ? (imported ? T.grid.source.imported : T.grid.source.stored) : T.grid.source[d.source];
  const problems = row.month.problems.filter((p) => p.startsWith(formatDateChinese(d.date)));
  return (
    <div className="gzt-agrid-detail" aria-live="polite" data-testid="day-detail">
      <Space wrap size={[12, 4]}>
        <Typography.Text strong>{T.grid.cell(row.name, d.date, weekday)}</Typography.Text>
        {d.holidayName && <Tag color="red">{d.holidayName}</Tag>}
        {d.status ? <Tag color={d.status === 'absent' ? 'red' : d.status === 'leave' ? 'blue' : undefined}>{labelOf(ATTENDANCE_STATUS, d.status)}</Tag> : null}
        <Typography.Text type="secondary">{d.status === 'rest' && d.source === 'default' ? T.grid.restDefault : source}</Typography.Text>
        {d.leave && (
          <Button size="small" type="link" onClick={() => navigate({ section: 'attendance', tab: 'leave', params: { id: d.leave!.leaveRequestId } })}>
            {T.grid.leaveOf(labelOf(LEAVE_TYPE, d.leave.type), d.leave.fraction)} · {T.grid.openLeave}
          </Button>
        )}
        {d.spotChecks > 0 && <Typography.Text type={d.spotCheckAbsent ? 'danger' : 'secondary'}>{T.grid.spotChecks(d.spotChecks)}</Typography.Text>}
        {!!detail?.punches.length && (
          <Typography.Text>
            {T.grid.punches}：{detail.punches.map((p) => T.grid.punchItem(p.kind, p.time, p.result)).join('；')}
          </Typography.Text>
        )}
        {detail?.sourceFile && <Typography.Text type="secondary">{T.grid.fromFile(detail.sourceFile)}</Typography.Text>}
        {detail?.note && (
          <Typography.Text>
            {T.grid.note}：{detail.note}
          </Typography.Text>
        )}
        {problems.map((p) => (
          <Typography.Text key={p} type="warning">
            {p}
          </Typography.Text>
        ))}
      </Space>
    </div>
  );
}

import { Tag } from 'antd';
import { ETHNICITY, POLITICAL_STATUS, SEX } from '@shared/domain/codes';
import { labelOf, shortLabelOf } from '@shared/domain/codes/lookup';
import { printedEducationLabel } from '@shared/domain/codes/education';
import { ageAt } from '@shared/domain/age';
import { daysBetween, formatDateDotted, formatMonthDotted } from '@shared/domain/dates';
import { POSTING_DIRECTION, POSTING_STATUS, POSTING_TYPE, TEAM_ROLE } from '@shared/domain/enums';
import { expirySeverity } from '@shared/domain/rules/alerts';
import type { PostingListRow, PostingSortKey } from '../../db/queries/postings';

/** What cells need besides the row: names of units and batches, and today. */
export interface CellContext {
  unitName: (id: string | null | undefined) => string;
  batchName: (id: string | null | undefined) => string;
  today: string;
}

export interface PostingColumn {
  id: string;
  header: string;
  width: number;
  sortKey?: PostingSortKey;
  /** shown by default */
  visible: boolean;
  value: (row: PostingListRow, ctx: CellContext) => React.ReactNode;
}

const STATUS_COLOR: Record<string, string> = { active: 'green', extended: 'gold', proposed: 'default', approved: 'blue', completed: 'default', terminated: 'red', recalled: 'red', cancelled: 'default' };

const SEVERITY_COLOR = { red: '#cf1322', amber: '#d46b08', yellow: '#ad8b00' } as const;

/** Days left with the alert colours of DOMAIN §7.5 (≤30 red, ≤60 amber, ≤90 yellow). */
export function DaysLeft({ end, today, status }: { end: string; today: string; status: string }) {
  if (status !== 'active' && status !== 'extended') return <span style={{ color: '#999' }}>—</span>;
  const d = daysBetween(today, end);
  const severity = expirySeverity(d);
  const color = severity ? SEVERITY_COLOR[severity] : undefined;
  return <span style={{ color, fontWeight: severity ? 600 : undefined }}>{d < 0 ? `逾期${-d}天` : `${d}天`}</span>;
}

/** Every column the clerk can show, in the default order (the roster's order, DOMAIN §4.1). */
export const POSTING_COLUMNS: PostingColumn[] = [
  { id: 'name', header: '姓名', width: 88, sortKey: 'name', visible: true, value: (r) => r.cadre?.name ?? '（干部已删除）' },
  { id: 'sex', header: '性别', width: 52, visible: true, value: (r) => labelOf(SEX, r.cadre?.sex ?? '') },
  { id: 'birth', header: '出生年月（年龄）', width: 128, sortKey: 'birthDate', visible: true, value: (r, c) => (r.cadre ? `${formatMonthDotted(r.cadre.birthDate)}（${ageAt(r.cadre.birthDate, c.today)}岁）` : '') },
  { id: 'ethnicity', header: '民族', width: 70, visible: false, value: (r) => labelOf(ETHNICITY, r.cadre?.ethnicity ?? '') },
  { id: 'political', header: '政治面貌', width: 90, visible: false, value: (r) => shortLabelOf(POLITICAL_STATUS, r.cadre?.politicalStatus ?? '') },
  { id: 'education', header: '学历', width: 70, visible: false, value: (r) => printedEducationLabel(r.cadre?.fullTimeEducation ?? '') },
  { id: 'idCardNo', header: '身份证号', width: 170, visible: false, value: (r) => r.cadre?.idCardNo ?? '' },
  { id: 'dispatching', header: '派出单位', width: 128, sortKey: 'dispatchingUnit', visible: true, value: (r, c) => c.unitName(r.posting.dispatchingUnitId) },
  { id: 'originalPost', header: '原单位职务', width: 120, visible: true, value: (r) => r.posting.originalPost },
  { id: 'receiving', header: '接收单位', width: 128, sortKey: 'receivingUnit', visible: true, value: (r, c) => c.unitName(r.posting.receivingUnitId) },
  { id: 'secondedPost', header: '挂任职务', width: 124, visible: true, value: (r) => r.posting.secondedPost },
  { id: 'type', header: '挂职类型', width: 96, sortKey: 'type', visible: true, value: (r) => labelOf(POSTING_TYPE, r.posting.type) },
  { id: 'direction', header: '方向', width: 64, visible: false, value: (r) => labelOf(POSTING_DIRECTION, r.posting.direction) },
  { id: 'batch', header: '批次', width: 170, sortKey: 'batch', visible: false, value: (r, c) => c.batchName(r.posting.batchId) },
  { id: 'startDate', header: '到岗日期', width: 92, sortKey: 'startDate', visible: true, value: (r) => formatDateDotted(r.posting.startDate) },
  { id: 'plannedEndDate', header: '期满日期', width: 92, sortKey: 'plannedEndDate', visible: true, value: (r) => formatDateDotted(r.posting.plannedEndDate) },
  { id: 'daysLeft', header: '剩余', width: 84, sortKey: 'plannedEndDate', visible: true, value: (r, c) => <DaysLeft end={r.posting.plannedEndDate} today={c.today} status={r.posting.status} /> },
  {
    id: 'status',
    header: '状态',
    width: 82,
    sortKey: 'status',
    visible: true,
    value: (r) => (
      <Tag color={STATUS_COLOR[r.posting.status]} bordered={false}>
        {labelOf(POSTING_STATUS, r.posting.status)}
      </Tag>
    ),
  },
  { id: 'village', header: '驻村', width: 120, visible: false, value: (r) => r.posting.village ?? '' },
  { id: 'teamRole', header: '队内职务', width: 80, visible: false, value: (r) => labelOf(TEAM_ROLE, r.posting.teamRole ?? '') },
  { id: 'phone', header: '联系电话', width: 110, visible: false, value: (r) => r.cadre?.phone ?? '' },
  { id: 'pair', header: '互派', width: 56, visible: false, value: (r) => (r.posting.pairedPostingId ? '是' : '') },
];

import { Tag } from 'antd';
import { ETHNICITY, POLITICAL_STATUS, SEX } from '@shared/domain/codes';
import { labelOf, shortLabelOf } from '@shared/domain/codes/lookup';
import { printedEducationLabel } from '@shared/domain/codes/education';
import { birthWithAge } from '@shared/domain/age';
import { daysBetween, formatDateDotted } from '@shared/domain/dates';
import { POSTING_DIRECTION, POSTING_STATUS, POSTING_TYPE, TEAM_ROLE } from '@shared/domain/enums';
import { expirySeverity } from '@shared/domain/rules/alerts';
import type { PostingListRow, PostingSortKey } from '../../db/queries/postings';
import type { ColumnFit } from './fit-columns';
import { T } from './texts';

/** What cells need besides the row: names of units and batches, and today. */
export interface CellContext {
  unitName: (id: string | null | undefined) => string;
  batchName: (id: string | null | undefined) => string;
  today: string;
}

export interface PostingColumn extends ColumnFit {
  header: string;
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
  return <span style={{ color, fontWeight: severity ? 600 : undefined }}>{T.daysLeft(d)}</span>;
}

/** Every column the clerk can show, in the default order (the roster's order, DOMAIN §4.1). */
export const POSTING_COLUMNS: PostingColumn[] = [
  { id: 'name', header: T.column.name, width: 88, min: 64, grow: 0.5, sortKey: 'name', visible: true, value: (r) => r.cadre?.name ?? T.cadreGone },
  { id: 'sex', header: T.column.sex, width: 52, min: 44, grow: 0, visible: true, value: (r) => labelOf(SEX, r.cadre?.sex ?? '') },
  { id: 'birth', header: T.column.birth, width: 128, min: 118, grow: 0, sortKey: 'birthDate', visible: true, value: (r, c) => birthWithAge(r.cadre?.birthDate, c.today) },
  { id: 'ethnicity', header: T.column.ethnicity, width: 70, min: 56, grow: 0, visible: false, value: (r) => labelOf(ETHNICITY, r.cadre?.ethnicity ?? '') },
  { id: 'political', header: T.column.political, width: 90, min: 70, grow: 0, visible: false, value: (r) => shortLabelOf(POLITICAL_STATUS, r.cadre?.politicalStatus ?? '') },
  { id: 'education', header: T.column.education, width: 70, min: 56, grow: 0, visible: false, value: (r) => printedEducationLabel(r.cadre?.fullTimeEducation ?? '') },
  { id: 'idCardNo', header: T.column.idCardNo, width: 170, min: 160, grow: 0, visible: false, value: (r) => r.cadre?.idCardNo ?? '' },
  { id: 'dispatching', header: T.column.dispatching, width: 128, min: 84, grow: 2, sortKey: 'dispatchingUnit', visible: true, value: (r, c) => c.unitName(r.posting.dispatchingUnitId) },
  { id: 'originalPost', header: T.column.originalPost, width: 120, min: 84, grow: 2, visible: true, value: (r) => r.posting.originalPost },
  { id: 'receiving', header: T.column.receiving, width: 128, min: 84, grow: 2, sortKey: 'receivingUnit', visible: true, value: (r, c) => c.unitName(r.posting.receivingUnitId) },
  { id: 'secondedPost', header: T.column.secondedPost, width: 124, min: 84, grow: 2, visible: true, value: (r) => r.posting.secondedPost },
  { id: 'type', header: T.column.type, width: 96, min: 72, grow: 0.5, sortKey: 'type', visible: true, value: (r) => labelOf(POSTING_TYPE, r.posting.type) },
  { id: 'direction', header: T.column.direction, width: 64, min: 48, grow: 0, visible: false, value: (r) => labelOf(POSTING_DIRECTION, r.posting.direction) },
  { id: 'batch', header: T.column.batch, width: 170, min: 100, grow: 1, sortKey: 'batch', visible: false, value: (r, c) => c.batchName(r.posting.batchId) },
  { id: 'startDate', header: T.column.startDate, width: 92, min: 86, grow: 0, sortKey: 'startDate', visible: true, value: (r) => formatDateDotted(r.posting.startDate) },
  { id: 'plannedEndDate', header: T.column.plannedEndDate, width: 92, min: 86, grow: 0, sortKey: 'plannedEndDate', visible: true, value: (r) => formatDateDotted(r.posting.plannedEndDate) },
  { id: 'daysLeft', header: T.column.daysLeft, width: 84, min: 72, grow: 0, sortKey: 'plannedEndDate', visible: true, value: (r, c) => <DaysLeft end={r.posting.plannedEndDate} today={c.today} status={r.posting.status} /> },
  {
    id: 'status',
    header: T.column.status,
    width: 82,
    min: 64,
    grow: 0,
    sortKey: 'status',
    visible: true,
    value: (r) => (
      <Tag color={STATUS_COLOR[r.posting.status]} bordered={false}>
        {labelOf(POSTING_STATUS, r.posting.status)}
      </Tag>
    ),
  },
  { id: 'village', header: T.column.village, width: 120, min: 84, grow: 1, visible: false, value: (r) => r.posting.village ?? '' },
  { id: 'teamRole', header: T.column.teamRole, width: 80, min: 60, grow: 0, visible: false, value: (r) => labelOf(TEAM_ROLE, r.posting.teamRole ?? '') },
  { id: 'phone', header: T.column.phone, width: 110, min: 100, grow: 0, visible: false, value: (r) => r.cadre?.phone ?? '' },
  { id: 'pair', header: T.column.pair, width: 56, min: 44, grow: 0, visible: false, value: (r) => (r.posting.pairedPostingId ? T.column.yes : '') },
];

// 谈话提醒登记表 (DOMAIN §4.7, §2.15): the talks of a period with who was talked to and why, who
// talked and recorded, the gist, the response and the follow-up. Restricted: exported only on a
// 组织部 PC (the caller enforces it).
import { labelOf } from '../domain/codes';
import { formatDateDotted } from '../domain/dates';
import { TALK_KIND, TALK_STATUS, TALK_TRIGGER } from '../domain/enums';
import { SIGNATURE_LINE, textLines } from './document/bands';
import { countySheetHead } from './document/county-sheet';
import type { HeaderColumn } from './document/header';
import type { BodyRow, WorkbookDocument } from './document/schema';

/** A talk as the register prints it. */
export interface RegisterTalk {
  name: string;
  post: string;
  kind: string;
  trigger: string;
  reason?: string | null;
  scheduledDate: string;
  heldDate?: string | null;
  talker: string;
  recorder: string;
  location?: string | null;
  content?: string | null;
  response?: string | null;
  followUpDate?: string | null;
  followUpResult?: string | null;
  status: string;
}

export const TALK_REGISTER_COLUMNS = [
  { key: 'seq', header: '序号', width: 5, align: 'center' },
  { key: 'date', header: '谈话日期', width: 11, align: 'center' },
  { key: 'name', header: '姓名', width: 8, align: 'center' },
  { key: 'post', header: '挂职单位及职务', width: 20 },
  { key: 'kind', header: '谈话类别', width: 9, align: 'center' },
  { key: 'reason', header: '谈话起因', width: 24 },
  { key: 'talker', header: '谈话人', width: 8, align: 'center' },
  { key: 'recorder', header: '记录人', width: 8, align: 'center' },
  { key: 'content', header: '谈话要点', width: 30 },
  { key: 'response', header: '本人表态', width: 20 },
  { key: 'followUp', header: '跟踪回访', width: 22 },
  { key: 'status', header: '状态', width: 7, align: 'center' },
] as const satisfies readonly HeaderColumn[];

export interface TalkRegisterOptions {
  countyName: string;
  reportingUnit: string;
  reportDate: string;
  /** e.g. `2026年`: printed in the title. */
  periodLabel: string;
}

/** Builds the register, talks in date order (held date, else the planned date). */
export function buildTalkRegister(talks: readonly RegisterTalk[], opts: TalkRegisterOptions): WorkbookDocument {
  const dateOf = (t: RegisterTalk) => t.heldDate ?? t.scheduledDate;
  const sorted = [...talks].sort((a, b) => dateOf(a).localeCompare(dateOf(b)));
  const rows: BodyRow[] = sorted.map((t, i) => ({
    cells: [
      i + 1,
      t.heldDate ? formatDateDotted(t.heldDate) : `${formatDateDotted(t.scheduledDate)}（计划）`,
      t.name,
      t.post,
      labelOf(TALK_KIND, t.kind),
      t.reason ? `${labelOf(TALK_TRIGGER, t.trigger)}：${t.reason}` : labelOf(TALK_TRIGGER, t.trigger),
      t.talker,
      t.recorder,
      t.content ?? '',
      t.response ?? '',
      [t.followUpDate ? formatDateDotted(t.followUpDate) : '', t.followUpResult ?? ''].filter(Boolean).join(' '),
      labelOf(TALK_STATUS, t.status),
    ],
  }));
  const count = (s: string) => talks.filter((t) => t.status === s).length;
  const totals = `合计：共${talks.length}次，其中已谈话${count('held')}次、已办结${count('closed')}次、待谈话${count('planned')}次。`;
  const head = countySheetHead({
    name: '谈话提醒登记',
    title: `${opts.countyName}挂职干部谈话提醒登记表（${opts.periodLabel}）`,
    reportingUnit: opts.reportingUnit,
    reportDate: opts.reportDate,
    columns: TALK_REGISTER_COLUMNS,
    orientation: 'landscape',
  });
  return { sheets: [{ head, rows, footer: textLines([totals, '注：本表属干部监督资料，仅限组织部门内部使用，不得外传。', SIGNATURE_LINE], TALK_REGISTER_COLUMNS.length) }] };
}

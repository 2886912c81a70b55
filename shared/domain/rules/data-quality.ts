import { isCpc } from '../codes';
import { formatDateDotted } from '../dates';
import { validateIdCardNo } from '../id-card';
import type { FieldIssue } from '../issues';

/*
 * What a cadre record truly needs (issue 9 item 1: incomplete is not invalid). A county's roster
 * rarely has every column of the full record; a value the app can live without never blocks an
 * import or a form: the record is saved and flagged 待补充 (概览 and the cadre list) until the clerk
 * completes it.
 *
 * | field                  | to create the cadre                  | why                                              |
 * |------------------------|--------------------------------------|--------------------------------------------------|
 * | 姓名 name               | required                             | who it is                                        |
 * | 身份证号 idCardNo        | this, or 出生年月 + 性别                | the match key; without it: name + birth month    |
 * | 出生年月 birthDate       | required (from the ID number if any) | age, ceilings, rosters                           |
 * | 性别 sex                | required (from the ID number if any) | statistics (女性)                                 |
 * | 工作单位 homeUnitId      | required                             | who sends the cadre                              |
 * | 现任职务 currentPost     | required                             | 原单位职务 of every posting                        |
 * | 民族 ethnicity          | 待补充 when blank                     | statistics (少数民族)                              |
 * | 政治面貌 politicalStatus | 待补充 when blank                     | statistics (党外)                                 |
 * | 入党时间 partyJoinDate   | 待补充 when blank for a CPC member    | record book, 任免审批表                            |
 * | 参加工作时间 workStartDate| 待补充 when blank                     | record book, 任免审批表                            |
 * | 人员类别 staffCategory   | 待补充 when blank                     | which assessment grades apply                    |
 * | everything else        | optional                             |                                                  |
 *
 * A posting needs its type, receiving unit, post and start date; the dispatching unit and the
 * original post default to the cadre's home unit and current post, the term to 24 months.
 */

/** A field a cadre record may lack for a while, with its Chinese label. */
export interface PendingField {
  field: 'idCardNo' | 'ethnicity' | 'politicalStatus' | 'partyJoinDate' | 'workStartDate' | 'staffCategory';
  label: string;
}

/** The values the completeness rule reads. */
export type CompletenessInput = Partial<Record<PendingField['field'], unknown>>;

const PENDING: readonly PendingField[] = [
  { field: 'idCardNo', label: '身份证号' },
  { field: 'ethnicity', label: '民族' },
  { field: 'politicalStatus', label: '政治面貌' },
  { field: 'partyJoinDate', label: '入党时间' },
  { field: 'workStartDate', label: '参加工作时间' },
  { field: 'staffCategory', label: '人员类别' },
];

const blank = (v: unknown) => v === null || v === undefined || (typeof v === 'string' && v.trim() === '');

/** The fields still to be completed (待补充), in the order of the form; 入党时间 only for CPC members. */
export function pendingCadreFields(c: CompletenessInput): PendingField[] {
  return PENDING.filter((p) => blank(c[p.field]) && (p.field !== 'partyJoinDate' || isCpc(typeof c.politicalStatus === 'string' ? c.politicalStatus : null)));
}

/** `待补充：参加工作时间、入党时间`, or '' for a complete record. */
export function pendingText(fields: readonly PendingField[]): string {
  return fields.length ? `待补充：${fields.map((f) => f.label).join('、')}` : '';
}

/**
 * Data-quality problems of a stored cadre (DOMAIN §7.5): a bad ID number, sex or birth date that
 * contradict it, and the fields still to be completed (one `incomplete` issue, 待补充：…). Data
 * from packages of other PCs, older data and imported rosters may carry them, so they are flagged,
 * not refused.
 */
export function cadreDataIssues(c: CompletenessInput & { sex?: unknown; birthDate?: unknown }): FieldIssue[] {
  const out: FieldIssue[] = [];
  const raw = typeof c.idCardNo === 'string' ? c.idCardNo : '';
  if (raw) {
    const id = validateIdCardNo(raw);
    if (!id.ok) out.push({ field: 'idCardNo', message: id.error });
    else {
      if (c.sex && c.sex !== id.sex) out.push({ field: 'sex', message: `性别与身份证号码不符（身份证号码为${id.sex === '1' ? '男' : '女'}）` });
      if (c.birthDate && c.birthDate !== id.birthDate) out.push({ field: 'birthDate', message: `出生日期与身份证号码不符（身份证号码为${formatDateDotted(id.birthDate)}）` });
    }
  }
  const pending = pendingCadreFields(c);
  if (pending.length) out.push({ field: 'incomplete', message: pendingText(pending) });
  return out;
}

import type { LeaveRules } from '@shared/domain/rules/leave';
import { LEAVE_RULE_PRESETS } from '@shared/domain/presets';
import type { ReadDb, Row } from '../database';
import { ATTENDANCE_RULES_ID } from './attendance-rules';
import { isLive } from './live';

/** The rule set that applies when neither the posting, its batch nor the county names one (P1, DOMAIN §7.2). */
export const DEFAULT_LEAVE_RULE_SET_ID = LEAVE_RULE_PRESETS[0]!.id;

/** A leave rule set with its id and name, as counting, approvals and the printed form use it. */
export type LeaveRuleSetRow = Row<'leaveRuleSets'>;

/**
 * The leave rule set of each posting: the posting's own, else its batch's, else the county's default
 * (设置 → 考勤规则), else P1; a rule set that was deleted falls back the same way. Keyed by posting id.
 */
export async function leaveRulesOfPostings(db: ReadDb, postings: readonly Pick<Row<'postings'>, 'id' | 'batchId' | 'leaveRuleSetId'>[]): Promise<Map<string, LeaveRuleSetRow>> {
  const batchIds = [...new Set(postings.map((p) => p.batchId).filter((id): id is string => !!id))];
  // Table reads straight on the tables: previews call this inside read-only transactions, where
  // one more layer of async helpers lost Dexie's transaction zone (PrematureCommitError).
  const batches = new Map((await db.batches.bulkGet(batchIds)).filter(isLive).map((b) => [b.id, b]));
  const county = await db.attendanceRules.get(ATTENDANCE_RULES_ID);
  const countyId = county && isLive(county) ? county.leaveRuleSetId : null;
  const wanted = new Set<string>([DEFAULT_LEAVE_RULE_SET_ID]);
  if (countyId) wanted.add(countyId);
  for (const p of postings) {
    if (p.leaveRuleSetId) wanted.add(p.leaveRuleSetId);
    const b = p.batchId ? batches.get(p.batchId) : undefined;
    if (b?.leaveRuleSetId) wanted.add(b.leaveRuleSetId);
  }
  const sets = new Map((await db.leaveRuleSets.bulkGet([...wanted])).filter(isLive).map((s) => [s.id, s]));
  const fallback = (countyId && sets.get(countyId)) || sets.get(DEFAULT_LEAVE_RULE_SET_ID) || presetRow();
  const out = new Map<string, LeaveRuleSetRow>();
  for (const p of postings) {
    const b = p.batchId ? batches.get(p.batchId) : undefined;
    out.set(p.id, (p.leaveRuleSetId && sets.get(p.leaveRuleSetId)) || (b?.leaveRuleSetId && sets.get(b.leaveRuleSetId)) || fallback);
  }
  return out;
}

/** P1 as a row, for a database whose presets were deleted. */
function presetRow(): LeaveRuleSetRow {
  const { id, ...fields } = LEAVE_RULE_PRESETS[0]!;
  return { id, ...fields, _deleted: false, _clock: {}, _hlc: '' } as LeaveRuleSetRow;
}

/** The counting and approval parts of a rule set (shared/domain/rules/leave.ts). */
export function leaveRulesOf(set: LeaveRuleSetRow): LeaveRules {
  return { tiers: set.tiers, countWorkingDaysOnly: set.countWorkingDaysOnly, yearlyLimitDays: set.yearlyLimitDays };
}

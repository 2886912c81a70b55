// The 考勤请假 alerts of 概览 (DOMAIN §7.5): leave not reported back, leave started without full
// approval, yearly leave over the limit (the shared leave rules), and postings whose spot-check
// absences this year cap the annual grade (A7).
import type { Alert } from '@shared/domain/rules/alerts';
import { gradeCap, unexcusedAbsencesInYear } from '@shared/domain/rules/grade-cap';
import { leaveAlerts } from '@shared/domain/rules/leave';
import type { ReadDb } from '../database';
import { postingOptions } from './attendance-postings';
import { leaveRulesOf } from './leave-rules';
import { listLeaveCases } from './leave';
import { bulkGetLive, isLive, liveWhere } from './live';

/** Spot-check absences that cap the grade: 2 or more cap it at 基本称职 or below (red), 1 rules out 优秀 (amber). */
const RED_FROM_ABSENCES = 2;

/** The leave and grade-cap alerts as of `today`, each linking to its request or to 抽查. */
export async function collectAttendanceAlerts(db: ReadDb, today: string): Promise<Alert[]> {
  const cases = await listLeaveCases(db, today);
  const leave = leaveAlerts(
    cases.map((c) => ({ request: c.request, approvals: c.approvals, rules: leaveRulesOf(c.ruleSet), name: c.name })),
    today,
  ).map(({ leaveRequestId, ...a }): Alert => ({ ...a, ...(leaveRequestId ? { link: { section: 'attendance', tab: 'leave', params: { id: leaveRequestId } } } : {}) }));

  const year = today.slice(0, 4);
  const absent = await db.spotChecks
    .where('date')
    .between(`${year}-01-01`, today, true, true)
    .filter((s) => isLive(s) && s.result === 'absentUnexcused')
    .toArray();
  const postings = await bulkGetLive(db.postings, [...new Set(absent.map((s) => s.postingId))]);
  const [options, cadres, checks] = await Promise.all([
    postingOptions(db, postings),
    bulkGetLive(db.cadres, postings.map((p) => p.cadreId)),
    postings.length ? liveWhere(db.spotChecks, 'postingId', postings.map((p) => p.id)).toArray() : Promise.resolve([]),
  ]);
  const staff = new Map(cadres.map((c) => [c.id, c.staffCategory ?? null]));
  const caps: Alert[] = [];
  for (const [i, p] of postings.entries()) {
    const absences = unexcusedAbsencesInYear(
      checks.filter((s) => s.postingId === p.id),
      Number(year),
    );
    const cap = gradeCap({ unexcusedAbsences: absences }, { staffCategory: staff.get(p.cadreId) ?? null, indicatorCaps: [] });
    if (!cap.cap) continue;
    const o = options[i]!;
    caps.push({
      kind: 'gradeCap',
      severity: absences >= RED_FROM_ABSENCES ? 'red' : 'amber',
      postingId: p.id,
      cadreId: p.cadreId,
      days: absences,
      message: `${o.name}（${o.detail}）${year}年抽查无故不在岗${absences}次，年度考核${cap.capText}`,
      link: { section: 'attendance', tab: 'spot-checks' },
    });
  }
  return [...leave, ...caps];
}

import { monthRange } from '../domain/calendar';
import { addDays, addMonths, monthOf } from '../domain/dates';
import { attendancePeriod } from '../domain/rules/attendance';
import { quarterOf } from '../domain/rules/assessment';
import { blankWeeklyItems, weeksOfMonth, type ScoreItemKey, type WeeklyItems } from '../domain/rules/weekly-score';
import { onPostDuring } from '../domain/rules/weekly-score-sheet';
import { Random } from './random';

/**
 * The 考核 part of the sample county: three months of weekly scores (and the ended weeks of this
 * month) in the first townships, with one cadre in two of them at the bottom two months running;
 * an annual assessment of last year and a routine one of the last quarter; two talks (one held and
 * closed, one planned for a black list); the reserve pool from the end-of-term reviews graded 优秀
 * plus a few recommendations. Dates relative to `today`; seeded, so every load is the same.
 */

/** A posting as the generator sees it. */
export interface SamplePostingRef {
  id: string;
  cadreId: string;
  /** The township the posting is in, if any. */
  townshipId: string | null;
  startDate: string;
  plannedEndDate: string;
  actualEndDate?: string | null;
  status: string;
}

export interface AssessmentSampleInput {
  today: string;
  seed: number;
  /** Townships in unit order. */
  townships: readonly { id: string; name: string }[];
  postings: readonly SamplePostingRef[];
  /** End-of-term reviews graded 优秀 (the reserve pool's first entries). */
  excellentReviews: readonly { postingId: string; cadreId: string; date: string }[];
}

export interface AssessmentSample {
  weeklyScores: { postingId: string; weekStart: string; items: WeeklyItems; scoredBy: string }[];
  assessments: { postingId: string; kind: string; period: string; assessingUnit: string; score?: number; grade?: string; hostOpinion?: string }[];
  talks: { cadreId: string; postingId: string; kind: string; trigger: string; triggerKey?: string; reason?: string; scheduledDate: string; heldDate?: string; talker: string; recorder: string; location?: string; content?: string; response?: string; followUpDate?: string; followUpResult?: string; status: string }[];
  reserve: { cadreId: string; sourcePostingId?: string; addedOn: string; basis: string; status: string; note?: string }[];
  /** The townships whose weeks were scored (the others are left for the clerk to try). */
  scoredTownships: string[];
}

/** At most this many townships (in unit order) get weekly scores … */
export const SCORED_TOWNSHIPS = 6;
/** … and no more than this many postings in them (a big county scores its first townships only). */
const SCORED_POSTINGS = 150;
/** Postings with a sample annual and routine assessment (the first ones). */
const ASSESSED_POSTINGS = 300;

const REASONS: Record<ScoreItemKey, string[]> = {
  residence: ['周三晚未在村住宿', '本周住村不足4晚', '未按规定报备离村'],
  attendance: ['周一例会迟到', '电话抽查未及时接听', '签到表漏签一次'],
  discipline: ['工作日午间饮酒被提醒', '着装不规范', '会议期间玩手机'],
  performance: ['走访台账未及时更新', '产业项目推进滞后', '民情日记记录过简', '群众诉求未按期回复'],
  other: ['信息报送迟报', '未参加镇党委理论学习'],
};
const SCORERS = ['镇组织委员', '镇党委副书记', '镇纪委书记'];

function deductions(r: Random, items: WeeklyItems, heavy: boolean): WeeklyItems {
  const out = { ...items };
  const hits = heavy ? r.int(2, 3) : r.weighted([[0, 55], [1, 35], [2, 10]] as const);
  for (let i = 0; i < hits; i++) {
    const key = r.pick(['residence', 'attendance', 'discipline', 'performance', 'other'] as const);
    const max = out[key].max;
    const deduction = Math.min(max, out[key].deduction + (heavy ? r.int(3, 6) : r.pick([0.5, 1, 1, 2, 3])));
    out[key] = { max, deduction, reason: r.pick(REASONS[key]) };
  }
  return out;
}

/** The 考核 sample for the postings and townships given. */
export function generateAssessmentSample(input: AssessmentSampleInput): AssessmentSample {
  const r = new Random(input.seed);
  const { today } = input;
  const thisMonth = monthOf(today);
  const months = [-3, -2, -1, 0].map((n) => monthOf(addMonths(`${thisMonth}-01`, n)));
  const scored: { id: string; name: string }[] = [];
  let scoredPostings = 0;
  for (const t of input.townships.slice(0, SCORED_TOWNSHIPS)) {
    const n = input.postings.filter((p) => p.townshipId === t.id).length;
    if (scored.length > 0 && scoredPostings + n > SCORED_POSTINGS) break;
    scored.push(t);
    scoredPostings += n;
  }
  const out: AssessmentSample = { weeklyScores: [], assessments: [], talks: [], reserve: [], scoredTownships: scored.map((t) => t.id) };

  // Weekly scores; in the first two townships one cadre on post all along is at the bottom in the last two ended months.
  const strugglers = new Map<string, string>();
  for (const t of scored.slice(0, 2)) {
    const candidates = input.postings.filter((p) => p.townshipId === t.id && onPostDuring(p, monthRange(months[0]!).first, today) && attendancePeriod(p).startDate <= monthRange(months[0]!).first);
    if (candidates.length >= 4) strugglers.set(t.id, r.pick(candidates).id);
  }
  for (const month of months) {
    let weeks: string[];
    try {
      weeks = weeksOfMonth(month).filter((w) => addDays(w, 6) < today);
    } catch {
      continue; // a month of a year without holiday data: left for the clerk
    }
    for (const t of scored) {
      const scorer = r.pick(SCORERS);
      for (const week of weeks) {
        for (const p of input.postings) {
          if (p.townshipId !== t.id || !onPostDuring(p, week, addDays(week, 6))) continue;
          const heavy = strugglers.get(t.id) === p.id && (month === months[1] || month === months[2]);
          out.weeklyScores.push({ postingId: p.id, weekStart: week, items: deductions(r, blankWeeklyItems(), heavy), scoredBy: scorer });
        }
      }
    }
  }

  // Talks: a heart-to-heart held and closed last month; a reminder planned for the second township's struggler.
  const held = input.postings.find((p) => p.townshipId === scored[0]?.id && p.id !== strugglers.get(scored[0]!.id) && onPostDuring(p, today, today));
  if (held) {
    const day = addDays(`${months[2]}-01`, r.int(8, 15));
    out.talks.push({
      cadreId: held.cadreId,
      postingId: held.id,
      kind: 'heartToHeart',
      trigger: 'complaint',
      reason: '群众反映入户走访次数偏少',
      scheduledDate: day,
      heldDate: day,
      talker: '王建军',
      recorder: '刘芳',
      location: '镇党委会议室',
      content: '了解挂职以来的工作和生活情况，指出入户走访不够深入的问题，要求每周入户不少于10户并记入民情日记。',
      response: '接受批评，立即制定走访计划，按要求做好记录。',
      followUpDate: addDays(day, 14),
      followUpResult: '回访村“两委”和群众，走访频次明显增加，民情日记记录完整。',
      status: 'closed',
    });
  }
  const second = scored[1] && strugglers.get(scored[1].id);
  const struggler = second ? input.postings.find((p) => p.id === second) : undefined;
  if (struggler) {
    out.talks.push({
      cadreId: struggler.cadreId,
      postingId: struggler.id,
      kind: 'reminder',
      trigger: 'weeklyBottom',
      triggerKey: `weeklyBottom:${months[2]}`,
      reason: '连续两个月列入周考评黑榜',
      scheduledDate: addDays(today, 3),
      talker: '陈志强',
      recorder: '刘芳',
      status: 'planned',
    });
  }

  // Assessments: last year's annual grade and the last ended quarter's routine score.
  const lastYear = String(Number(today.slice(0, 4)) - 1);
  const lastQuarter = quarterOf(addMonths(`${thisMonth}-01`, -3));
  const qFirst = `${lastQuarter.slice(0, 4)}-${String((Number(lastQuarter.slice(-1)) - 1) * 3 + 1).padStart(2, '0')}-01`;
  const qLast = addDays(addMonths(qFirst, 3), -1);
  for (const p of input.postings.slice(0, ASSESSED_POSTINGS)) {
    if (p.status === 'proposed' || p.status === 'approved' || p.status === 'cancelled') continue;
    if (onPostDuring(p, `${lastYear}-12-31`, `${lastYear}-12-31`) && p.startDate <= `${lastYear}-06-30`) {
      out.assessments.push({ postingId: p.id, kind: 'annual', period: lastYear, assessingUnit: 'receiving', grade: r.weighted([['1', 15], ['2', 80], ['3', 5]] as const) });
    }
    if (onPostDuring(p, qFirst, qLast)) {
      out.assessments.push({ postingId: p.id, kind: 'routine', period: lastQuarter, assessingUnit: 'receiving', score: r.int(82, 98) + r.pick([0, 0.5]) });
    }
  }

  // Reserve pool: every end-of-term 优秀 and a few recommendations, one of them already used.
  const taken = new Set<string>();
  for (const e of input.excellentReviews) {
    if (taken.has(e.cadreId)) continue;
    taken.add(e.cadreId);
    out.reserve.push({ cadreId: e.cadreId, sourcePostingId: e.postingId, addedOn: e.date <= today ? e.date : today, basis: 'endOfTermExcellent', status: 'in' });
  }
  const onPost = input.postings.filter((p) => onPostDuring(p, today, today) && !taken.has(p.cadreId));
  for (let i = 0; i < 3 && onPost.length; i++) {
    const p = onPost.splice(r.int(0, onPost.length - 1), 1)[0]!;
    taken.add(p.cadreId);
    out.reserve.push({
      cadreId: p.cadreId,
      addedOn: addDays(today, -r.int(30, 200)),
      basis: 'recommendation',
      status: i === 2 ? 'used' : 'in',
      note: i === 2 ? '已提拔任用为乡镇党委委员' : '接收单位党委推荐，挂职表现突出',
    });
  }
  return out;
}

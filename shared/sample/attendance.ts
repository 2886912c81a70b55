import { CalendarDataMissingError, addWorkdays, monthCalendar, nextWorkday } from '../domain/calendar';
import { addDays, addMonths } from '../domain/dates';
import { dayField } from '../domain/entities/attendance-month';
import type { LeaveTier } from '../domain/entities/leave-rule-set';
import { VILLAGE_POSTING_TYPES } from '../domain/enums';
import { attendancePeriod } from '../domain/rules/attendance';
import { leaveDays, requiredTier } from '../domain/rules/leave';
import type { InputOf } from '../domain/tables';
import { Random } from './random';

/**
 * The sample county's attendance (issue 10 item 7): three months — the two before today's and
 * today's up to the end of last week, so this week is still to be filled in — of mostly 在岗 with
 * some 公出, 迟到 and the odd 缺勤; leave requests of every kind and state (approved and reported
 * back, pending, one started before its last approval, one rejected, two overstayed); spot checks, a few of them finding an absence, one
 * person twice (so the grade-cap warnings show). Pure and seeded; dates relative to `today`.
 */

/** A posting as the generator needs it. */
export interface AttendanceSamplePosting {
  id: string;
  type: string;
  status: string;
  startDate: string;
  plannedEndDate: string;
  actualEndDate?: string | null;
  /** The tiers of its leave rule set, for the required tier. */
  tiers: LeaveTier[];
  countWorkingDaysOnly: boolean;
}

/** A leave request with its approvals, before ids are given. */
export interface SampleLeave {
  request: Omit<InputOf<'leaveRequests'>, 'status'> & { status: 'pending' | 'approved' | 'rejected' | 'reportedBack' };
  approvals: Omit<InputOf<'leaveApprovals'>, 'leaveRequestId'>[];
}

export interface SampleAttendance {
  months: InputOf<'attendanceMonths'>[];
  leaves: SampleLeave[];
  spotChecks: InputOf<'spotChecks'>[];
}

const SURNAMES = '王李张刘陈杨黄赵吴周';
const APPROVERS = (tier: number, r: Random) => `${r.pick([...SURNAMES])}${['队长', '书记', '部长', '主任'][Math.min(tier - 1, 3)]}`;
const REASONS: Record<string, [string, string][]> = {
  personal: [
    ['孩子升学报名', '达州市'],
    ['家中老人生病需照顾', '开江县城'],
    ['办理房屋过户手续', '达州市通川区'],
    ['参加亲属婚礼', '重庆市万州区'],
  ],
  sick: [
    ['感冒发烧就医', '县人民医院'],
    ['腰椎间盘突出复查', '达州市中心医院'],
  ],
  annual: [['年休假', '开江县城']],
  bereavement: [['直系亲属丧事', '宣汉县']],
  official: [['参加县委组织部业务培训', '县委党校']],
};
const INSPECTORS = ['何建', '罗静', '唐立', '邓明'];

/** Working days and rest days of the months, from the calendar; a month without calendar data is left out. */
function monthsAround(today: string): string[] {
  return [-2, -1, 0].map((n) => addMonths(`${today.slice(0, 7)}-01`, n).slice(0, 7));
}

/** The three months of attendance, leave and spot checks of `postings`. */
export function generateSampleAttendance(postings: readonly AttendanceSamplePosting[], opts: { today: string; seed: number }): SampleAttendance {
  const r = new Random(opts.seed);
  const today = opts.today;
  // recorded up to last Sunday: the clerk enters the week when it is over
  const dow = (new Date(`${today}T00:00:00Z`).getUTCDay() + 6) % 7;
  const recordedTo = addDays(today, -dow - 1);
  const out: SampleAttendance = { months: [], leaves: [], spotChecks: [] };
  const months = monthsAround(today).filter((m) => {
    try {
      monthCalendar(m);
      return true;
    } catch (e) {
      if (e instanceof CalendarDataMissingError) return false;
      throw e;
    }
  });
  if (!months.length) return out;
  const windowStart = `${months[0]}-01`;
  let overstayed = 0;
  let rejected = 0;
  let startedPending = 0;
  let twice = 0;

  for (const p of postings) {
    const period = attendancePeriod(p);
    const inPeriod = (d: string) => d >= period.startDate && (period.endDate === null || d <= period.endDate);
    const village = VILLAGE_POSTING_TYPES.includes(p.type);
    const diligent = r.chance(0.85);
    for (const month of months) {
      const record: Record<string, unknown> = { postingId: p.id, month };
      let any = false;
      for (const d of monthCalendar(month)) {
        if (d.date > recordedTo || !inPeriod(d.date)) continue;
        let status: string | null = null;
        if (d.workday) {
          status = r.weighted([
            ['present', diligent ? 90 : 80],
            ['officialOuting', 6],
            ['late', diligent ? 1 : 5],
            ['earlyLeave', diligent ? 0.5 : 3],
            ['absent', diligent ? 0.2 : 2],
            ['rotatingRest', village ? 1.5 : 0],
          ] as const);
        } else if (village && r.chance(0.12)) status = 'present'; // a weekend in the village (counts)
        if (status) {
          record[dayField(d.day)] = status;
          any = true;
        }
      }
      if (any) out.months.push(record as InputOf<'attendanceMonths'>);
    }

    // leave: one request for about one posting in eight, two for a few
    const requests = r.chance(0.12) ? (r.chance(0.2) ? 2 : 1) : 0;
    let after = windowStart > period.startDate ? windowStart : period.startDate;
    for (let i = 0; i < requests; i++) {
      // A leave running into a year the calendar does not know yet (in December) ends this posting's leaves.
      try {
        const type = r.weighted([['personal', 50], ['sick', 30], ['annual', 10], ['bereavement', 4], ['official', 6]] as const);
        const [reason, destination] = r.pick(REASONS[type]!);
        const start = addWorkdays(after, r.int(3, 25));
        const length = r.weighted([[1, 30], [2, 25], [3, 20], [4, 12], [5, 8], [0.5, 5]] as const);
        const half = length === 0.5;
        const end = half ? start : addWorkdays(start, Math.max(0, Math.ceil(length) - 1));
        if (!inPeriod(start) || !inPeriod(end)) break;
        after = addDays(end, 2);
        const period_ = { startDate: start, startHalf: half ? 'pm' : 'full', endDate: end, endHalf: 'full' };
        const rules = { tiers: p.tiers, countWorkingDaysOnly: p.countWorkingDaysOnly };
        const days = leaveDays(period_, rules);
        if (days < 0.5) continue;
        const tier = requiredTier(days, p.tiers);
        const asked = addDays(start, -r.int(1, 4));
        const future = start > today;
        let status: SampleLeave['request']['status'];
        let approvedThrough = tier;
        let reportedBackDate: string | null = null;
        if (future && r.chance(0.6)) {
          status = 'pending';
          approvedThrough = r.int(0, tier - 1);
        } else if (!future && tier > 1 && startedPending < 1 && r.chance(0.2)) {
          status = 'pending'; // went before the last tier decided: the 概览 says so
          approvedThrough = tier - 1;
          startedPending++;
        } else if (!future && rejected < 1 && r.chance(0.15)) {
          status = 'rejected';
          approvedThrough = 0;
          rejected++;
        } else {
          status = 'approved';
          const deadline = nextWorkday(end);
          const late = deadline < addDays(today, -3) && overstayed < 2 && r.chance(0.4);
          if (late) overstayed++;
          else if (deadline <= today) {
            reportedBackDate = r.chance(0.8) ? deadline : addDays(end, 1);
            status = 'reportedBack';
          }
        }
        const approvals: SampleLeave['approvals'] = [];
        for (let t = 1; t <= (status === 'rejected' ? 1 : approvedThrough); t++) {
          approvals.push({
            tier: t,
            approverRole: p.tiers[t - 1]?.approverRole ?? `第${t}级`,
            approverName: APPROVERS(t, r),
            decision: status === 'rejected' ? 'rejected' : 'approved',
            date: addDays(asked, t - 1 > 2 ? 2 : t - 1),
            comment: status === 'rejected' ? '近期工作任务重，暂不同意' : t === tier ? '同意，请按时销假' : '同意',
          });
        }
        out.leaves.push({
          request: {
            postingId: p.id,
            type,
            ...period_,
            days,
            reason,
            destination,
            deputy: r.chance(0.7) ? `${r.pick([...SURNAMES])}${r.pick(['华', '敏', '强', '丽'])}` : null,
            evidence: type === 'sick' ? '医院诊断证明' : type === 'official' ? '培训通知' : null,
            requiredTier: tier,
            status,
            reportedBackDate,
            copies: ['驻村工作队', '乡镇党委', '县委组织部'],
          },
          approvals,
        });
      } catch (e) {
        if (e instanceof CalendarDataMissingError) break;
        throw e;
      }
    }

    // spot checks: mostly village teams
    if (r.chance(village ? 0.25 : 0.05)) {
      const checks = twice < 1 && village && r.chance(0.2) ? 2 : 1;
      if (checks === 2) twice++;
      for (let i = 0; i < checks; i++) {
        const date = addWorkdays(windowStart, r.int(2, 40));
        if (date > today || !inPeriod(date)) continue;
        const absent = checks === 2 || r.chance(0.15);
        out.spotChecks.push({
          postingId: p.id,
          date,
          time: `${String(r.int(9, 16)).padStart(2, '0')}:${String(r.int(0, 5) * 10).padStart(2, '0')}`,
          kind: r.weighted([['unannounced', 5], ['phone', 3], ['announced', 1], ['video', 1]] as const),
          inspector: r.pick(INSPECTORS),
          inspectorUnit: '县委组织部',
          result: absent ? 'absentUnexcused' : r.weighted([['onDuty', 8], ['officialOuting', 1]] as const),
          note: absent ? '到村后未见本人，电话联系称在县城办事，未请假' : null,
        });
      }
    }
  }
  return out;
}

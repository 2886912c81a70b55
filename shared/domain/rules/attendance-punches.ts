import type { AttendanceStatusCode } from './attendance';

/**
 * What raw clock-in punches of one posting-day (DingTalk 原始记录/每日统计, WeChat Work 打卡记录)
 * suggest as the day's status. The import previews the suggestion; it never overwrites a status a
 * clerk set by hand without saying so (issue 10).
 */
export interface Punch {
  date?: string;
  /** 'HH:mm' or empty for a missing punch. */
  time?: string | null;
  /** 打卡结果 as the export writes it: 正常, 迟到, 严重迟到, 旷工迟到, 早退, 缺卡, 外勤, 请假, 出差, 外出, 休息 … */
  result: string;
}

export interface PunchSuggestion {
  status: AttendanceStatusCode;
  /** true when the punches are incomplete or unclear and a clerk should look before importing. */
  needsReview: boolean;
  /** Why, in Chinese, for the preview. */
  reason: string;
}

type Finding = 'leave' | 'absent' | 'late' | 'earlyLeave' | 'missing' | 'outing' | 'rest' | 'normal' | 'unknown';

/** Reads one result text; the first matching rule wins (旷工迟到 is 旷工, 严重迟到 is 迟到). */
function classify(result: string): Finding {
  const t = result.replace(/\s+/g, '');
  if (t === '') return 'missing';
  if (/请假|事假|病假|年假|调休假|婚假|产假|丧假/.test(t)) return 'leave';
  if (/旷工/.test(t)) return 'absent';
  if (/迟到/.test(t)) return 'late';
  if (/早退/.test(t)) return 'earlyLeave';
  if (/缺卡|未打卡|漏打卡/.test(t)) return 'missing';
  if (/外勤|出差|外出|公出/.test(t)) return 'outing';
  if (/休息/.test(t)) return /打卡/.test(t) ? 'normal' : 'rest';
  if (/正常|normal|已打卡|补卡/i.test(t)) return 'normal';
  return 'unknown';
}

const PRESENCE: readonly Finding[] = ['normal', 'late', 'earlyLeave', 'outing'];

/**
 * The status the punches of one day suggest: 请假 if any says so; 旷工 → 缺勤; otherwise a day with
 * at least one real punch is in post — 迟到 before 早退 before 外勤/出差 (公出) before 正常; a day
 * with only missing punches → 缺勤 to review; 休息 → rest. Unknown result texts and missing punches
 * beside real ones are flagged for review.
 */
export function statusFromPunches(punches: readonly Punch[]): PunchSuggestion {
  if (punches.length === 0) return { status: 'unknown', needsReview: true, reason: '当天没有打卡记录' };
  const findings = punches.map((p) => classify(p.result));
  const unknownTexts = punches.filter((_, i) => findings[i] === 'unknown').map((p) => `“${p.result}”`);
  const review = unknownTexts.length > 0 || (findings.includes('missing') && findings.some((f) => PRESENCE.includes(f)));
  const note = (reason: string) => (unknownTexts.length ? `${reason}；无法识别的打卡结果${unknownTexts.join('、')}` : reason);
  const at = (f: Finding) => {
    const p = punches[findings.indexOf(f)]!;
    return p.time ? `（${p.time}）` : '';
  };
  if (findings.includes('leave')) return { status: 'leave', needsReview: review, reason: note('打卡结果为请假，请核对是否有已批准的请假') };
  if (findings.includes('absent')) return { status: 'absent', needsReview: true, reason: note('打卡结果为旷工') };
  if (findings.includes('late')) return { status: 'late', needsReview: review, reason: note(`上班迟到${at('late')}`) };
  if (findings.includes('earlyLeave')) return { status: 'earlyLeave', needsReview: review, reason: note(`下班早退${at('earlyLeave')}`) };
  if (findings.includes('outing')) return { status: 'officialOuting', needsReview: review, reason: note('外勤或出差打卡，按公出计') };
  if (findings.includes('normal')) {
    return { status: 'present', needsReview: review, reason: note(findings.includes('missing') ? '有正常打卡，另有缺卡，按在岗计' : '打卡正常') };
  }
  if (findings.includes('rest')) return { status: 'rest', needsReview: review, reason: note('休息日') };
  if (findings.every((f) => f === 'missing')) return { status: 'absent', needsReview: true, reason: '全天缺卡，请核实是否在岗' };
  return { status: 'unknown', needsReview: true, reason: note('打卡结果无法判断') };
}

import { daysBetween, formatDateDotted } from '../dates';
import { ON_POST_STATUSES } from '../enums';

/** Where an alert leads when the clerk opens it: a section, its tab and params (see renderer routes). */
export interface AlertLink {
  section: string;
  tab?: string;
  params?: Record<string, string>;
}

/**
 * A computed warning on 概览 (DOMAIN §2.17, §7.5); never stored or synced. `kind` names the rule
 * that raised it (`expiring`, `overdue`, `fileIncomplete`, `dataQuality` here; each feature adds
 * its own, e.g. `leaveOverstayed`); 概览 groups alerts into tabs by kind.
 */
export interface Alert {
  kind: string;
  severity: 'red' | 'amber' | 'yellow';
  postingId?: string;
  cadreId?: string;
  /** days until the planned end (negative when overdue), or the days a rule counts */
  days?: number;
  /** the date the alert is about (a deadline, the last entry …), `YYYY-MM-DD` */
  dueDate?: string;
  /** where 查看 leads; default the posting (else the cadre) in 干部与挂职 */
  link?: AlertLink;
  message: string;
}

/** Expiry thresholds, in days (DOMAIN §7.5: 90/60/30, yellow/amber/red). */
export const EXPIRY_BANDS = [30, 60, 90] as const;

/** The colour of a term ending in `days` days, or undefined when it is further out than 90. */
export function expirySeverity(days: number): Alert['severity'] | undefined {
  return days <= 30 ? 'red' : days <= 60 ? 'amber' : days <= 90 ? 'yellow' : undefined;
}

interface PostingLike {
  id: string;
  cadreId: string;
  status: string;
  plannedEndDate: string;
}
interface ReviewLike {
  postingId: string;
  grade?: string | null;
  selfSummary?: string | null;
  hostOpinion?: string | null;
  homeOpinion?: string | null;
}

/**
 * Term alerts for postings on post: ending within 90 days (by band), overdue, and — within 30 days
 * of the end or past it — an end-of-term file that lacks the summary, the host's appraisal or the
 * home unit's opinion ([W-tsw] [W-nb]). `name` gives the cadre's name for the message.
 */
export function termAlerts(postings: readonly PostingLike[], reviews: readonly ReviewLike[], today: string, name: (cadreId: string) => string): Alert[] {
  const byPosting = new Map(reviews.map((r) => [r.postingId, r]));
  const out: Alert[] = [];
  for (const p of postings) {
    if (!ON_POST_STATUSES.includes(p.status)) continue;
    const days = daysBetween(today, p.plannedEndDate);
    const who = name(p.cadreId);
    if (days < 0) out.push({ kind: 'overdue', severity: 'red', postingId: p.id, cadreId: p.cadreId, days, message: `${who}挂职已于${formatDateDotted(p.plannedEndDate)}期满，逾期${-days}天仍为在岗状态，请办理期满结束或延期` });
    else {
      const severity = expirySeverity(days);
      if (severity) out.push({ kind: 'expiring', severity, postingId: p.id, cadreId: p.cadreId, days, message: `${who}挂职将于${formatDateDotted(p.plannedEndDate)}期满（还有${days}天）` });
    }
    if (days <= 30) {
      const r = byPosting.get(p.id);
      const missing = !r ? ['期满考察', '个人总结', '接收单位鉴定', '派出单位意见'] : [!r.selfSummary && '个人总结', !r.hostOpinion && '接收单位鉴定', !r.homeOpinion && '派出单位意见'].filter((x): x is string => !!x);
      if (missing.length)
        out.push({ kind: 'fileIncomplete', severity: days < 0 ? 'red' : 'amber', postingId: p.id, cadreId: p.cadreId, days, message: `${who}期满材料不全：缺${missing.join('、')}` });
    }
  }
  return out.sort((a, b) => (a.days ?? 0) - (b.days ?? 0));
}

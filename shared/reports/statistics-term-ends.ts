// Terms ending per month (the 概览 chart beside the 期满名单): on-post postings by the month their
// term ends (extensions counted), this month and the following ones.
import { addMonths, monthOf } from '../domain/dates';
import { ON_POST_STATUSES } from '../domain/enums';
import { termEndDate } from './posting-format';
import type { ReportPosting } from './report-records';

/** One month of the chart: its label and the postings ending in it. */
export interface TermEndMonth {
  month: string;
  label: string;
  postingIds: string[];
}

/**
 * On-post postings whose term ends from `today` to the end of the `months`-th month (this month
 * first), by month. A term already over is not counted (the 逾期 card shows those).
 */
export function termEndsByMonth(postings: readonly ReportPosting[], today: string, months = 12): TermEndMonth[] {
  const first = monthOf(today);
  const out: TermEndMonth[] = Array.from({ length: months }, (_, i) => {
    const month = monthOf(addMonths(`${first}-01`, i));
    const m = Number(month.slice(5));
    // the year on the first bar and on January only: 2026年12月, 2027年1月, 2月 …
    return { month, label: i === 0 || m === 1 ? `${month.slice(0, 4)}年${m}月` : `${m}月`, postingIds: [] };
  });
  const index = new Map(out.map((m, i) => [m.month, i]));
  for (const p of postings) {
    if (p._deleted || !ON_POST_STATUSES.includes(p.status)) continue;
    const end = termEndDate(p);
    if (end < today) continue;
    const i = index.get(end.slice(0, 7));
    if (i !== undefined) out[i]!.postingIds.push(p.id);
  }
  return out;
}

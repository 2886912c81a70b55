import { formatMonthDotted, isValidIsoDate, isValidIsoMonth } from './dates';

/**
 * 周岁 at a reference date: year(ref) − year(birth) − (monthDay(ref) < monthDay(birth) ? 1 : 0).
 * A month-precision birth ('YYYY-MM') is compared at month granularity, so a person born 1985-03 is
 * 39 on 2025-02-28 and 40 from 2025-03-01. Someone born on 29 February turns a year older on 1 March
 * in common years. Undefined when either date is not a real `YYYY-MM(-DD)` date: a typo in a form
 * (2099.13) must reach the rules as "no age", never as an exception.
 */
export function ageAt(birth: string, ref: string): number | undefined {
  if (!(isValidIsoDate(birth) || isValidIsoMonth(birth)) || !isValidIsoDate(ref)) return undefined;
  const by = Number(birth.slice(0, 4));
  const bm = Number(birth.slice(5, 7));
  const ry = Number(ref.slice(0, 4));
  const rm = Number(ref.slice(5, 7));
  if (birth.length === 7) return ry - by - (rm < bm ? 1 : 0);
  const bd = Number(birth.slice(8, 10));
  const rd = Number(ref.slice(8, 10));
  return ry - by - (rm * 100 + rd < bm * 100 + bd ? 1 : 0);
}

/** 出生年月（年龄） as rosters print it: `1985.03（39岁）`; the month alone when no age can be computed. */
export function birthWithAge(birth: string | null | undefined, ref: string): string {
  if (!birth) return '';
  const age = ageAt(birth, ref);
  return age === undefined ? formatMonthDotted(birth) : `${formatMonthDotted(birth)}（${age}岁）`;
}

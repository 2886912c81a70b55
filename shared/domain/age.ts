const BIRTH = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;
const REF = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * 周岁 at a reference date: year(ref) − year(birth) − (monthDay(ref) < monthDay(birth) ? 1 : 0).
 * A month-precision birth ('YYYY-MM') is compared at month granularity, so a person born 1985-03 is
 * 39 on 2025-02-28 and 40 from 2025-03-01. Someone born on 29 February turns a year older on 1 March
 * in common years. Throws RangeError for malformed input.
 */
export function ageAt(birth: string, ref: string): number {
  const b = BIRTH.exec(birth);
  const r = REF.exec(ref);
  if (!b) throw new RangeError(`出生日期“${birth}”无效，应为 YYYY-MM-DD 或 YYYY-MM`);
  if (!r) throw new RangeError(`计算年龄的日期“${ref}”无效，应为 YYYY-MM-DD`);
  const by = Number(b[1]);
  const bm = Number(b[2]);
  const ry = Number(r[1]);
  const rm = Number(r[2]);
  if (b[3] === undefined) return ry - by - (rm < bm ? 1 : 0);
  const bd = Number(b[3]);
  const rd = Number(r[3]);
  return ry - by - (rm * 100 + rd < bm * 100 + bd ? 1 : 0);
}

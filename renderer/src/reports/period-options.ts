// Options several reports share: a month, a year, a cut-off date, a township (or the county).
import { z } from 'zod';
import { isValidIsoDate, isValidIsoMonth, monthOf, todayIso } from '@shared/domain/dates';
import { monthRange } from '@shared/domain/calendar';
import { LEAVE_REGISTER_TEXTS } from './attendance-texts';
import { option } from './report-definition';
import { ASSESSMENT_OPTION_TEXTS as T } from './texts';

/** A month `YYYY-MM`, this month by default. */
export function monthOption(label: string = T.month) {
  return option(z.string().refine(isValidIsoMonth, T.monthInvalid).default(() => monthOf(todayIso())), { label, control: { kind: 'month' } });
}

/** A day `YYYY-MM-DD`, today by default. */
export function dateOption(label: string, invalid: string) {
  return option(z.string().refine(isValidIsoDate, invalid).default(() => todayIso()), { label, control: { kind: 'date' } });
}

/** A year `2026` among the last `back` years, this year by default. */
export function yearOption(back = 5) {
  return option(z.string().regex(/^\d{4}$/, T.yearInvalid).default(() => todayIso().slice(0, 4)), { label: T.year, control: { kind: 'year', back } });
}

/** A township id, or '' for the whole county (the default). */
export function townshipOption(allLabel: string = T.allUnits) {
  return option(z.string().default(''), { label: T.township, control: { kind: 'township', allLabel } });
}

/** 本月 or 全年 (of the selected month): the registers of leave and spot checks. */
export function monthOrYearOption() {
  return option(z.enum(['month', 'year']).default('month'), {
    label: LEAVE_REGISTER_TEXTS.period,
    control: { kind: 'radio', choices: [{ value: 'month', label: LEAVE_REGISTER_TEXTS.month }, { value: 'year', label: LEAVE_REGISTER_TEXTS.year }] },
  });
}

/** The first and last day of `month`, or of its year. */
export function monthOrYearRange(month: string, period: 'month' | 'year'): [string, string] {
  if (period === 'month') return [monthRange(month).first, monthRange(month).last];
  const year = month.slice(0, 4);
  return [`${year}-01-01`, `${year}-12-31`];
}

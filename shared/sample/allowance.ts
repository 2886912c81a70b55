// The sample county's allowances: the month before last paid (reviewed, paid on the 10th of the
// next month, a few home trips with their fares), last month computed and waiting for review.
import { addMonths } from '../domain/dates';
import { Random } from './random';

/** What the sample step does with the allowances. */
export interface SampleAllowancePlan {
  /** `YYYY-MM`: computed, approved and paid. */
  paidMonth: string;
  /** `YYYY-MM-DD`: the day the paid month was paid. */
  paidOn: string;
  /** `YYYY-MM`: computed, left 待审核. */
  draftMonth: string;
  /** Home trips entered for the paid month: every how-many-th payment under a rule with trips gets one, and its fare. */
  trip: (index: number) => { trips: number; fare: number } | null;
}

/** The plan relative to `today`, seeded so a reload gives the same trips. */
export function sampleAllowancePlan(today: string, seed: number): SampleAllowancePlan {
  const paidMonth = addMonths(today, -2).slice(0, 7);
  const random = new Random(seed ^ 0x5a17);
  const fares = Array.from({ length: 64 }, () => (random.chance(0.6) ? { trips: 1, fare: random.int(90, 460) } : null));
  return {
    paidMonth,
    paidOn: `${addMonths(`${paidMonth}-01`, 1).slice(0, 7)}-10`,
    draftMonth: addMonths(today, -1).slice(0, 7),
    trip: (index) => fares[index % fares.length] ?? null,
  };
}

// What each feature adds to the sample county once its units, batches, cadres and postings are in
// (attendance, leave, 纪实, scores, allowances …), so every screen shows something on first try.
//
// HOW TO ADD A SAMPLE STEP: write the data as a pure, seeded generator in
// shared/sample/<feature>.ts (dates relative to `today`, realistic Chinese content), then one entry
// below whose `run` reads the postings it needs, writes through `store.write` (the Writer validates
// and stamps every record like a clerk's entry; big sets in chunks of a few thousand) and returns
// how many records it wrote. Steps run in order, after the base county.
import type { Store } from '../store';
import { loadSampleAllowances } from './allowance-sample';
import { loadSampleRecords } from './sample-records';
import { loadAttendanceSample } from './attendance';
import { loadAssessmentSample } from './assessment-sample';

/** What a sample step gets. */
export interface SampleStepContext {
  store: Store;
  /** `YYYY-MM-DD`, the day the sample is loaded (every date of the sample is relative to it) */
  today: string;
  /** a fixed seed per load, for the generators' Random */
  seed: number;
}

/** One feature's part of the sample county. */
export interface SampleStep {
  /** shown beside the progress bar, e.g. `考勤和请假` */
  label: string;
  run: (ctx: SampleStepContext) => Promise<number>;
}

/** Every step, in order. */
export const SAMPLE_STEPS: readonly SampleStep[] = [
  { label: '考勤、请假和抽查', run: loadAttendanceSample },
  { label: '纪实手册', run: loadSampleRecords },
  { label: '周考评、考核、谈话和后备干部', run: loadAssessmentSample },
  { label: '生活补助', run: loadSampleAllowances },
];

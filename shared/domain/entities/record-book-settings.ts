import { z } from 'zod';
import { optNumber, optText, text } from './fields';

/** An optional whole number in a range (a count of days, months or words). */
function optWhole(title: string, min: number, max: number) {
  return optNumber(title, min, max).refine((v) => v === null || Number.isInteger(v), { message: `${title}应为整数` });
}

/** The key of the county's one settings record of the 纪实手册 (its id is keyed on it). */
export const RECORD_BOOK_SETTINGS_KEY = 'county';

/**
 * 纪实手册设置: the 使用说明 printed in every book and the thresholds of the record-book alerts and
 * of the short-entry hint, set by the 组织部 in 设置. A synced record (one per county, keyed), so a
 * township prints the same 使用说明 and counts the same thresholds as the 组织部; each field merges on
 * its own. Empty fields mean the app's defaults (DEFAULT_RECORD_BOOK_RULES, the default 使用说明).
 */
export const RecordBookSettingsSchema = z.object({
  key: text('设置项', { max: 20 }),
  instructions: optText('使用说明', { max: 5000 }),
  maxDaysWithoutEntry: optWhole('纪实中断提醒天数', 1, 60),
  monthlyAnalysisDueDay: optWhole('月分析截止日', 1, 28),
  inspectionIntervalMonths: optWhole('检查间隔月数', 1, 24),
  minDailyWords: optWhole('每日纪实最少字数', 0, 500),
});
export type RecordBookSettings = z.infer<typeof RecordBookSettingsSchema>;

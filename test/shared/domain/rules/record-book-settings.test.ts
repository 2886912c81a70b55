import { describe, expect, it } from 'vitest';
import { DEFAULT_RECORD_BOOK_RULES } from '@shared/domain/rules/record-book';
import { DEFAULT_RECORD_BOOK_INSTRUCTIONS, recordBookInstructionsOf, recordBookRulesOf } from '@shared/domain/rules/record-book-settings';
import { RecordBookSettingsSchema } from '@shared/domain/entities/record-book-settings';

describe('纪实手册 settings', () => {
  it('empty settings mean the defaults; a set value replaces its default only', () => {
    expect(recordBookRulesOf(undefined)).toEqual(DEFAULT_RECORD_BOOK_RULES);
    expect(recordBookRulesOf({ maxDaysWithoutEntry: 10, minDailyWords: null })).toEqual({ ...DEFAULT_RECORD_BOOK_RULES, maxDaysWithoutEntry: 10 });
    expect(recordBookInstructionsOf({ instructions: '  ' })).toBe(DEFAULT_RECORD_BOOK_INSTRUCTIONS);
    expect(recordBookInstructionsOf({ instructions: '一、按日填写。' })).toBe('一、按日填写。');
  });
  it('refuses fractions and values out of range in Chinese', () => {
    const r = RecordBookSettingsSchema.safeParse({ key: 'county', maxDaysWithoutEntry: 7.5, monthlyAnalysisDueDay: 31 });
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.message)).toEqual(['纪实中断提醒天数应为整数', '月分析截止日不能大于28']);
  });
});

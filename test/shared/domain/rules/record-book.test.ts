import { describe, expect, it } from 'vitest';
import { workdaysInRange } from '@shared/domain/calendar';
import { type EntryLike, entriesExpectedFound, entryWordCount, recordBookAlerts, shortEntryHint } from '@shared/domain/rules/record-book';

describe('word count of a daily entry', () => {
  it('counts each Chinese character and each run of letters or digits once', () => {
    expect(entryWordCount('走访入户5户，了解群众诉求。')).toBe(12);
    expect(entryWordCount('参加2026年第1次党委会')).toBe(10);
    expect(entryWordCount('争取资金3.5万元')).toBe(7);
    expect(entryWordCount('Visit the farm')).toBe(3);
    expect(entryWordCount('  ，。！  ')).toBe(0);
  });

  it('hints when an entry is shorter than the minimum', () => {
    expect(shortEntryHint('开会。')).toBe('本条纪实仅2字，少于10字，请写明做了什么、在哪里、效果如何');
    expect(shortEntryHint('到石岭村走访脱贫户三户')).toBeNull();
    expect(shortEntryHint('到石岭村走访', 5)).toBeNull();
  });
});

describe('entries expected vs found for an inspection', () => {
  it('expects the working days of the period on post and counts the days with an entry', () => {
    const daily = [...workdaysInRange('2026-03-02', '2026-03-27').filter((d) => d !== '2026-03-10' && d !== '2026-03-11'), '2026-03-07'];
    const entries = [...daily.map((date) => ({ kind: 'daily', date })), { kind: 'monthlyAnalysis', date: '2026-03-31' }, { kind: 'daily', date: '2026-02-27' }];
    expect(entriesExpectedFound({ from: '2026-03-01', to: '2026-03-31' }, { startDate: '2026-01-05', endDate: null }, entries)).toEqual({
      expected: 22,
      found: 19,
      missingDates: ['2026-03-10', '2026-03-11', '2026-03-30', '2026-03-31'],
    });
    // Only the part of the period on post counts.
    expect(entriesExpectedFound({ from: '2026-03-01', to: '2026-03-31' }, { startDate: '2026-03-23', endDate: null }, entries)).toMatchObject({ expected: 7, found: 5 });
    expect(entriesExpectedFound({ from: '2026-03-01', to: '2026-03-31' }, { startDate: '2026-04-01', endDate: null }, entries)).toEqual({ expected: 0, found: 0, missingDates: [] });
  });
});

describe('record-book alerts', () => {
  const postings = [
    { id: 'a', name: '张三', status: 'active', startDate: '2026-01-05', plannedEndDate: '2028-01-04' },
    { id: 'b', name: '李四', status: 'active', startDate: '2025-12-01', plannedEndDate: '2027-11-30' },
    { id: 'c', name: '王五', status: 'completed', startDate: '2024-01-01', plannedEndDate: '2025-12-31', actualEndDate: '2025-12-31' },
  ];
  const entries: EntryLike[] = [
    ...workdaysInRange('2026-01-05', '2026-03-27').map((date) => ({ postingId: 'a', kind: 'daily', date })),
    { postingId: 'a', kind: 'monthlyAnalysis', periodStart: '2026-01-01' },
    { postingId: 'a', kind: 'monthlyAnalysis', date: '2026-02-28' },
  ];
  const inspections = [{ postingId: 'a', date: '2026-02-10', rectificationRequired: true, rectifyBy: '2026-03-10', rectifiedOn: null }];

  it('warns about gaps, missing analyses, overdue inspections and rectifications', () => {
    const alerts = recordBookAlerts({ today: '2026-04-10', postings, entries, inspections });
    expect(alerts.map((a) => [a.postingId, a.kind, a.message])).toEqual([
      // 3-30 … 4-09 minus the 清明节 Monday: 8 working days.
      ['a', 'dailyEntryGap', '张三已连续8个工作日未填写工作纪实（最近一次：2026年3月27日）'],
      ['a', 'monthlyAnalysisMissing', '张三缺少2026年3月的月工作记实分析（应于次月5日前完成）'],
      ['a', 'rectificationOverdue', '张三的纪实手册检查（2026年2月10日）要求整改，期限2026年3月10日，已逾期31天'],
      // December 23 + January 21 + February 16 + March 22 + 1–9 April 6 working days.
      ['b', 'dailyEntryGap', '李四自2025年12月1日到岗以来尚未填写工作纪实（已88个工作日）'],
      ['b', 'monthlyAnalysisMissing', '李四缺少2025年12月、2026年1月、2026年2月、2026年3月的月工作记实分析（应于次月5日前完成）'],
      ['b', 'inspectionOverdue', '李四自2025年12月1日到岗以来纪实手册未经检查，已超过3个月'],
    ]);
  });

  it('stays quiet within the thresholds', () => {
    const rectified = [{ ...inspections[0]!, rectifiedOn: '2026-03-08' }];
    const withMarch = [...entries, { postingId: 'a', kind: 'monthlyAnalysis', periodStart: '2026-03-01' }];
    // 30 March … 7 April: 6 working days, not more than 7.
    expect(recordBookAlerts({ today: '2026-04-08', postings: [postings[0]!], entries: withMarch, inspections: rectified })).toEqual([]);
    // The March analysis is not due before 5 April.
    expect(recordBookAlerts({ today: '2026-04-05', postings: [postings[0]!], entries, inspections: rectified })).toEqual([]);
    // The next inspection is due three months after the last one.
    expect(recordBookAlerts({ today: '2026-05-11', postings: [postings[0]!], entries: [], inspections: rectified }).map((a) => a.kind)).toContain('inspectionOverdue');
    expect(recordBookAlerts({ today: '2026-05-10', postings: [postings[0]!], entries: [], inspections: rectified }).map((a) => a.kind)).not.toContain('inspectionOverdue');
  });

  it('takes configured thresholds', () => {
    const rules = { maxDaysWithoutEntry: 3, monthlyAnalysisDueDay: 10, inspectionIntervalMonths: 6, minDailyWords: 10 };
    const alerts = recordBookAlerts({ today: '2026-04-08', postings: [postings[0]!], entries, inspections: [], rules });
    expect(alerts.map((a) => a.message)).toEqual(['张三已连续6个工作日未填写工作纪实（最近一次：2026年3月27日）']);
  });
});

import { DEFAULT_RECORD_BOOK_RULES, type RecordBookRuleSet } from './record-book';

/**
 * The 纪实手册 settings of a county (设置 → 纪实手册): the 使用说明 printed in every book and the
 * thresholds of the alerts and the short-entry hint. An empty setting means the default below.
 */

/** The 使用说明 printed when the 组织部 has not written its own (one paragraph per line). */
export const DEFAULT_RECORD_BOOK_INSTRUCTIONS = [
  '一、本手册是挂职干部在挂职期间工作情况的真实记录，是组织部门考核、评价和使用干部的重要依据。手册由挂职干部本人如实填写，妥善保管，不得遗失、涂改或撕页。',
  '二、“工作纪实”按日填写，每个工作日记录当天的主要工作内容、地点和完成情况，做到日清日记；外出、请假、参加培训等情况一并注明。',
  '三、每月初填写“月度工作任务”；每月结束后，于次月5日前完成“月工作记实分析”，从工作进度、数量、质量、效率以及存在的问题和改进措施等方面进行自我分析。',
  '四、每季度末撰写“季度个人小结”，由接收单位分管领导审阅并签署意见；参加的学习培训、开展的调研一并记入手册。',
  '五、县委组织部定期或不定期检查纪实手册，检查意见记入“检查记录”。经检查的纪实不得改动；确需更正的，在原记录之后注明更正内容、原因和日期，原记录保留。',
  '六、挂职期满，本人撰写挂职锻炼总结，接收单位、派出单位和县委组织部分别签署意见并盖章后，手册交县委组织部存入干部档案。',
].join('\n');

/** The stored settings as these rules read them (null fields: defaults). */
export interface RecordBookSettingsLike {
  instructions?: string | null;
  maxDaysWithoutEntry?: number | null;
  monthlyAnalysisDueDay?: number | null;
  inspectionIntervalMonths?: number | null;
  minDailyWords?: number | null;
}

/** The thresholds in force: each setting, or its default when empty. */
export function recordBookRulesOf(settings: RecordBookSettingsLike | null | undefined): RecordBookRuleSet {
  const d = DEFAULT_RECORD_BOOK_RULES;
  return {
    maxDaysWithoutEntry: settings?.maxDaysWithoutEntry ?? d.maxDaysWithoutEntry,
    monthlyAnalysisDueDay: settings?.monthlyAnalysisDueDay ?? d.monthlyAnalysisDueDay,
    inspectionIntervalMonths: settings?.inspectionIntervalMonths ?? d.inspectionIntervalMonths,
    minDailyWords: settings?.minDailyWords ?? d.minDailyWords,
  };
}

/** The 使用说明 to print: the county's own text, or the default. */
export function recordBookInstructionsOf(settings: RecordBookSettingsLike | null | undefined): string {
  return settings?.instructions?.trim() || DEFAULT_RECORD_BOOK_INSTRUCTIONS;
}

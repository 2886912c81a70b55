// The printed 纪实手册 as plain text, section by section (DOMAIN §3.2): what the print route lays
// out with CSS paged media. Built by ./build.ts from the records; a blank book has the same
// sections with nothing filled in but the cadre's own data and the dates.

/** An amendment printed after the original text it corrects. */
export interface BookAmendment {
  /** `【更正】2026年5月8日，原因：…` */
  heading: string;
  content: string;
  location: string;
  outcome: string;
}

/** A text of the book (月度工作任务, an analysis, a summary) with its amendments. */
export interface BookText {
  content: string;
  amendments: BookAmendment[];
}

/** One row of the daily table: 日期 | 星期 | 工作内容 | 地点 | 完成情况. */
export interface BookDay {
  date: string;
  /** `5月6日` */
  dayLabel: string;
  /** `三` */
  weekday: string;
  content: string;
  location: string;
  outcome: string;
  amendments: BookAmendment[];
}

/** One month of 工作纪实: tasks, the daily table, the analysis, the review box. */
export interface BookMonth {
  month: string;
  /** `2026年5月` */
  title: string;
  goal: BookText;
  days: BookDay[];
  analysis: BookText;
}

/** A dated entry of a list (学习培训, 调研, 民情日记). */
export interface BookListRow {
  date: string;
  title: string;
  content: string;
  location: string;
  amendments: BookAmendment[];
}

/** A heading and its text (季度小结, 年度目标). */
export interface BookTitledText extends BookText {
  title: string;
}

/** A simple table: header labels and rows of cells. */
export interface BookTable {
  columns: string[];
  rows: string[][];
}

/** One 组织部 inspection as printed. */
export interface BookInspection {
  date: string;
  /** 检查单位 and 检查人 */
  inspector: string;
  scope: string;
  period: string;
  /** 应有/实有, e.g. `18/17` */
  counts: string;
  rating: string;
  comment: string;
  rectification: string;
}

/** An opinion box with a seal and date line. */
export interface BookOpinion {
  title: string;
  text: string;
}

export interface RecordBook {
  blank: boolean;
  /** The page header: the cadre's name and the host unit with the post. */
  header: { name: string; unit: string };
  cover: { title: string; year: string; fields: [label: string, value: string][]; printedBy: string };
  instructions: string[];
  personal: { photo: string | null; fields: [label: string, value: string][] };
  plan: { studyPlan: string; goals: BookTitledText[] };
  months: BookMonth[];
  quarters: BookTitledText[];
  routine: BookTable;
  study: BookListRow[];
  research: BookListRow[];
  /** null when the posting is not a village posting (no 民情日记). */
  diary: BookListRow[] | null;
  attendance: { months: BookTable; leaves: BookTable; spotChecks: BookTable; missingMonths: boolean };
  inspections: BookInspection[];
  /** null when talks are not printed (the cadre's own copy). */
  talks: BookTable | null;
  assessments: { annual: BookTable; finalSummary: BookText; opinions: BookOpinion[] };
}

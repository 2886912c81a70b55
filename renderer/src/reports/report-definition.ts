// What a report is (ARCHITECTURE §1, `renderer/src/reports`): an id and a title, its options as a
// zod schema (defaults, and Chinese labels for the options form), `load` reading what it needs
// from the database, and a pure `build` turning that into a workbook document.
import { z } from 'zod';
import type { WorkbookDocument } from '@shared/reports/document/schema';
import type { ReadDb } from '../db/database';

/** This PC as a report prints it. */
export interface ReportSite {
  /** e.g. `开江县`. */
  countyName: string;
  /** Printed after 填报单位：, e.g. `中共开江县委组织部`. */
  reportingUnit: string;
}

/** Postings the clerk picked, e.g. the current list of 挂职人员. */
export interface ReportSelection {
  postingIds?: readonly string[];
  /** `YYYY-MM`: the month a monthly report is about (e.g. the month shown in 考勤表). */
  month?: string;
  /** Whose postings these are, for the title: `讲治镇`; the county's name when not given. */
  scopeName?: string;
}

/** What `load` may use. */
export interface ReportContext extends ReportSelection {
  /** For READING only: the query functions of db/queries and the tables. Reports never write. */
  db: ReadDb;
  site: ReportSite;
  /** `YYYY-MM-DD`: the 填报日期, and the day ages and days left are counted from. */
  today: string;
  /** Loading progress, 0…1. */
  onProgress?: (fraction: number) => void;
}

/** How the options form shows one option. */
export type OptionControl =
  | { kind: 'radio'; choices: readonly { value: string | number; label: string }[] }
  | { kind: 'checkbox'; text: string }
  | { kind: 'checkboxes'; choices: readonly { value: string; label: string }[] }
  /** A day (`YYYY-MM-DD`) or a month (`YYYY-MM`) typed the way clerks type dates. */
  | { kind: 'date' | 'month' }
  /** A year (`2026`) among this one and the `back` years before it. */
  | { kind: 'year'; back: number }
  /** A township of the county, or '' for all of them (`allLabel`). */
  | { kind: 'township'; allLabel: string };

/** The Chinese label and control of an option. */
export interface OptionMeta {
  /** Shown above the control; none for a lone checkbox. */
  label?: string;
  control: OptionControl;
}

/** Where option schemas keep their OptionMeta. */
export const optionUi = z.registry<OptionMeta>();

/** `schema` as an option the form shows as `meta` says. Give the schema its default first. */
export function option<T extends z.ZodType>(schema: T, meta: OptionMeta): T {
  optionUi.add(schema as z.ZodType, meta);
  return schema;
}

/**
 * A report that prints one month of the county or of one township (考勤, 请假, 补助): the reports
 * centre shows a month and a township picker for it and passes what they pick as the selection.
 * `defaultMonth` is the month the picker starts on, the one the report takes without a selection.
 */
export interface SelectionPicker {
  defaultMonth: 'last' | 'current';
}

/** One report of the registry (renderer/src/reports/index.ts). */
export interface ReportDefinition<Options extends z.ZodObject = z.ZodObject, Data = unknown> {
  /** Stable id, e.g. `roster`. */
  id: string;
  /** e.g. `挂职干部花名册`; dialogs say `导出${title}`. */
  title: string;
  /** What the counted rows are, for `共12人`: `人`, `条`. */
  rowNoun: string;
  /** Every field with a default and an OptionMeta (`option(...)`), so `options.parse({})` gives the defaults. */
  options: Options;
  /** Talk records and the like: listed and exported only on a 组织部 PC (DOMAIN §7.7). */
  restricted?: boolean;
  /** Set when the report reads a month and a township from its selection instead of options. */
  selection?: SelectionPicker;
  /** A sentence above the options saying what will be exported, or undefined. */
  intro?(selection: ReportSelection): string | undefined;
  /** Reads what `build` needs, in chunks where it can be large; reports progress through ctx.onProgress. */
  load(ctx: ReportContext, options: z.output<Options>): Promise<Data>;
  /** Pure: the workbook. */
  build(data: Data, options: z.output<Options>): WorkbookDocument;
  /** The file name offered, ending in .xlsx. */
  fileName(data: Data, options: z.output<Options>): string;
}

/** Checks a report's shape while keeping its own option and data types. */
export function defineReport<Options extends z.ZodObject, Data>(report: ReportDefinition<Options, Data>): ReportDefinition<Options, Data> {
  return report;
}

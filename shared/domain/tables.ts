import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { z } from 'zod';
import { canonicalJson } from '../sync/canonical-json';
import {
  AssessmentSchema,
  AttendanceDaySchema,
  AttendanceMonthSchema,
  AttendanceRulesSchema,
  BatchSchema,
  CadreSchema,
  CalendarYearSchema,
  ExtensionSchema,
  InspectionSchema,
  LeaveApprovalSchema,
  LeaveRequestSchema,
  LeaveRuleSetSchema,
  LogAmendmentSchema,
  LogEntrySchema,
  PostingSchema,
  RecordBookSettingsSchema,
  ReservePoolEntrySchema,
  ScoreRuleSetSchema,
  SpotCheckSchema,
  SubsidyPaymentSchema,
  SubsidyRuleSchema,
  TalkRecordSchema,
  UnitSchema,
  WeeklyScoreSchema,
} from './entities';
import { isKeyedLogKind } from './rules/record-book-kinds';

/*
 * HOW TO ADD A SYNCED TABLE (keep this list true)
 * 1. Entity schema: `shared/domain/entities/<name>.ts` with zod field builders (Chinese label on
 *    every field), exported from `entities/index.ts`. A collection several PCs may grow is a table
 *    of its own with a parent id, never an array field; an array field that stays says why beside it.
 * 2. This file: an entry in ENTITY_TABLES (in dependency order: parents before children), and in
 *    KEYED_TABLES when a record is unique by a business key (its id is then `keyedId(...)`).
 * 3. Schema version: `renderer/src/db/schema.ts` gets a new STORES_Vn with the table's indexes
 *    (`id`, the reference fields you query by, `_live`, `_hlc`) and DB_VERSION = n;
 *    `renderer/src/db/database.ts` declares the table (`declare x: ReadTable<Row<'x'>>`).
 * 4. Migration: `renderer/src/db/migrations.ts` registers version n with its upgrade when stored
 *    shapes change (pure row transforms in `shared/sync/migrations/`), and
 *    `test/renderer/db/migrations.test.ts` checks the v1 fixture (`test/fixtures/db-v1/`) still
 *    opens with nothing lost.
 * 5. Hooks: local derived fields (search keys, copies for sorting) go in
 *    `renderer/src/db/table-hooks.ts`, never in the Writer.
 * 6. Reads and writes: query helpers in `renderer/src/db/queries/`, a repository and named
 *    operations (see `renderer/src/db/operations/index.ts`).
 * 7. Later, the exchange package: a sheet per table with the Chinese labels of the schema; restricted
 *    tables never leave the 组织部.
 */

/**
 * Every synced table: its Chinese name (package sheets, import previews) and its schema. The order
 * is the order of dependencies (units before cadres before postings), used when writing packages.
 * `restricted` tables never leave the 组织部 (DOMAIN §7.7).
 */
export const ENTITY_TABLES = {
  units: { label: '单位', schema: UnitSchema, restricted: false },
  calendarYears: { label: '节假日安排', schema: CalendarYearSchema, restricted: false },
  attendanceRules: { label: '考勤规则', schema: AttendanceRulesSchema, restricted: false },
  cadres: { label: '干部', schema: CadreSchema, restricted: false },
  leaveRuleSets: { label: '请假审批规则', schema: LeaveRuleSetSchema, restricted: false },
  subsidyRules: { label: '补助标准', schema: SubsidyRuleSchema, restricted: false },
  scoreRuleSets: { label: '周考评标准', schema: ScoreRuleSetSchema, restricted: false },
  batches: { label: '批次', schema: BatchSchema, restricted: false },
  postings: { label: '挂职', schema: PostingSchema, restricted: false },
  extensions: { label: '延期记录', schema: ExtensionSchema, restricted: false },
  attendanceMonths: { label: '考勤', schema: AttendanceMonthSchema, restricted: false },
  attendanceDays: { label: '考勤明细', schema: AttendanceDaySchema, restricted: false },
  spotChecks: { label: '抽查', schema: SpotCheckSchema, restricted: false },
  leaveRequests: { label: '请销假', schema: LeaveRequestSchema, restricted: false },
  leaveApprovals: { label: '请假审批', schema: LeaveApprovalSchema, restricted: false },
  logEntries: { label: '纪实', schema: LogEntrySchema, restricted: false },
  inspections: { label: '纪实检查', schema: InspectionSchema, restricted: false },
  logAmendments: { label: '纪实更正', schema: LogAmendmentSchema, restricted: false },
  recordBookSettings: { label: '纪实手册设置', schema: RecordBookSettingsSchema, restricted: false },
  assessments: { label: '考核', schema: AssessmentSchema, restricted: false },
  weeklyScores: { label: '周考评', schema: WeeklyScoreSchema, restricted: false },
  subsidyPayments: { label: '补助发放', schema: SubsidyPaymentSchema, restricted: false },
  talkRecords: { label: '谈话记录', schema: TalkRecordSchema, restricted: true },
  reservePool: { label: '后备干部库', schema: ReservePoolEntrySchema, restricted: false },
} as const;

export type TableName = keyof typeof ENTITY_TABLES;
export const TABLE_NAMES = Object.keys(ENTITY_TABLES) as TableName[];

/** The domain type of a table's records (without sync metadata). */
export type EntityOf<T extends TableName> = z.infer<(typeof ENTITY_TABLES)[T]['schema']>;
/** What a form or importer hands in for a table (before parsing). */
export type InputOf<T extends TableName> = z.input<(typeof ENTITY_TABLES)[T]['schema']>;

/** How a keyed table finds the business key of a record. */
export interface KeySpec<T extends TableName> {
  /** the fields whose values make the key, in order */
  fields: readonly (keyof EntityOf<T> & string)[];
  /** records for which the key applies (all when absent) */
  applies?: (record: EntityOf<T>) => boolean;
  /** fields that decide `applies`, frozen like the key fields */
  decidedBy?: readonly (keyof EntityOf<T> & string)[];
}

/**
 * Tables whose records are unique by a business key (ARCHITECTURE §2). Their id is
 * `keyedId(table, ...key values)`, so two PCs that record the same thing write the same record: the
 * merge keeps one value and records a conflict entry where they differ, instead of two records.
 * The Writer derives the id itself; the key fields never change after creation.
 */
export const KEYED_TABLES: { [T in TableName]?: KeySpec<T> } = {
  /** the attendance of a posting in a month (one field per day) */
  attendanceMonths: { fields: ['postingId', 'month'] },
  /** the details of a posting-day (times, punches, note) beside its status in the month record */
  attendanceDays: { fields: ['postingId', 'date'] },
  /** the holiday arrangement of a year entered in 设置 → 节假日安排 */
  calendarYears: { fields: ['year'] },
  /** the county's attendance rule set (one record) */
  attendanceRules: { fields: ['scope'] },
  /** the weekly score of a posting for the week starting that Monday */
  weeklyScores: { fields: ['postingId', 'weekStart'] },
  /** the subsidy of a posting for a month under one rule; an adjustment line is a record of its own */
  subsidyPayments: { fields: ['postingId', 'month', 'ruleId'], applies: (p) => !p.adjustsPaymentId, decidedBy: ['adjustsPaymentId'] },
  /** the end-of-term review (期满考察) of a posting; other assessments are not keyed */
  assessments: { fields: ['postingId'], applies: (a) => a.kind === 'endOfTerm', decidedBy: ['kind'] },
  /** the reserve-pool entry a posting gave rise to (期满考察优秀); entries on other grounds are not keyed */
  reservePool: { fields: ['sourcePostingId'], applies: (r) => !!r.sourcePostingId },
  /** the 纪实 of a posting for a day (日纪实) or a period (月度工作任务, 月工作记实分析 …); the free lists (学习培训, 调研, 民情日记) are not keyed */
  logEntries: { fields: ['postingId', 'kind', 'date', 'periodStart'], applies: (e) => isKeyedLogKind(e.kind), decidedBy: ['kind'] },
  /** the county's one settings record of the 纪实手册 */
  recordBookSettings: { fields: ['key'] },
  /** the weekly score standard of a township, or of the whole county (no township) */
  scoreRuleSets: { fields: ['townshipId'] },
};

/** Prefix of derived ids: a UUID never starts with `k-` (it is hex digits and dashes only). */
const KEYED_PREFIX = 'k-';

/**
 * The id of the record of `table` with business key `keyParts`: `k-` and 32 hex digits of
 * SHA-256 over the canonical JSON of [table, ...keyParts]. The same on every PC; cannot collide
 * with a random UUID.
 */
export function keyedId(table: string, ...keyParts: readonly string[]): string {
  return KEYED_PREFIX + bytesToHex(sha256(utf8ToBytes(canonicalJson([table, ...keyParts])))).slice(0, 32);
}

/** The keyed id a record of `table` must have, or undefined when the table or record is not keyed. */
export function keyedIdOf<T extends TableName>(table: T, record: EntityOf<T>): string | undefined {
  const spec = KEYED_TABLES[table] as KeySpec<T> | undefined;
  if (!spec || (spec.applies && !spec.applies(record))) return undefined;
  return keyedId(table, ...spec.fields.map((f) => String((record as Record<string, unknown>)[f] ?? '')));
}

/** The fields of a keyed table that can never change: key fields and the fields that decide keying. */
export function frozenFields(table: TableName): readonly string[] {
  const spec = KEYED_TABLES[table] as KeySpec<TableName> | undefined;
  return spec ? [...spec.fields, ...(spec.decidedBy ?? [])] : [];
}

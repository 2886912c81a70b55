import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { z } from 'zod';
import { canonicalJson } from '../sync/canonical-json';
import {
  AssessmentSchema,
  AttendanceDetailsSchema,
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
 *    (`id`, the reference fields you query by, `_live`, `_hlc`), DB_VERSION = n and DATA_VERSION = n
 *    (the version packages and backups carry: a new table changes what they may hold);
 *    `renderer/src/db/database.ts` declares the table (`declare x: ReadTable<Row<'x'>>`).
 * 4. Migration: `renderer/src/db/migrations.ts` registers version n with its upgrade when stored
 *    shapes change (pure row transforms in `shared/sync/migrations/`), and
 *    `test/renderer/db/migrations.test.ts` checks the v1 fixture (`test/fixtures/db-v1/`) still
 *    opens with nothing lost, plus a test of version n's upgrade with data of version n − 1.
 *    A table that goes or changes shape is also converted when an older PC's package carries it:
 *    the decoder (`shared/sync/package/decoder.ts`) runs the same pure transform on the package's
 *    records (as for version 1's `attendance` and version 6's `attendanceDays`), or refuses the
 *    package in Chinese when the conversion would not be sound.
 *    A table keyed per posting-month with one stamped field per day (attendanceMonths,
 *    attendanceDetails) is the layout for per-day data that grows large: one record a month.
 * 5. Hooks: local derived fields (search keys, copies for sorting) go in
 *    `renderer/src/db/table-hooks.ts`, never in the Writer.
 * 6. Reads and writes: query helpers in `renderer/src/db/queries/`, a repository and named
 *    operations (see `renderer/src/db/operations/index.ts`).
 * 7. Exchange packages (数据交换): every table travels in packages without code of its own — a sheet
 *    named by `label`, columns labelled from the schema. Give the entry its `scope` (REQUIRED: how
 *    a record relates to the postings a package to one township or 派出单位 carries), `refs` for
 *    every field that points at a `referenced` table (so the records it needs travel with it), and
 *    `restricted: true` if it must never leave a 组织部 PC (DOMAIN §7.7). A table of per-posting
 *    data is `{ kind: 'child', parent: 'postings', field: 'postingId' }`; county-wide settings
 *    every PC needs are `{ kind: 'county' }`.
 */

/**
 * How the records of a table belong to the scope of a package (shared/sync/scope.ts):
 * - `posting`: the scope root — a posting is in a township's scope by its receiving unit (or a unit
 *   under it), in a 派出单位's by its dispatching unit;
 * - `child`: belongs to one record of `parent` through `field` (its posting, its leave request, its
 *   cadre) and is in scope exactly when that record is;
 * - `referenced`: shared data (units, cadres, batches, rule sets) in scope when an in-scope record
 *   points at it through a field listed in `refs` (a unit also brings its parent units along);
 * - `county`: county-wide settings every package carries.
 */
export type ScopeRule = { kind: 'posting' } | { kind: 'child'; parent: string; field: string } | { kind: 'referenced' } | { kind: 'county' };

/** What every entry of ENTITY_TABLES says (the compiler insists on each part). */
export interface EntityTableSpec {
  label: string;
  schema: z.ZodObject;
  restricted: boolean;
  scope: ScopeRule;
  /** reference fields to `referenced` tables: field → table */
  refs?: Readonly<Record<string, string>>;
}

const byPosting = { kind: 'child', parent: 'postings', field: 'postingId' } as const;
const byCadre = { kind: 'child', parent: 'cadres', field: 'cadreId' } as const;
const referenced = { kind: 'referenced' } as const;

/**
 * Every synced table: its Chinese name (package sheets, import previews) and its schema. The order
 * is the order of dependencies (units before cadres before postings), used when writing packages.
 * `restricted` tables never leave the 组织部 (DOMAIN §7.7).
 */
export const ENTITY_TABLES = {
  units: { label: '单位', schema: UnitSchema, restricted: false, scope: referenced, refs: { parentId: 'units' } },
  calendarYears: { label: '节假日安排', schema: CalendarYearSchema, restricted: false, scope: { kind: 'county' } },
  attendanceRules: { label: '考勤规则', schema: AttendanceRulesSchema, restricted: false, scope: { kind: 'county' }, refs: { leaveRuleSetId: 'leaveRuleSets' } },
  cadres: { label: '干部', schema: CadreSchema, restricted: false, scope: referenced, refs: { homeUnitId: 'units' } },
  leaveRuleSets: { label: '请假审批规则', schema: LeaveRuleSetSchema, restricted: false, scope: referenced },
  subsidyRules: { label: '补助标准', schema: SubsidyRuleSchema, restricted: false, scope: referenced },
  scoreRuleSets: { label: '周考评标准', schema: ScoreRuleSetSchema, restricted: false, scope: { kind: 'county' } },
  batches: {
    label: '批次',
    schema: BatchSchema,
    restricted: false,
    scope: referenced,
    refs: { organiserUnitId: 'units', leaveRuleSetId: 'leaveRuleSets', subsidyRuleId: 'subsidyRules' },
  },
  postings: {
    label: '挂职',
    schema: PostingSchema,
    restricted: false,
    scope: { kind: 'posting' },
    refs: { cadreId: 'cadres', batchId: 'batches', dispatchingUnitId: 'units', receivingUnitId: 'units', subsidyRuleId: 'subsidyRules', leaveRuleSetId: 'leaveRuleSets' },
  },
  extensions: { label: '延期记录', schema: ExtensionSchema, restricted: false, scope: byPosting },
  attendanceMonths: { label: '考勤', schema: AttendanceMonthSchema, restricted: false, scope: byPosting },
  attendanceDetails: { label: '考勤明细', schema: AttendanceDetailsSchema, restricted: false, scope: byPosting },
  spotChecks: { label: '抽查', schema: SpotCheckSchema, restricted: false, scope: byPosting },
  leaveRequests: { label: '请销假', schema: LeaveRequestSchema, restricted: false, scope: byPosting },
  leaveApprovals: { label: '请假审批', schema: LeaveApprovalSchema, restricted: false, scope: { kind: 'child', parent: 'leaveRequests', field: 'leaveRequestId' } },
  logEntries: { label: '纪实', schema: LogEntrySchema, restricted: false, scope: byPosting },
  inspections: { label: '纪实检查', schema: InspectionSchema, restricted: false, scope: byPosting },
  logAmendments: { label: '纪实更正', schema: LogAmendmentSchema, restricted: false, scope: byPosting },
  recordBookSettings: { label: '纪实手册设置', schema: RecordBookSettingsSchema, restricted: false, scope: { kind: 'county' } },
  assessments: { label: '考核', schema: AssessmentSchema, restricted: false, scope: byPosting },
  weeklyScores: { label: '周考评', schema: WeeklyScoreSchema, restricted: false, scope: byPosting },
  subsidyPayments: { label: '补助发放', schema: SubsidyPaymentSchema, restricted: false, scope: byPosting, refs: { ruleId: 'subsidyRules' } },
  talkRecords: { label: '谈话记录', schema: TalkRecordSchema, restricted: true, scope: byCadre },
  reservePool: { label: '后备干部库', schema: ReservePoolEntrySchema, restricted: false, scope: byCadre },
} as const satisfies Record<string, EntityTableSpec>;

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
  /** the details of a posting's days in a month (times, punches, note; one field per day), beside the month's statuses */
  attendanceDetails: { fields: ['postingId', 'month'] },
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

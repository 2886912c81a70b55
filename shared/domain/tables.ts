import type { z } from 'zod';
import {
  AssessmentSchema,
  AttendanceRecordSchema,
  BatchSchema,
  CadreSchema,
  InspectionSchema,
  LeaveRequestSchema,
  LeaveRuleSetSchema,
  LogEntrySchema,
  PostingSchema,
  ReservePoolEntrySchema,
  SpotCheckSchema,
  SubsidyPaymentSchema,
  SubsidyRuleSchema,
  TalkRecordSchema,
  UnitSchema,
  WeeklyScoreSchema,
} from './entities';

/**
 * Every synced table: its Chinese name (package sheets, import previews) and its schema. The order
 * is the order of dependencies (units before cadres before postings), used when writing packages.
 * `restricted` tables never leave the 组织部 (DOMAIN §7.7).
 */
export const ENTITY_TABLES = {
  units: { label: '单位', schema: UnitSchema, restricted: false },
  cadres: { label: '干部', schema: CadreSchema, restricted: false },
  leaveRuleSets: { label: '请假审批规则', schema: LeaveRuleSetSchema, restricted: false },
  subsidyRules: { label: '补助标准', schema: SubsidyRuleSchema, restricted: false },
  batches: { label: '批次', schema: BatchSchema, restricted: false },
  postings: { label: '挂职', schema: PostingSchema, restricted: false },
  attendance: { label: '考勤', schema: AttendanceRecordSchema, restricted: false },
  spotChecks: { label: '抽查', schema: SpotCheckSchema, restricted: false },
  leaveRequests: { label: '请销假', schema: LeaveRequestSchema, restricted: false },
  logEntries: { label: '纪实', schema: LogEntrySchema, restricted: false },
  inspections: { label: '纪实检查', schema: InspectionSchema, restricted: false },
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

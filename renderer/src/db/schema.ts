/**
 * IndexedDB stores, version by version. A version is never edited once released: a new version
 * adds an entry here and, if data must change shape, an upgrade function in migrations.ts.
 *
 * Booleans cannot be indexed in IndexedDB, so live (non-deleted) records carry the derived local
 * field `_live: 1`, and indexes that start with `_live` only hold live records (tombstones are absent
 * from them). `_py` is the cadre name's pinyin initials (search), `_pinyin` the full pinyin (sorting
 * by name without a slow collator). `_hlc` (highest stamp) orders records for export.
 *
 * The postings list reads ids only through `getAllKeys` on these indexes (tens of milliseconds for
 * 20,000 keys in Chromium, where a key cursor takes over a second): the compound `[_live+…]`
 * indexes give the live postings already in each sort order, and `_sName`/`_sBirth` copy the
 * cadre's name pinyin and birth date onto the posting so sorting by person needs no join.
 */
export const STORES_V1: Record<string, string> = {
  units: 'id, parentId, name, _hlc',
  cadres: 'id, idCardNo, name, _py, _pinyin, homeUnitId, _live, _dq, _hlc',
  leaveRuleSets: 'id, _hlc',
  subsidyRules: 'id, _hlc',
  batches: 'id, year, _hlc',
  postings:
    'id, cadreId, batchId, type, status, receivingUnitId, dispatchingUnitId, startDate, plannedEndDate, pairedPostingId, replacesPostingId, _live, _hlc, [_live+plannedEndDate], [_live+startDate], [_live+_sName], [_live+_sBirth]',
  attendance: 'id, postingId, date, [postingId+date], _hlc',
  spotChecks: 'id, postingId, date, _hlc',
  leaveRequests: 'id, postingId, startDate, status, _hlc',
  logEntries: 'id, postingId, kind, date, [postingId+date], _hlc',
  inspections: 'id, postingId, date, _hlc',
  assessments: 'id, postingId, cadreId, kind, _hlc',
  weeklyScores: 'id, postingId, weekStart, [postingId+weekStart], _hlc',
  subsidyPayments: 'id, postingId, month, _hlc',
  talkRecords: 'id, cadreId, postingId, _hlc',
  reservePool: 'id, cadreId, _hlc',
  meta: 'key',
  conflicts: 'id, table, recordId, detectedAt',
  importLog: 'id, packageId, importedAt',
};

/**
 * Version 2: collections as records (`extensions`, `leaveApprovals`), attendance as one record per
 * posting-month (`attendanceMonths` replaces the per-day `attendance`), keyed ids, and a `_live`
 * index on every synced table so lists read live records through an index (queries/live.ts).
 */
export const STORES_V2: Record<string, string> = {
  units: 'id, parentId, name, _live, _hlc',
  cadres: 'id, idCardNo, name, _py, _pinyin, homeUnitId, _live, _dq, _hlc',
  leaveRuleSets: 'id, _live, _hlc',
  subsidyRules: 'id, _live, _hlc',
  batches: 'id, year, _live, _hlc',
  postings:
    'id, cadreId, batchId, type, status, receivingUnitId, dispatchingUnitId, startDate, plannedEndDate, pairedPostingId, replacesPostingId, _live, _hlc, [_live+plannedEndDate], [_live+startDate], [_live+_sName], [_live+_sBirth]',
  extensions: 'id, postingId, _live, _hlc',
  attendanceMonths: 'id, postingId, month, _live, _hlc',
  spotChecks: 'id, postingId, date, _live, _hlc',
  leaveRequests: 'id, postingId, startDate, status, _live, _hlc',
  leaveApprovals: 'id, leaveRequestId, _live, _hlc',
  logEntries: 'id, postingId, kind, date, [postingId+date], _live, _hlc',
  inspections: 'id, postingId, date, _live, _hlc',
  assessments: 'id, postingId, cadreId, kind, _live, _hlc',
  weeklyScores: 'id, postingId, weekStart, [postingId+weekStart], _live, _hlc',
  subsidyPayments: 'id, postingId, month, _live, _hlc',
  talkRecords: 'id, cadreId, postingId, _live, _hlc',
  reservePool: 'id, cadreId, sourcePostingId, _live, _hlc',
  meta: 'key',
  conflicts: 'id, table, recordId, detectedAt',
  importLog: 'id, packageId, importedAt',
};

/** Version 3 (考核: weekly scores): the 周考评标准 of the county and of townships that score differently. */
export const STORES_V3: Record<string, string> = {
  scoreRuleSets: 'id, townshipId, _live, _hlc',
};

/**
 * Version 4 (纪实手册, issue 12): 纪实 entries get keyed ids (one per posting and day or period) and
 * the indexes the entry screen and the record-book alerts read — the kind per posting, and the
 * days of one kind per posting, newest last; amendments of inspected entries are records of their
 * own (`logAmendments`); the county's 纪实手册 settings are one synced record.
 */
export const STORES_V4: Record<string, string> = {
  logEntries: 'id, postingId, kind, date, [postingId+date], [postingId+kind], [postingId+kind+date], _live, _hlc',
  logAmendments: 'id, logEntryId, postingId, _live, _hlc',
  recordBookSettings: 'id, _live, _hlc',
};

/**
 * Version 5 (考勤请假): the sparse per-day attendance details with the raw clock-in punches, the
 * holiday arrangements entered in 设置 (synced, registered into the calendar), and the county's
 * attendance rule set. New tables only; the others are kept as earlier versions left them.
 */
export const STORES_V5 = {
  attendanceDays: 'id, postingId, date, _live, _hlc',
  calendarYears: 'id, year, _live, _hlc',
  attendanceRules: 'id, _live, _hlc',
} as const satisfies Record<string, string>;

/** Version 6 (数据交换): the log of exported packages, which incremental packages continue. */
export const STORES_V6: Record<'exportLog', string> = {
  exportLog: 'id, createdAt, partnerSiteId',
};

/**
 * Version 7 (clock-in import speed, issue 10): the per-day details become one record per
 * posting-month with one stamped field per day (`attendanceDetails`, like `attendanceMonths`);
 * `attendanceDays` goes, its records converted by the upgrade (shared/sync/migrations/v6-to-v7.ts).
 */
export const STORES_V7 = {
  attendanceDetails: 'id, postingId, month, _live, _hlc',
  attendanceDays: null,
} as const satisfies Record<string, string | null>;

// Version 8 changes no store: records keep their clock as text (shared/sync/clock-text.ts), the
// upgrade in migrations.ts rewrites them.

/** The IndexedDB schema version this build writes. */
export const DB_VERSION = 8;

/**
 * The version of the records' shape, which packages and backups carry (their `schemaVersion`):
 * what a PC must understand to read them. It stays behind DB_VERSION when a version only changes how
 * this PC stores the same records (version 8), so PCs a version apart still exchange packages.
 */
export const DATA_VERSION = 7;

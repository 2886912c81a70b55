import type { TableName } from '../../../shared/domain/tables';

/**
 * IndexedDB stores, version by version. A version is never edited once released: a new version
 * adds an entry here and, if data must change shape, an upgrade function in migrations.ts.
 *
 * Booleans cannot be indexed in IndexedDB, so live (non-deleted) records carry the derived local
 * field `_live: 1`, and indexes that start with `_live` only hold live records (tombstones are absent
 * from them). `_py` is the cadre name's pinyin initials (search), `_pinyin` the full pinyin (sorting
 * by name without a slow collator). `_hlc` (highest stamp) orders records for export.
 */
export const STORES_V1: Record<TableName | 'meta' | 'conflicts' | 'importLog', string> = {
  units: 'id, parentId, name, _hlc',
  cadres: 'id, idCardNo, name, _py, _pinyin, homeUnitId, _live, _hlc',
  leaveRuleSets: 'id, _hlc',
  subsidyRules: 'id, _hlc',
  batches: 'id, year, _hlc',
  postings:
    'id, cadreId, batchId, type, status, receivingUnitId, dispatchingUnitId, startDate, plannedEndDate, pairedPostingId, _live, _hlc',
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

/** The schema version this build writes. */
export const DB_VERSION = 1;

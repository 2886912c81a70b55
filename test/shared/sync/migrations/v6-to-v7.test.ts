import { describe, expect, it } from 'vitest';
import { keyedId } from '@shared/domain/tables';
import type { ConflictEntry } from '@shared/sync/conflict';
import { DAY_DETAIL_FIELDS, foldAttendanceDays, moveDayConflicts } from '@shared/sync/migrations/v6-to-v7';
import type { AnyRow } from '@shared/sync/migrations/v1-to-v2';
import { TECHNICAL_COLUMNS, type PackageColumn } from '@shared/sync/package/columns';
import { decodePackage, type PackageSheet } from '@shared/sync/package/decoder';
import { manifestRows, PackageEncoder } from '@shared/sync/package/encoder';
import { LONG_SHEET, MANIFEST_SHEET, type PackageHeader } from '@shared/sync/package/manifest';

const A = '0123456789abcdef';
const B = 'fedcba9876543210';
const at = (minute: number, site = A) => `2026-11-20T08:${String(minute).padStart(2, '0')}:00.000Z-0000-${site}`;
const punches = [{ time: '08:52', kind: '上班', result: '正常', place: '讲治镇人民政府' }];

/** A version-6 day record: every detail field present, `stamps` over the creation stamp. */
function day(postingId: string, date: string, fields: Record<string, unknown>, stamps: Record<string, string> = {}, deleted = false): AnyRow {
  const base = Object.fromEntries(DAY_DETAIL_FIELDS.map((f) => [f, f === 'punches' ? [] : null]));
  const clock: Record<string, string> = { postingId: at(1), date: at(1), _deleted: at(1), ...Object.fromEntries(DAY_DETAIL_FIELDS.map((f) => [f, at(1)])), ...stamps };
  return { id: keyedId('attendanceDays', postingId, date), postingId, date, ...base, ...fields, _deleted: deleted, _clock: clock, _hlc: Object.values(clock).sort().at(-1)! } as AnyRow;
}

describe('schema 7: per-day details fold into month records', () => {
  it('one record per posting-month, the day field holding the details with the record’s highest stamp; a tombstone leaves the day null', () => {
    const rows = [
      day('p1', '2026-11-02', { method: 'appImport', importedStatus: 'present', punches, sourceFile: '钉钉.xlsx' }, { punches: at(5) }),
      day('p1', '2026-11-03', { note: '下村走访' }, { note: at(7, B) }),
      day('p1', '2026-11-04', { note: '删掉的' }, { _deleted: at(9) }, true),
      day('p1', '2026-12-01', { checkedBy: '李明' }),
    ];
    const { rows: months, conflicts, sourceIds } = foldAttendanceDays(rows);
    expect(conflicts).toEqual([]);
    expect(months).toHaveLength(2);
    const nov = months.find((m) => m.month === '2026-11')!;
    expect(nov.id).toBe(keyedId('attendanceDetails', 'p1', '2026-11'));
    expect(sourceIds).toEqual([nov.id, nov.id, nov.id, keyedId('attendanceDetails', 'p1', '2026-12')]);
    expect(nov.d02).toEqual({ signInTime: null, signOutTime: null, method: 'appImport', importedStatus: 'present', punches, sourceFile: '钉钉.xlsx', note: null, checkedBy: null });
    expect(nov.d03).toMatchObject({ note: '下村走访' });
    expect(nov.d04).toBeNull();
    expect(nov._clock).toEqual({ postingId: at(1), month: at(1), _deleted: at(1), d02: at(5), d03: at(7, B), d04: at(9) });
    expect(nov._hlc).toBe(at(9));
    // the same data folded on another PC gives the same records
    expect(foldAttendanceDays([...rows].reverse()).rows.find((m) => m.id === nov.id)).toEqual(nov);
  });

  it('moves a conflict entry of a day record to its day field, values as whole days', () => {
    const row = day('p1', '2026-11-03', { note: '下村走访', checkedBy: '李明' }, { note: at(7, B) });
    const entry: ConflictEntry = { id: 'x', table: 'attendanceDays', recordId: row.id, field: 'note', kind: 'overwrite', keptValue: '下村走访', keptStamp: at(7, B), lostValue: '镇里开会', lostStamp: at(6), keptSite: B, lostSite: A };
    const other: ConflictEntry = { ...entry, id: 'y', table: 'postings', recordId: 'p1' };
    const [moved, same] = moveDayConflicts([entry, other], [row]);
    expect(moved).toMatchObject({ table: 'attendanceDetails', recordId: keyedId('attendanceDetails', 'p1', '2026-11'), field: 'd03', keptValue: { note: '下村走访', checkedBy: '李明' }, lostValue: { note: '镇里开会', checkedBy: '李明' } });
    expect(moved!.id).not.toBe('x');
    expect(same).toBe(other);
  });
});

const header = (schemaVersion: number): PackageHeader => ({
  packageId: '6f1f2b1e-3c55-4c43-9c1b-2f3f7e4c9a10',
  created: '2026-11-21T05:00:00.000Z',
  schemaVersion,
  appVersion: '0.1.0',
  source: { siteId: A, label: '讲治镇', role: 'receiving', countyName: '开江县', unitId: 'u-2', unitName: '讲治镇人民政府' },
  target: { label: '开江县委组织部', scope: { kind: 'all', restricted: false } },
  base: null,
  received: {},
  sampleSkipped: 0,
});

/** The sheets of a package of `schemaVersion` carrying `records` as the version-6 `attendanceDays` table. */
function v6Package(records: readonly AnyRow[], schemaVersion = 6): PackageSheet[] {
  const columns: PackageColumn[] = [
    { key: 'postingId', label: '挂职', codec: 'text' },
    { key: 'date', label: '日期', codec: 'text' },
    ...DAY_DETAIL_FIELDS.map((key): PackageColumn => ({ key, label: key, codec: key === 'punches' ? 'json' : 'text' })),
    ...TECHNICAL_COLUMNS,
  ];
  const encoder = new PackageEncoder(header(schemaVersion), [{ name: 'attendanceDays', sheet: '考勤明细', columns }]);
  const rows = encoder.rows('attendanceDays', records);
  const long = encoder.long();
  return [
    { name: '考勤明细', rows: [columns.map((c) => c.label), ...rows] },
    { name: LONG_SHEET, rows: [['n', 'part', 'text'], ...long] },
    { name: MANIFEST_SHEET, rows: manifestRows(encoder.manifest()) },
  ];
}

describe('a package from a version-6 PC', () => {
  const now = Date.parse('2026-11-22T00:00:00Z');
  const records = [day('p1', '2026-11-02', { punches, importedStatus: 'present', method: 'appImport' }, { punches: at(5) }), day('p1', '2026-11-03', { note: '下村走访' }, { note: at(7, B) })];

  it('has its per-day details converted on import, exactly as the database upgrade converts them', () => {
    const read = decodePackage(v6Package(records), { schemaVersion: 7, now });
    expect(read.tables).not.toHaveProperty('attendanceDays');
    const [month] = read.tables.attendanceDetails!;
    const [expected] = foldAttendanceDays(records).rows;
    expect(month).toMatchObject({ id: expected!.id, postingId: 'p1', month: '2026-11', d02: { punches, importedStatus: 'present' }, d03: { note: '下村走访' }, _clock: expected!._clock });
  });

  it('is refused in Chinese when a day record names no valid date, or a detail does not fit', () => {
    expect(() => decodePackage(v6Package([{ ...records[0]!, date: '2026-11-31' }]), { schemaVersion: 7, now })).toThrow(/“考勤明细”中编号为 k-\w+ 的记录的挂职或日期不对/);
    expect(() => decodePackage(v6Package([{ ...records[0]!, signInTime: '8点' }]), { schemaVersion: 7, now })).toThrow(/时间应为“时:分”/);
  });

  it('a version-7 package that still carries per-day details is refused as unknown data', () => {
    expect(() => decodePackage(v6Package(records, 7), { schemaVersion: 7, now })).toThrow(/本机版本没有的数据/);
  });
});

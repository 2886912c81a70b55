import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { dayField } from '@shared/domain/entities/attendance-month';
import { keyedId } from '@shared/domain/tables';
import { recordHlc } from '@shared/sync/stamp';
import { DB_VERSION, GztDatabase } from '../../../renderer/src/db/database';
import { encodeClock } from '@shared/sync/package/cells';
import { STORES_V1, STORES_V2, STORES_V3, STORES_V4, STORES_V5, STORES_V6, STORES_V7 } from '../../../renderer/src/db/schema';
import { Store } from '../../../renderer/src/db/store';
import { createUnit } from '../../../renderer/src/db/operations';

/*
 * Every schema version must open the oldest database a clerk may have: the version-1 fixture
 * (test/fixtures/db-v1, written by the version-1 code path). The test loads it into a raw
 * version-1 Dexie database, opens it with the current GztDatabase (running every upgrade in a row)
 * and compares it field by field with what the upgrades must make of it.
 *
 * When you add version N: keep the fixture; add or adjust the expectation of each table whose shape
 * version N changes in EXPECT below (one function per table: v1 rows in, assertions on the opened
 * database); tables not listed must come through unchanged, which `unchanged` checks.
 */

type V1Row = Record<string, any> & { id: string; _deleted: boolean; _clock: Record<string, string>; _hlc: string };
interface V1Fixture {
  dbVersion: 1;
  stores: Record<string, string>;
  tables: Record<string, V1Row[]>;
}

const FIXTURE: V1Fixture = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../fixtures/db-v1/v1-database.json'), 'utf8'));
const v1 = (table: string) => FIXTURE.tables[table] ?? [];

/** Writes the fixture into a raw version-1 database and opens it with the current class. */
async function openFixture(): Promise<GztDatabase> {
  const name = `migrate-v1-${Math.random().toString(16).slice(2)}`;
  const old = new Dexie(name);
  old.version(1).stores(FIXTURE.stores);
  await old.open();
  await old.transaction('rw', Object.keys(FIXTURE.stores), async () => {
    for (const [table, rows] of Object.entries(FIXTURE.tables)) await old.table(table).bulkAdd(rows);
  });
  old.close();
  const db = new GztDatabase(name);
  await db.open();
  return db;
}

/** A raw database of schema version `version` (2…7) as a build of that version left it, not yet opened. */
function olderDatabase(version: number): { name: string; old: Dexie } {
  const name = `migrate-v${version}-${Math.random().toString(16).slice(2)}`;
  const old = new Dexie(name);
  const stores = [STORES_V1, { ...STORES_V2, attendance: null }, STORES_V3, STORES_V4, STORES_V5, STORES_V6, STORES_V7];
  stores.slice(0, version).forEach((s, i) => old.version(i + 1).stores(s));
  return { name, old };
}

const all = (db: GztDatabase, table: string): Promise<V1Row[]> => db.table(table).toArray();
const byId = (rows: V1Row[]) => new Map(rows.map((r) => [r.id, r]));
const withoutField = (row: V1Row, field: string) => {
  const { [field]: _v, ...rest } = row;
  const { [field]: _s, ...clock } = row._clock;
  return { ...rest, _clock: clock, _hlc: recordHlc({ _clock: clock }) };
};

/** A table that version 2 does not reshape: every row, clock and tombstone exactly as it was. */
async function unchanged(db: GztDatabase, table: string): Promise<void> {
  expect(await all(db, table), table).toEqual(expect.arrayContaining(v1(table)));
  expect(await db.table(table).count(), table).toBe(v1(table).length);
}

/** Children split out of an array field: one record per element, stamped with the field's stamp. */
async function splitOut(db: GztDatabase, parentTable: string, field: string, childTable: string, parentField: string): Promise<void> {
  const parents = byId(await all(db, parentTable));
  const children = await all(db, childTable);
  let expected = 0;
  for (const p of v1(parentTable)) {
    expect(parents.get(p.id), `${parentTable} ${p.id}`).toEqual(withoutField(p, field));
    for (const element of p[field] ?? []) {
      expected++;
      const child = children.find((c) => c[parentField] === p.id && Object.entries(element).every(([k, v]) => c[k] === v));
      expect(child, `${childTable} of ${p.id}`).toBeDefined();
      expect(new Set(Object.values(child!._clock))).toEqual(new Set([p._clock[field]]));
      expect(child!._deleted).toBe(false);
    }
  }
  expect(children).toHaveLength(expected);
}

const EXPECT: Record<string, (db: GztDatabase) => Promise<void>> = {
  postings: (db) => splitOut(db, 'postings', 'extensions', 'extensions', 'postingId'),
  leaveRequests: (db) => splitOut(db, 'leaveRequests', 'approvals', 'leaveApprovals', 'leaveRequestId'),
  attendance: async (db) => {
    const months = byId(await all(db, 'attendanceMonths'));
    const latest = new Map<string, V1Row>();
    for (const row of v1('attendance')) {
      const key = `${row.postingId}|${row.date}`;
      const stamp = (r: V1Row) => (r._deleted ? r._clock._deleted! : r._clock.status!);
      if (!latest.has(key) || stamp(row) > stamp(latest.get(key)!)) latest.set(key, row);
    }
    for (const row of latest.values()) {
      const month = months.get(keyedId('attendanceMonths', row.postingId, row.date.slice(0, 7)));
      const f = dayField(Number(row.date.slice(8)));
      expect(month?.[f], `${row.postingId} ${row.date}`).toBe(row._deleted ? null : row.status);
      expect(month?._clock[f]).toBe(row._deleted ? row._clock._deleted : row._clock.status);
    }
    expect(months.size).toBe(new Set(v1('attendance').map((r) => `${r.postingId}|${r.date.slice(0, 7)}`)).size);
  },
  weeklyScores: async (db) => {
    const scores = byId(await all(db, 'weeklyScores'));
    const groups = new Map<string, V1Row[]>();
    for (const r of v1('weeklyScores')) {
      const id = keyedId('weeklyScores', r.postingId, r.weekStart);
      groups.set(id, [...(groups.get(id) ?? []), r]);
    }
    expect([...scores.keys()].sort()).toEqual([...groups.keys()].sort());
    for (const [id, rows] of groups) {
      const last = rows.reduce((a, b) => (b._hlc > a._hlc ? b : a));
      expect(scores.get(id)).toMatchObject({ total: last.total, scoredBy: last.scoredBy, _hlc: last._hlc });
    }
  },
  subsidyPayments: async (db) => {
    const payments = await all(db, 'subsidyPayments');
    expect(payments).toHaveLength(v1('subsidyPayments').length);
    for (const old of v1('subsidyPayments')) {
      const id = old.adjustsPaymentId ? old.id : keyedId('subsidyPayments', old.postingId, old.month, old.ruleId);
      const now = payments.find((p) => p.id === id)!;
      expect(now._clock).toEqual(old._clock);
      if (old.adjustsPaymentId) {
        const target = v1('subsidyPayments').find((p) => p.id === old.adjustsPaymentId)!;
        expect(now.adjustsPaymentId).toBe(keyedId('subsidyPayments', target.postingId, target.month, target.ruleId));
      }
    }
  },
  assessments: async (db) => {
    const assessments = byId(await all(db, 'assessments'));
    for (const old of v1('assessments')) {
      const id = old.kind === 'endOfTerm' ? keyedId('assessments', old.postingId) : old.id;
      expect(assessments.get(id)).toEqual({ ...old, id });
    }
  },
  conflicts: async (db) => {
    const conflicts = await all(db, 'conflicts');
    for (const old of v1('conflicts')) expect(conflicts).toContainEqual(old);
  },
};

describe('database versions', () => {
  it(`opens the version-1 fixture as version ${DB_VERSION} with nothing lost, field by field`, async () => {
    const db = await openFixture();
    expect(db.verno).toBe(DB_VERSION);
    for (const table of Object.keys(FIXTURE.stores)) {
      if (EXPECT[table]) await EXPECT[table](db);
      else await unchanged(db, table);
    }
    expect(db.tables.map((t) => t.name)).not.toContain('attendance');
    // version 3 (考核): the 周考评标准 table exists, empty, with its indexes
    expect(db.tables.map((t) => t.name)).toContain('scoreRuleSets');
    expect(await db.scoreRuleSets.count()).toBe(0);
    expect(db.scoreRuleSets.schema.indexes.map((i) => i.name)).toEqual(expect.arrayContaining(['townshipId', '_live', '_hlc']));
    // version 4 (纪实手册): amendments and the 纪实手册 settings
    expect(db.tables.map((t) => t.name)).toEqual(expect.arrayContaining(['logAmendments', 'recordBookSettings']));
    // version 5 (考勤请假) and 7 (考勤明细 per month): their tables exist, empty, with their indexes; version 7 dropped the per-day details
    expect(db.tables.map((t) => t.name)).not.toContain('attendanceDays');
    for (const [table, indexes] of Object.entries({ ...STORES_V5, ...STORES_V7 })) {
      if (indexes === null) continue;
      expect(await db.table(table).count(), table).toBe(0);
      const schema = db.table(table).schema;
      expect([schema.primKey.name, ...schema.indexes.map((i) => i.name)].join(', '), table).toBe(indexes);
    }
    db.close();
  });

  it('keeps every tombstone and the knowledge of this PC', async () => {
    const db = await openFixture();
    for (const table of ['units', 'cadres', 'postings', 'leaveRequests']) {
      const dead = v1(table).filter((r) => r._deleted);
      expect(dead.length, table).toBeGreaterThan(0);
      const now = byId(await all(db, table));
      for (const r of dead) expect(now.get(r.id), `${table} ${r.id}`).toMatchObject({ _deleted: true, _clock: { _deleted: r._clock._deleted } });
      for (const r of dead) expect(now.get(r.id)?._live).toBeUndefined();
    }
    expect(await all(db, 'meta')).toEqual(expect.arrayContaining(v1('meta') as never[]));
    expect(await db.importLog.toArray()).toEqual(v1('importLog'));
    db.close();
  });

  it('an upgraded database is written to normally, with stamps after every stamp it already held', async () => {
    const db = await openFixture();
    const store = await Store.open(db);
    const site = v1('meta').find((m) => (m as unknown as { key: string }).key === 'site') as unknown as { value: { siteId: string } };
    expect(store.site?.siteId).toBe(site.value.siteId);
    const unit = await createUnit(store, { name: '升级后新增的单位', level: 'county', kind: 'other', isInCounty: true });
    const highest = Object.values(FIXTURE.tables)
      .flat()
      .map((r) => r._hlc ?? '')
      .sort()
      .at(-1)!;
    expect(unit._hlc > highest).toBe(true);
    store.close();
  });

  it('version 3 gives 纪实 entries of one posting and day or period their keyed id; two of the same day merge with a conflict entry', async () => {
    const { name, old } = olderDatabase(2);
    await old.open();
    const row = (id: string, stamp: string, fields: Record<string, unknown>) => {
      const all = { postingId: 'p1', date: null, periodStart: null, periodEnd: null, title: null, category: [], location: null, outcome: null, problems: null, nextPlan: null, selfScore: null, attachments: [], locked: false, enteredBy: '讲治镇', ...fields };
      const clock = Object.fromEntries([...Object.keys(all), '_deleted'].map((k) => [k, stamp]));
      return { id, ...all, _deleted: false, _clock: clock, _hlc: stamp, _live: 1 };
    };
    const pcA = '2026-05-06T08:00:00.000Z-0000-aaaaaaaaaaaaaaaa';
    const pcB = '2026-05-06T09:00:00.000Z-0000-bbbbbbbbbbbbbbbb';
    await old.table('logEntries').bulkAdd([
      row('a-daily', pcA, { kind: 'daily', date: '2026-05-06', content: '走访脱贫户5户' }),
      row('b-daily', pcB, { kind: 'daily', date: '2026-05-06', content: '走访脱贫户6户' }),
      row('analysis', pcA, { kind: 'monthlyAnalysis', periodStart: '2026-04-01', periodEnd: '2026-04-30', content: '本月工作分析' }),
      row('study', pcA, { kind: 'study', date: '2026-05-06', content: '参加理论学习' }),
    ]);
    old.close();

    const db = new GztDatabase(name);
    await db.open();
    expect(db.verno).toBe(DB_VERSION);
    const rows = byId(await all(db, 'logEntries'));
    const daily = rows.get(keyedId('logEntries', 'p1', 'daily', '2026-05-06', ''));
    expect(daily).toMatchObject({ content: '走访脱贫户6户', _live: 1 });
    expect(rows.get(keyedId('logEntries', 'p1', 'monthlyAnalysis', '', '2026-04-01'))).toMatchObject({ content: '本月工作分析', _clock: { content: pcA } });
    expect(rows.get('study')).toMatchObject({ content: '参加理论学习' });
    expect([...rows.keys()].filter((id) => ['a-daily', 'b-daily', 'analysis'].includes(id))).toEqual([]);
    expect(rows.size).toBe(3);
    const conflicts = await all(db, 'conflicts');
    expect(conflicts).toContainEqual(expect.objectContaining({ table: 'logEntries', recordId: daily!.id, field: 'content' }));
    db.close();
  });

  it('version 7 folds the per-day details into one record per posting-month, stamps, tombstones, conflicts and change counters kept', async () => {
    const { name, old } = olderDatabase(6);
    await old.open();
    const pcA = (n: number) => `2026-11-0${n}T08:00:00.000Z-0000-aaaaaaaaaaaaaaaa`;
    const day = (postingId: string, date: string, fields: Record<string, unknown>, stamps: Record<string, string>, extra: Record<string, unknown> = {}) => {
      const clock = { postingId: pcA(1), date: pcA(1), _deleted: pcA(1), ...stamps };
      return { id: keyedId('attendanceDays', postingId, date), postingId, date, signInTime: null, signOutTime: null, method: null, importedStatus: null, punches: [], sourceFile: null, note: null, checkedBy: null, ...fields, _deleted: false, _clock: clock, _hlc: Object.values(clock).sort().at(-1)!, _live: 1, ...extra };
    };
    const punches = [{ time: '08:52', kind: '上班', result: '正常', place: '讲治镇人民政府' }];
    const rows = [
      day('p1', '2026-11-02', { method: 'appImport', importedStatus: 'present', punches, signInTime: '08:52', sourceFile: '钉钉.xlsx' }, { punches: pcA(2), importedStatus: pcA(2) }, { _seq: 7 }),
      day('p1', '2026-11-03', { note: '下村走访' }, { note: pcA(3) }, { _seq: 9 }),
      { ...day('p1', '2026-11-04', { note: '删掉的' }, { note: pcA(2), _deleted: pcA(4) }), _deleted: true, _live: undefined },
      day('p2', '2026-10-30', { checkedBy: '李明' }, { checkedBy: pcA(5) }),
    ];
    await old.table('attendanceDays').bulkAdd(rows);
    const lost = { id: 'c1', table: 'attendanceDays', recordId: rows[1]!.id, field: 'note', kind: 'overwrite', keptValue: '下村走访', keptStamp: pcA(3), lostValue: '镇里开会', lostStamp: pcA(2), keptSite: 'aaaaaaaaaaaaaaaa', lostSite: 'bbbbbbbbbbbbbbbb', detectedAt: '2026-11-05T00:00:00.000Z' };
    await old.table('conflicts').bulkAdd([lost]);
    old.close();

    const db = new GztDatabase(name);
    await db.open();
    expect(db.verno).toBe(DB_VERSION);
    expect(db.tables.map((t) => t.name)).not.toContain('attendanceDays');
    expect(await db.attendanceDetails.count()).toBe(2);
    const nov = (await db.attendanceDetails.get(keyedId('attendanceDetails', 'p1', '2026-11')))!;
    expect(nov).toMatchObject({ postingId: 'p1', month: '2026-11', _deleted: false, _live: 1, _seq: 9 });
    expect(nov.d02).toEqual({ signInTime: '08:52', signOutTime: null, method: 'appImport', importedStatus: 'present', punches, sourceFile: '钉钉.xlsx', note: null, checkedBy: null });
    expect(nov.d03).toMatchObject({ note: '下村走访', punches: [] });
    expect(nov.d04).toBeNull();
    expect(nov._clock).toMatchObject({ d02: pcA(2), d03: pcA(3), d04: pcA(4), postingId: pcA(1), month: pcA(1) });
    expect(nov._hlc).toBe(pcA(4));
    const oct = (await db.attendanceDetails.get(keyedId('attendanceDetails', 'p2', '2026-10')))!;
    expect(oct.d30).toMatchObject({ checkedBy: '李明' });
    expect(oct._seq).toBeUndefined();
    const conflicts = await db.conflicts.toArray();
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({ table: 'attendanceDetails', recordId: nov.id, field: 'd03', keptValue: { note: '下村走访' }, lostValue: { note: '镇里开会' }, detectedAt: lost.detectedAt });
    db.close();
  });

  it('version 8 stores every clock as text, across more records than one upgrade step, and the app reads every record as it was', async () => {
    const { name, old } = olderDatabase(7);
    await old.open();
    const pc = (n: number) => `2026-11-${String(n).padStart(2, '0')}T08:00:00.000Z-0000-aaaaaaaaaaaaaaaa`;
    // 5,001 units: the upgrade rewrites 5,000 at a time
    const units = Array.from({ length: 5_001 }, (_, i) => {
      const clock = { name: pc(1), level: pc(1), _deleted: i % 2 ? pc(2) : pc(1) };
      return { id: `u${String(i).padStart(5, '0')}`, name: `单位${i}`, level: 'village', _deleted: i % 2 === 1, _clock: clock, _hlc: i % 2 ? pc(2) : pc(1), ...(i % 2 ? {} : { _live: 1 }) };
    });
    const month = { id: 'm1', postingId: 'p1', month: '2026-11', d02: 'present', d03: 'leave', _deleted: false, _clock: { postingId: pc(1), month: pc(1), d02: pc(2), d03: pc(3), _deleted: pc(1) }, _hlc: pc(3), _live: 1 };
    // an odd row (a clock stamp that is not text) is kept exactly, as an object
    const odd = { id: 'b1', name: '2026年第一批', _deleted: false, _clock: { name: 7 }, _hlc: pc(1) };
    await old.table('units').bulkAdd(units);
    await old.table('attendanceMonths').add(month);
    await old.table('batches').add(odd);
    old.close();

    const db = new GztDatabase(name);
    await db.open();
    expect(db.verno).toBe(DB_VERSION);
    const raw = await new Promise<Record<string, Record<string, unknown>[]>>((resolve) => {
      const tx = db.backendDB().transaction(['units', 'attendanceMonths', 'batches'], 'readonly');
      const out: Record<string, Record<string, unknown>[]> = {};
      for (const t of ['units', 'attendanceMonths', 'batches']) tx.objectStore(t).getAll().onsuccess = (e) => (out[t] = (e.target as IDBRequest).result);
      tx.oncomplete = () => resolve(out);
    });
    expect(raw.units!.filter((u) => typeof u._clock !== 'string')).toEqual([]);
    expect(raw.units!.at(-1)!._clock).toBe(encodeClock(units.at(-1)!._clock));
    expect(raw.attendanceMonths![0]!._clock).toBe(`{"${pc(1)}":["_deleted","month","postingId"],"${pc(2)}":["d02"],"${pc(3)}":["d03"]}`);
    expect(raw.batches![0]!._clock).toEqual({ name: 7 });

    expect(await db.table('units').toArray()).toEqual(units);
    expect(await db.table('attendanceMonths').get('m1')).toEqual(month);
    expect(await db.table('batches').get('b1')).toEqual(odd);
    db.close();
  });
});

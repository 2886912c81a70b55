import type { ExistingCadre, ExistingPosting, RosterContext } from '@shared/import/roster-import';
import type { ReadDb } from '../database';
import { domainFields } from '../domain-fields';
import { live, liveWhere } from './live';

/** What the preview checks a roster against, read from the database (everything but the clerk's options). */
export type RosterData = Omit<RosterContext, 'options'>;

/**
 * Loads the live units and batches, the cadres whose ID numbers appear in the file (through the
 * index, never the whole table) and those cadres' postings.
 */
export async function loadRosterData(db: ReadDb, idCardNos: readonly string[], today: string): Promise<RosterData> {
  const [units, batches, cadres] = await Promise.all([
    live(db.units).toArray(),
    live(db.batches).toArray(),
    idCardNos.length ? liveWhere(db.cadres, 'idCardNo', idCardNos).toArray() : Promise.resolve([]),
  ]);
  const postings = cadres.length ? await liveWhere(db.postings, 'cadreId', cadres.map((c) => c.id)).toArray() : [];
  const existingPostings = new Map<string, ExistingPosting[]>();
  for (const p of postings) {
    const list = existingPostings.get(p.cadreId) ?? [];
    list.push({ id: p.id, receivingUnitId: p.receivingUnitId, startDate: p.startDate, status: p.status });
    existingPostings.set(p.cadreId, list);
  }
  return {
    today,
    units: units.map((u) => ({ id: u.id, name: u.name, shortName: u.shortName })),
    batches: batches.map((b) => ({ id: b.id, name: b.name, defaultTermMonths: b.defaultTermMonths })),
    existingCadres: new Map(cadres.map((c) => [c.idCardNo, { ...(domainFields(c) as Omit<ExistingCadre, 'id'>), id: c.id }])),
    existingPostings,
  };
}

import type { ExistingCadre, ExistingPosting, RosterContext } from '@shared/import/roster-import';
import type { ReadDb, Row } from '../database';
import { domainFields } from '../domain-fields';
import { extensionsByPosting } from './extensions';
import { live, liveWhere } from './live';

/** What the preview checks a roster against, read from the database (everything but the clerk's options). */
export type RosterData = Omit<RosterContext, 'options'>;

/** The keys of a file the cadres on file are looked up by. */
export interface RosterKeys {
  idCardNos: readonly string[];
  names: readonly string[];
}

/** Keys per IndexedDB `anyOf` query (a 50,000-row file asks in a few steps). */
const KEYS_PER_QUERY = 5000;

async function cadresWhere(db: ReadDb, index: 'idCardNo' | 'name', keys: readonly string[]): Promise<Row<'cadres'>[]> {
  const out: Row<'cadres'>[] = [];
  for (let i = 0; i < keys.length; i += KEYS_PER_QUERY) out.push(...(await liveWhere(db.cadres, index, keys.slice(i, i + KEYS_PER_QUERY)).toArray()));
  return out;
}

function existing(c: Row<'cadres'>): ExistingCadre {
  return { ...(domainFields(c) as Omit<ExistingCadre, 'id'>), id: c.id };
}

/**
 * Loads once what every check of the preview needs (issue 9: load once, check in memory): the live
 * units and batches, the cadres whose ID numbers or names appear in the file (through the indexes,
 * never the whole table) and those cadres' postings with their extensions (a re-imported export is
 * compared with what the app prints for them).
 */
export async function loadRosterData(db: ReadDb, keys: RosterKeys, today: string, countyName?: string): Promise<RosterData> {
  const [units, batches, byId, byName] = await Promise.all([
    live(db.units).toArray(),
    live(db.batches).toArray(),
    cadresWhere(db, 'idCardNo', keys.idCardNos),
    cadresWhere(db, 'name', keys.names),
  ]);
  const cadres = new Map([...byId, ...byName].map((c) => [c.id, c]));
  const postings: Row<'postings'>[] = [];
  const ids = [...cadres.keys()];
  for (let i = 0; i < ids.length; i += KEYS_PER_QUERY) postings.push(...(await liveWhere(db.postings, 'cadreId', ids.slice(i, i + KEYS_PER_QUERY)).toArray()));
  const extensions = await extensionsByPosting(db, postings.map((p) => p.id));
  const existingPostings = new Map<string, ExistingPosting[]>();
  for (const p of postings) {
    const list = existingPostings.get(p.cadreId) ?? [];
    list.push({ ...(domainFields(p) as Omit<ExistingPosting, 'id'>), id: p.id, extensions: extensions.get(p.id) ?? [] });
    existingPostings.set(p.cadreId, list);
  }
  const cadresByName = new Map<string, ExistingCadre[]>();
  for (const c of cadres.values()) cadresByName.set(c.name, [...(cadresByName.get(c.name) ?? []), existing(c)]);
  return {
    today,
    ...(countyName ? { countyName } : {}),
    units: units.map((u) => ({ id: u.id, name: u.name, shortName: u.shortName, level: u.level, parentId: u.parentId, sortOrder: u.sortOrder })),
    batches: batches.map((b) => ({ id: b.id, name: b.name, defaultTermMonths: b.defaultTermMonths, year: b.year, startDate: b.startDate })),
    existingCadres: new Map([...cadres.values()].filter((c) => !!c.idCardNo).map((c) => [c.idCardNo!, existing(c)])),
    cadresByName,
    existingPostings,
  };
}

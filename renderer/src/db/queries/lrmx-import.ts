import type { LrmxPerson } from '@shared/import/lrmx-cadre';
import type { ExistingCadre } from '@shared/import/roster-import';
import type { ReadDb, Row } from '../database';
import { domainFields } from '../domain-fields';
import { liveWhere } from './live';

/** The cadre on file a 任免审批表 person is matched to: one, none, or several (the clerk must tell them apart). */
export type LrmxMatch = { kind: 'found'; cadre: ExistingCadre } | { kind: 'none' } | { kind: 'ambiguous'; names: string[] };

function existing(c: Row<'cadres'>): ExistingCadre {
  return { ...(domainFields(c) as Omit<ExistingCadre, 'id'>), id: c.id };
}

/**
 * Finds the cadres on file for the persons' match keys (issue 9 item 7, DOMAIN §5.5): by ID number,
 * else by name and birth month; a file with an ID number also matches a cadre registered without
 * one under the same name and birth month. Two queries through the indexes.
 */
export async function matchLrmxPersons(db: ReadDb, persons: readonly Pick<LrmxPerson, 'matchKey' | 'cadre' | 'birthMonth'>[]): Promise<LrmxMatch[]> {
  const ids = persons.flatMap((p) => (p.matchKey?.kind === 'idCardNo' ? [p.matchKey.idCardNo] : []));
  const names = persons.flatMap((p) => (p.matchKey && p.cadre.name ? [p.cadre.name] : []));
  const [byId, byName] = await Promise.all([
    ids.length ? liveWhere(db.cadres, 'idCardNo', ids).toArray() : Promise.resolve([]),
    names.length ? liveWhere(db.cadres, 'name', names).toArray() : Promise.resolve([]),
  ]);
  return persons.map((p): LrmxMatch => {
    const k = p.matchKey;
    if (!k) return { kind: 'none' };
    if (k.kind === 'idCardNo') {
      const hit = byId.find((c) => c.idCardNo === k.idCardNo);
      if (hit) return { kind: 'found', cadre: existing(hit) };
    }
    // By name and birth month: a file without an ID number, or a cadre registered without one.
    const same = byName.filter((c) => c.name === p.cadre.name && c.birthDate.slice(0, 7) === p.birthMonth && (k.kind === 'nameBirthMonth' || !c.idCardNo));
    if (same.length > 1) return { kind: 'ambiguous', names: same.map((c) => `${c.name}（${c.idCardNo ?? '无身份证号'}）`) };
    return same[0] ? { kind: 'found', cadre: existing(same[0]) } : { kind: 'none' };
  });
}

import type { UnitInput } from '../domain/entities/unit';
import { normalizeText } from '../domain/text';

/** The fields of a unit needed to recognise it by name. */
export interface UnitRef {
  id: string;
  name: string;
  shortName?: string | null;
}

/** Outcome of looking a unit name up. */
export type UnitMatch = { kind: 'found'; unit: UnitRef } | { kind: 'ambiguous'; units: UnitRef[] } | { kind: 'missing' };

/** Organ suffixes a roster often leaves out: 讲治镇 for 讲治镇人民政府. */
const ORG_SUFFIXES = ['街道办事处', '人民政府', '村民委员会', '居民委员会', '办事处', '党工委', '党委', '委员会'];

/** Comparison key of a unit name: normalised, without any space. */
export function unitNameKey(text: string): string {
  return normalizeText(text).replace(/\s+/g, '');
}

/** Looks units up by the names clerks write: full name, short name, or the full name without its organ suffix. */
export interface UnitLookup {
  find(text: string): UnitMatch;
  /**
   * Splits `讲治镇副镇长` into the longest known unit name at the start and the rest; undefined when
   * no known name starts the text.
   */
  leading(text: string): { unitText: string; rest: string } | undefined;
}

function addTo(map: Map<string, UnitRef[]>, key: string, unit: UnitRef): void {
  if (!key) return;
  const list = map.get(key);
  if (!list) map.set(key, [unit]);
  else if (!list.includes(unit)) list.push(unit);
}

/** Builds the lookup over the live units. */
export function createUnitLookup(units: readonly UnitRef[]): UnitLookup {
  const byName = new Map<string, UnitRef[]>();
  const byShort = new Map<string, UnitRef[]>();
  const byBase = new Map<string, UnitRef[]>();
  for (const u of units) {
    const name = unitNameKey(u.name);
    addTo(byName, name, u);
    if (u.shortName) addTo(byShort, unitNameKey(u.shortName), u);
    const suffix = ORG_SUFFIXES.find((s) => name.endsWith(s) && name.length > s.length + 1);
    if (suffix) addTo(byBase, name.slice(0, -suffix.length), u);
  }
  const keysByLength = [...new Set([...byName.keys(), ...byShort.keys(), ...byBase.keys()])].sort((a, b) => b.length - a.length);

  const find = (text: string): UnitMatch => {
    const key = unitNameKey(text);
    if (!key) return { kind: 'missing' };
    for (const map of [byName, byShort, byBase]) {
      const hits = map.get(key);
      if (hits?.length === 1) return { kind: 'found', unit: hits[0]! };
      if (hits && hits.length > 1) return { kind: 'ambiguous', units: hits };
    }
    return { kind: 'missing' };
  };

  const leading = (text: string): { unitText: string; rest: string } | undefined => {
    const t = normalizeText(text);
    const compact = t.replace(/\s+/g, '');
    const key = keysByLength.find((k) => compact.startsWith(k) && compact.length > k.length);
    if (!key) return undefined;
    let pos = 0;
    for (let seen = 0; pos < t.length && seen < key.length; pos++) if (!/\s/.test(t[pos]!)) seen++;
    return { unitText: key, rest: t.slice(pos).replace(/^[\s/、,，:：;；\-—]+/, '').trim() };
  };

  return { find, leading };
}

/**
 * A unit to create for a name not found (when the clerk asks for it): 镇/乡/街道 → 乡镇（街道）,
 * 村/社区 → 村（社区）, anything else a county government body; all inside the county, at the top of
 * the tree (the clerk moves them later in “单位”).
 */
export function guessNewUnit(name: string): UnitInput {
  const n = unitNameKey(name);
  if (/(村|社区)(民委员会|居民委员会|村委会|居委会|党支部|党总支)?$/.test(n)) return { name: n, level: 'village', kind: 'village', isInCounty: true };
  if (/(镇|乡|街道)(人民政府|党委|党工委|办事处|街道办事处)?$/.test(n)) return { name: n, level: 'township', kind: 'township', isInCounty: true };
  return { name: n, level: 'county', kind: 'govOrgan', isInCounty: true };
}

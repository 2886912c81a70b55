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

/**
 * One way to read a cell holding a unit and a post (`开江县农业局副局长`): the unit text, the
 * registered unit it names (null when none, or when several share the name: `candidates`), and
 * the post after it ('' when the cell names only a unit).
 */
export interface UnitPostReading {
  unitText: string;
  unit: UnitRef | null;
  candidates: UnitRef[];
  post: string;
}

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
  /**
   * Every sensible reading of a unit-and-post cell, the default first (see unitPostReadings);
   * empty when no unit can be recognised at all.
   */
  readings(text: string): UnitPostReading[];
}

function addTo(map: Map<string, UnitRef[]>, key: string, unit: UnitRef): void {
  if (!key) return;
  const list = map.get(key);
  if (!list) map.set(key, [unit]);
  else if (!list.includes(unit)) list.push(unit);
}

/**
 * The end of a unit's name when no registered unit is known (眉山市东坡区农业农村局, 开江县农业局):
 * the organ words of Chinese unit names.
 */
const UNIT_END = /(人民政府|政府|委员会|办公室|办事处|街道|管委会|局|委|办|院|所|站|厅|中心|公司|集团|医院|学校|中学|小学|部|处|社区|村|镇|乡|队|会|社|馆|台|行)$/;
/** How a post starts (副局长, 党委委员, 办公室主任 …), so a unit's name is not cut inside a post. */
const POST_START =
  /^(副|正|党委|党组|党工委|党支部|党总支|纪委|纪检|主任|书记|局长|部长|科长|股长|处长|镇长|乡长|县长|市长|区长|院长|所长|站长|校长|馆长|行长|队长|社长|主席|委员|干部|科员|办事员|职员|工作人员|助理|经理|董事|监事|调研员|主任科员|一级|二级|三级|四级|总|秘书|专职|专干|会计|出纳|教师|医生|第一书记|驻村)/;
/** A registered name that is only a place (a county, city or district), not an organ. */
const PLACE_ONLY = /(县|市|区|州|省|旗)$/;
/** Separators a clerk puts between a unit and a post. */
const SEPARATORS = /^[\s/、,，:：;；\-—]+/;
/** Longest unit name looked at (the schema allows 60 characters). */
const MAX_UNIT_TEXT = 60;

/** `text` without its first `count` non-space characters and the separators after them. */
function after(text: string, count: number): string {
  let pos = 0;
  for (let seen = 0; pos < text.length && seen < count; pos++) if (!/\s/.test(text[pos]!)) seen++;
  return text.slice(pos).replace(SEPARATORS, '').trim();
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
  const keys = new Set([...byName.keys(), ...byShort.keys(), ...byBase.keys()]);
  const longestKey = Math.max(0, ...[...keys].map((k) => k.length));

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

  /** The longest known key the compact text starts with (shorter than the text); at most `longestKey` lookups. */
  const longestKnownPrefix = (compact: string): string | undefined => {
    for (let n = Math.min(compact.length - 1, longestKey); n > 0; n--) {
      const head = compact.slice(0, n);
      if (keys.has(head)) return head;
    }
    return undefined;
  };

  const leading = (text: string): { unitText: string; rest: string } | undefined => {
    const t = normalizeText(text);
    const key = longestKnownPrefix(t.replace(/\s+/g, ''));
    return key ? { unitText: key, rest: after(t, key.length) } : undefined;
  };

  const reading = (unitText: string, post: string): UnitPostReading => {
    const m = find(unitText);
    return { unitText, unit: m.kind === 'found' ? m.unit : null, candidates: m.kind === 'ambiguous' ? m.units : [], post };
  };

  const readings = (text: string): UnitPostReading[] => {
    const t = normalizeText(text);
    if (!t) return [];
    // A space the clerk typed between unit and post decides.
    const spaced = /^(\S+)\s+(\S.*)$/.exec(t);
    if (spaced && find(t).kind === 'missing') return [reading(spaced[1]!, spaced[2]!)];
    const compact = t.replace(/\s+/g, '');
    if (find(compact).kind !== 'missing') return [reading(compact, '')];
    const out: UnitPostReading[] = [];
    const known = longestKnownPrefix(compact);
    // A registered unit at the start decides, unless it is only a place's name (开江县 for 开江县人民政府,
    // the county's own name that starts most of its units): then a longer unit name read from the
    // shape of the text (开江县农业局 + 副局长) comes first and both readings are offered. Without any
    // registered unit, the shape alone is read (眉山市东坡区农业农村局 + 副局长).
    if (!known || PLACE_ONLY.test(known)) {
      const head = compact.slice(0, MAX_UNIT_TEXT).split(/[、,，;；/]/)[0]!;
      for (let n = head.length; n > (known?.length ?? 1); n--) {
        const unitText = head.slice(0, n);
        const post = compact.slice(n);
        if (post && UNIT_END.test(unitText) && POST_START.test(post) && !keys.has(unitText)) {
          out.push(reading(unitText, after(t, n)));
          break;
        }
      }
    }
    if (known) out.push(reading(known, after(t, known.length)));
    return out;
  };

  return { find, leading, readings };
}

/** What placing a new unit needs to know: the county's name (`开江县`). */
export interface UnitPlacement {
  countyName?: string;
}

/** 中共 and 中国共产党 before a party body's name. */
const PARTY_PREFIX = /^(中国共产党|中共)/;

function kindOf(n: string): UnitInput['kind'] {
  if (/(村|社区)(民委员会|居民委员会|村委会|居委会|党支部|党总支)?$/.test(n)) return 'village';
  if (/(镇|乡|街道)(人民政府|党委|党工委|办事处|街道办事处)?$/.test(n)) return 'township';
  if (/^(中国共产党|中共)|(组织部|宣传部|统战部|政法委员会|政法委|纪委|监委|党委|县委|市委|区委|省委|党校|编委办|网信办)/.test(n)) return 'partyOrgan';
  if (/(人大常委会|人民代表大会)/.test(n)) return 'peopleCongress';
  if (/政协/.test(n)) return 'cppcc';
  if (/人民法院|法院$/.test(n)) return 'court';
  if (/人民检察院|检察院$/.test(n)) return 'procuratorate';
  if (/(总工会|团委|共青团|妇联|妇女联合会|科协|工商联|残联|文联)/.test(n)) return 'massOrg';
  if (/(公司|集团)$/.test(n)) return 'soe';
  if (/(医院|学校|中学|小学|幼儿园|中心|站|所|院|馆|台)$/.test(n)) return 'institution';
  return 'govOrgan';
}

/**
 * Where a unit named in a cell sits when it is outside the county (issue 9 item 4): a name that
 * starts with another province, city or county is created outside the county with its level —
 * 四川省农业农村厅 province; 眉山市农业农村局 city; 成都市成华区信访局 or 平昌县教育局 external (a body of another
 * county). undefined for a name inside the county (it starts with the county's own name, or with
 * no place name at all: 县财政局, 讲治镇).
 */
function outsidePlace(n: string, placement: UnitPlacement): UnitInput['level'] | undefined {
  const body = n.replace(PARTY_PREFIX, '');
  const county = placement.countyName ? unitNameKey(placement.countyName) : '';
  if (county && body.startsWith(county)) return undefined;
  const province = /^(.{2,6}?(省|自治区))/.exec(body);
  const rest = province ? body.slice(province[1]!.length) : body;
  const city = /^(.{2,8}?(市|自治州|州|地区|盟))/.exec(rest);
  const afterCity = city ? rest.slice(city[1]!.length) : rest;
  const district = /^(.{1,8}?(区|县|旗|市))(?=.)/.exec(afterCity);
  if (city && district) return 'external';
  if (city) return 'city';
  if (/^.{1,8}?(县|区|旗)(?=.)/.test(rest) && !/^(县|区|旗)/.test(rest)) return 'external';
  if (province) return 'province';
  return undefined;
}

/**
 * A unit to create for a name not found (when the clerk asks for it): inside the county 镇/乡/街道 →
 * 乡镇（街道）, 村/社区 → 村（社区）, anything else a county body; a name starting with another
 * province, city or county is created outside the county at its level (outsidePlace). Always at
 * the top of the tree (the clerk moves it later in “单位”).
 */
export function guessNewUnit(name: string, placement: UnitPlacement = {}): UnitInput {
  const n = unitNameKey(name);
  const kind = kindOf(n);
  const outside = outsidePlace(n, placement);
  if (outside) return { name: n, level: outside, kind, isInCounty: false };
  if (kind === 'village') return { name: n, level: 'village', kind, isInCounty: true };
  if (kind === 'township') return { name: n, level: 'township', kind, isInCounty: true };
  return { name: n, level: 'county', kind, isInCounty: true };
}

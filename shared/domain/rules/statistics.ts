import { ageAt } from '../age';
import { educationBand } from '../codes/education';
import { isMinorityEthnicity } from '../codes/ethnicity';
import { isCpc, isNonCpc } from '../codes/political-status';
import { formatDateChinese } from '../dates';
import { type TreeUnit, compareUnits } from '../unit-tree';
import { attendancePeriod, percent } from './attendance';

/**
 * 挂职干部情况统计表 (DOMAIN §4.2) as data: one row per posting type, dispatching-unit class or
 * receiving township, the two-level column groups, a 合计 row and an optional 占比 row.
 *
 * Who counts: every posting on post at the 截止日期 — started on or before it, not ended before it
 * (attendancePeriod: an unended posting on post stays open), and never proposed, approved-only or
 * cancelled ones. A cadre counts once: if two postings are on post at the date, the later-started
 * one counts (and a note says so).
 *
 * Type rows: 上挂 = secondmentUp, 下派 = secondmentDown, 双向互派 = pairedExchange and mutualDispatch
 * (互派挂职 is a two-way exchange with another region, so it is counted here rather than under 外派),
 * 外派 = outbound, 交流任职 = exchangeAppointment, 驻村工作队员, 第一书记, and a row 其他 for type
 * other (always present, so that 合计 is the sum of the rows).
 *
 * Columns: 民族 uses isMinorityEthnicity (codes 97 其他 and 98 外国血统 count in neither column and
 * are noted); 政治面貌 中共党员 includes 预备党员, 党外 is every other recorded status (团员 and 群众
 * included); 学历 bands of educationBand on the 全日制 basis (option: the higher of 全日制 and 在职);
 * 职务层次 from the cadre's current level, else the posting's snapshot, else the 职级 equivalent (一至四级调研员
 * → 县处级, 一二级主任科员 → 乡科级正职, 三四级主任科员 → 乡科级副职); 县处级 includes anything higher,
 * 科员及以下 includes 办事员, 未定职 and unknown levels; 后备干部 = the cadre's flag or an entry in the
 * reserve pool (在库) added on or before the date. Unrecorded values count in no column of their group
 * and are listed in `notes`.
 */

export interface StatsPosting {
  id: string;
  cadreId: string;
  type: string;
  status: string;
  startDate: string;
  plannedEndDate: string;
  actualEndDate?: string | null;
  dispatchingUnitId: string;
  receivingUnitId: string;
  originalPositionLevel?: string | null;
}

export interface StatsCadre {
  id: string;
  name: string;
  sex: string | null;
  ethnicity: string | null;
  politicalStatus: string | null;
  birthDate: string | null;
  fullTimeEducation?: string | null;
  inServiceEducation?: string | null;
  positionLevel?: string | null;
  rank?: string | null;
  isReserveCadre?: boolean | null;
}

export interface StatsUnit extends TreeUnit {
  level: string;
  kind: string;
  isInCounty?: boolean | null;
}

export type StatisticsGrouping = 'postingType' | 'dispatchingClass' | 'receivingTownship';

export const STATISTICS_COLUMN_GROUPS = [
  { key: 'total', label: '总人数', columns: [{ key: 'total', label: '总人数' }] },
  { key: 'sex', label: '性别', columns: [{ key: 'male', label: '男' }, { key: 'female', label: '女' }] },
  { key: 'ethnicity', label: '民族', columns: [{ key: 'han', label: '汉族' }, { key: 'minority', label: '少数民族' }] },
  { key: 'political', label: '政治面貌', columns: [{ key: 'cpc', label: '中共党员（含预备）' }, { key: 'nonCpc', label: '党外' }] },
  {
    key: 'age',
    label: '年龄',
    columns: [
      { key: 'age30', label: '30岁及以下' },
      { key: 'age31to35', label: '31—35岁' },
      { key: 'age36to40', label: '36—40岁' },
      { key: 'age41to45', label: '41—45岁' },
      { key: 'age46to50', label: '46—50岁' },
      { key: 'age51', label: '51岁及以上' },
      { key: 'averageAge', label: '平均年龄' },
    ],
  },
  {
    key: 'education',
    label: '学历',
    columns: [
      { key: 'postgraduate', label: '研究生' },
      { key: 'bachelor', label: '大学本科' },
      { key: 'college', label: '大学专科' },
      { key: 'secondary', label: '中专及以下' },
    ],
  },
  {
    key: 'level',
    label: '职务层次',
    columns: [
      { key: 'countyLevel', label: '县处级' },
      { key: 'townshipChief', label: '乡科级正职' },
      { key: 'townshipDeputy', label: '乡科级副职' },
      { key: 'staffLevel', label: '科员及以下' },
    ],
  },
  { key: 'reserve', label: '后备干部', columns: [{ key: 'reserve', label: '人数' }] },
] as const;

export type StatisticsColumnKey = (typeof STATISTICS_COLUMN_GROUPS)[number]['columns'][number]['key'];

const COLUMN_KEYS: StatisticsColumnKey[] = STATISTICS_COLUMN_GROUPS.flatMap((g) => g.columns.map((c) => c.key));

/** Rows by posting type (see the mapping at the top of this file). */
export const STATISTICS_TYPE_ROWS: readonly { key: string; label: string; types: readonly string[] }[] = [
  { key: 'secondmentUp', label: '上挂', types: ['secondmentUp'] },
  { key: 'secondmentDown', label: '下派', types: ['secondmentDown'] },
  { key: 'pairedExchange', label: '双向互派', types: ['pairedExchange', 'mutualDispatch'] },
  { key: 'outbound', label: '外派', types: ['outbound'] },
  { key: 'exchangeAppointment', label: '交流任职', types: ['exchangeAppointment'] },
  { key: 'villageTeamMember', label: '驻村工作队员', types: ['villageTeamMember'] },
  { key: 'firstSecretary', label: '第一书记', types: ['firstSecretary'] },
  { key: 'other', label: '其他', types: ['other'] },
];

/** Rows by the class of the dispatching unit (UNIT_KIND codes); units outside the county form 县外单位. */
export const DISPATCHING_CLASS_ROWS: readonly { key: string; label: string; kinds: readonly string[] }[] = [
  { key: 'partyMass', label: '党群机关', kinds: ['partyOrgan', 'peopleCongress', 'cppcc', 'court', 'procuratorate', 'massOrg'] },
  { key: 'government', label: '政府部门', kinds: ['govOrgan'] },
  { key: 'institution', label: '事业单位', kinds: ['institution'] },
  { key: 'soe', label: '国有企业', kinds: ['soe'] },
  { key: 'township', label: '乡镇（街道）', kinds: ['township', 'village'] },
  { key: 'outOfCounty', label: '县外单位', kinds: [] },
  { key: 'other', label: '其他', kinds: ['other'] },
];

export interface StatisticsRow {
  key: string;
  label: string;
  /** Counts per column; averageAge in years with one decimal (null when nobody's age is known); 占比 in %. */
  values: Record<StatisticsColumnKey, number | null>;
  /** The postings counted in the row (for the list behind a chart or a cell). */
  postingIds: string[];
}

export interface StatisticsTable {
  cutoffDate: string;
  grouping: StatisticsGrouping;
  columnGroups: typeof STATISTICS_COLUMN_GROUPS;
  rows: StatisticsRow[];
  total: StatisticsRow;
  /** 占比: each column as % of 总人数 (one decimal); null when not asked for. */
  share: StatisticsRow | null;
  notes: string[];
}

function round1(x: number): number {
  return Math.floor(x * 10 + 0.5 + 1e-9) / 10;
}

/** Whether a posting is on post on a date (see "Who counts" above). */
export function onPostAt(p: Pick<StatsPosting, 'status' | 'startDate' | 'plannedEndDate' | 'actualEndDate'>, date: string): boolean {
  if (p.status === 'proposed' || p.status === 'approved' || p.status === 'cancelled') return false;
  const { startDate, endDate } = attendancePeriod(p);
  return startDate <= date && (endDate === null || endDate >= date);
}

type LevelColumn = 'countyLevel' | 'townshipChief' | 'townshipDeputy' | 'staffLevel';

function levelColumn(level: string | null | undefined, rank: string | null | undefined): LevelColumn {
  if (level && /^\d{3}$/.test(level)) {
    const n = Number(level);
    if (n <= 132) return 'countyLevel';
    if (n === 141) return 'townshipChief';
    if (n === 142) return 'townshipDeputy';
    return 'staffLevel';
  }
  if (rank && /^R\d{2}$/.test(rank)) {
    const n = Number(rank.slice(1));
    if (n <= 6) return 'countyLevel';
    if (n <= 8) return 'townshipChief';
    if (n <= 10) return 'townshipDeputy';
  }
  return 'staffLevel';
}

const EDUCATION_COLUMN: Record<string, StatisticsColumnKey> = { 研究生: 'postgraduate', 大学本科: 'bachelor', 大学专科: 'college', 中专及以下: 'secondary' };

function educationColumn(c: StatsCadre, basis: 'fullTime' | 'highest'): StatisticsColumnKey | null {
  const codes = basis === 'fullTime' ? [c.fullTimeEducation] : [c.fullTimeEducation, c.inServiceEducation];
  const bands = codes.map((code) => educationBand(code)).filter((b) => b !== '');
  const order = ['研究生', '大学本科', '大学专科', '中专及以下'];
  const best = bands.sort((a, b) => order.indexOf(a) - order.indexOf(b))[0];
  return best ? EDUCATION_COLUMN[best]! : null;
}

function ageColumn(age: number): StatisticsColumnKey {
  if (age <= 30) return 'age30';
  if (age <= 35) return 'age31to35';
  if (age <= 40) return 'age36to40';
  if (age <= 45) return 'age41to45';
  if (age <= 50) return 'age46to50';
  return 'age51';
}

function emptyValues(): Record<StatisticsColumnKey, number | null> {
  return Object.fromEntries(COLUMN_KEYS.map((k) => [k, 0])) as Record<StatisticsColumnKey, number | null>;
}

/** The township a unit lies in (itself, or the nearest ancestor of level township); undefined when none. */
export function townshipOf<U extends Pick<StatsUnit, 'id' | 'level' | 'parentId'>>(units: ReadonlyMap<string, U>, id: string): U | undefined {
  const seen = new Set<string>();
  for (let u = units.get(id); u && !seen.has(u.id); u = u.parentId ? units.get(u.parentId) : undefined) {
    seen.add(u.id);
    if (u.level === 'township') return u;
  }
  return undefined;
}

/** Builds the 挂职干部情况统计表 at a cut-off date, grouped by posting type, dispatching-unit class or receiving township. */
export function cadreStatistics(input: {
  cutoffDate: string;
  grouping: StatisticsGrouping;
  postings: readonly StatsPosting[];
  cadres: readonly StatsCadre[];
  units: readonly StatsUnit[];
  reservePool?: readonly { cadreId: string; status: string; addedOn: string }[];
  withShare?: boolean;
  educationBasis?: 'fullTime' | 'highest';
}): StatisticsTable {
  const { cutoffDate } = input;
  const cadres = new Map(input.cadres.map((c) => [c.id, c]));
  const units = new Map(input.units.map((u) => [u.id, u]));
  const notes: string[] = [];

  // One posting per cadre: the later-started one when two are on post.
  const chosen = new Map<string, StatsPosting>();
  for (const p of input.postings) {
    if (!onPostAt(p, cutoffDate)) continue;
    const other = chosen.get(p.cadreId);
    if (other) {
      const keep = other.startDate >= p.startDate ? other : p;
      chosen.set(p.cadreId, keep);
      notes.push(`${cadres.get(p.cadreId)?.name ?? '有干部'}同时有2条在岗挂职，按${formatDateChinese(keep.startDate)}开始的一条统计`);
    } else chosen.set(p.cadreId, p);
  }

  // Row definitions for the grouping.
  let rowDefs: { key: string; label: string; match: (p: StatsPosting) => boolean }[];
  if (input.grouping === 'postingType') {
    rowDefs = STATISTICS_TYPE_ROWS.map((r) => ({ key: r.key, label: r.label, match: (p) => r.types.includes(p.type) }));
    const known = new Set(STATISTICS_TYPE_ROWS.flatMap((r) => r.types));
    rowDefs.find((r) => r.key === 'other')!.match = (p) => p.type === 'other' || !known.has(p.type);
  } else if (input.grouping === 'dispatchingClass') {
    const classOf = (p: StatsPosting): string => {
      const u = units.get(p.dispatchingUnitId);
      if (!u) return 'other';
      if (u.isInCounty === false) return 'outOfCounty';
      return DISPATCHING_CLASS_ROWS.find((r) => r.kinds.includes(u.kind))?.key ?? 'other';
    };
    rowDefs = DISPATCHING_CLASS_ROWS.map((r) => ({ key: r.key, label: r.label, match: (p) => classOf(p) === r.key }));
  } else {
    const townships = input.units.filter((u) => u.level === 'township' && u.isInCounty !== false).sort(compareUnits);
    rowDefs = townships.map((t) => ({ key: t.id, label: t.shortName || t.name, match: (p) => townshipOf(units, p.receivingUnitId)?.id === t.id }));
    const townshipIds = new Set(townships.map((t) => t.id));
    rowDefs.push({ key: 'other', label: '县直及其他单位', match: (p) => !townshipIds.has(townshipOf(units, p.receivingUnitId)?.id ?? '') });
  }

  const reserveIds = new Set((input.reservePool ?? []).filter((e) => e.status === 'in' && e.addedOn <= cutoffDate).map((e) => e.cadreId));
  const missing = { cadre: 0, sex: 0, ethnicity: 0, otherEthnicity: 0, political: 0, age: 0, education: 0 };
  const ageSums = new Map<string, { sum: number; n: number }>();

  const rows: StatisticsRow[] = rowDefs.map((r) => ({ key: r.key, label: r.label, values: emptyValues(), postingIds: [] }));
  const total: StatisticsRow = { key: 'total', label: '合计', values: emptyValues(), postingIds: [] };
  const inc = (row: StatisticsRow, key: StatisticsColumnKey) => (row.values[key] = (row.values[key] ?? 0) + 1);

  for (const p of chosen.values()) {
    const c = cadres.get(p.cadreId);
    if (!c) {
      missing.cadre++;
      continue;
    }
    const row = rows[rowDefs.findIndex((r) => r.match(p))]!;
    for (const target of [row, total]) {
      target.postingIds.push(p.id);
      inc(target, 'total');
      if (c.sex === '1') inc(target, 'male');
      else if (c.sex === '2') inc(target, 'female');
      if (c.ethnicity === '01') inc(target, 'han');
      else if (isMinorityEthnicity(c.ethnicity)) inc(target, 'minority');
      if (isCpc(c.politicalStatus)) inc(target, 'cpc');
      else if (isNonCpc(c.politicalStatus)) inc(target, 'nonCpc');
      const age = c.birthDate ? ageAt(c.birthDate, cutoffDate) : undefined;
      if (age !== undefined) {
        inc(target, ageColumn(age));
        const s = ageSums.get(target.key) ?? { sum: 0, n: 0 };
        ageSums.set(target.key, { sum: s.sum + age, n: s.n + 1 });
      }
      const edu = educationColumn(c, input.educationBasis ?? 'fullTime');
      if (edu) inc(target, edu);
      inc(target, levelColumn(c.positionLevel ?? p.originalPositionLevel, c.rank));
      if (c.isReserveCadre || reserveIds.has(c.id)) inc(target, 'reserve');
    }
    if (c.sex !== '1' && c.sex !== '2') missing.sex++;
    if (!c.ethnicity) missing.ethnicity++;
    else if (c.ethnicity !== '01' && !isMinorityEthnicity(c.ethnicity)) missing.otherEthnicity++;
    if (!c.politicalStatus) missing.political++;
    if (!c.birthDate) missing.age++;
    if (!educationColumn(c, input.educationBasis ?? 'fullTime')) missing.education++;
  }
  for (const row of [...rows, total]) {
    const s = ageSums.get(row.key);
    row.values.averageAge = s && s.n ? round1(s.sum / s.n) : null;
  }

  const eduWord = (input.educationBasis ?? 'fullTime') === 'fullTime' ? '全日制学历' : '学历';
  const noteOf: [number, string][] = [
    [missing.cadre, '条挂职找不到干部信息，未统计'],
    [missing.sex, '人性别未填写或未说明，未计入男、女'],
    [missing.ethnicity, '人未填写民族，未计入汉族、少数民族'],
    [missing.otherEthnicity, '人民族为“其他”或外国血统中国籍人士，未计入汉族、少数民族'],
    [missing.political, '人未填写政治面貌，未计入党员、党外'],
    [missing.age, '人未填写出生日期，未计入年龄各列和平均年龄'],
    [missing.education, `人未填写${eduWord}，未计入学历各列`],
  ];
  for (const [n, text] of noteOf) if (n > 0) notes.push(`${n}${text}`);

  let share: StatisticsRow | null = null;
  if (input.withShare) {
    const n = total.values.total ?? 0;
    const values = emptyValues();
    for (const k of COLUMN_KEYS) values[k] = k === 'averageAge' ? null : percent(total.values[k] ?? 0, n);
    share = { key: 'share', label: '占比（%）', values, postingIds: [] };
  }
  return { cutoffDate, grouping: input.grouping, columnGroups: STATISTICS_COLUMN_GROUPS, rows, total, share, notes };
}

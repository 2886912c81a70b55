import { DEGREE, EDUCATION, ETHNICITY, POLITICAL_STATUS, POSITION_LEVEL, RANK, SEX } from '../domain/codes';
import type { CodeList } from '../domain/codes/types';
import { POSTING_DIRECTION, POSTING_TYPE, STAFF_CATEGORY, TEAM_ROLE } from '../domain/enums';
import { normalizeText } from '../domain/text';

/** One import field: one cell of a roster row (one row = one cadre + one posting). */
export type RosterFieldKey =
  | 'name'
  | 'idCardNo'
  | 'sex'
  | 'birthMonth'
  | 'ethnicity'
  | 'nativePlace'
  | 'politicalStatus'
  | 'partyJoinDate'
  | 'workStartDate'
  | 'fullTimeEducation'
  | 'fullTimeDegree'
  | 'fullTimeSchool'
  | 'inServiceEducation'
  | 'inServiceDegree'
  | 'staffCategory'
  | 'homeUnit'
  | 'currentPost'
  | 'positionLevel'
  | 'rank'
  | 'phone'
  | 'isReserveCadre'
  | 'postingType'
  | 'direction'
  | 'dispatchingUnit'
  | 'originalPost'
  | 'receivingUnit'
  | 'secondedPost'
  | 'batch'
  | 'startDate'
  | 'termMonths'
  | 'plannedEndDate'
  | 'village'
  | 'teamRole'
  | 'liaisonLeader'
  | 'mentor'
  | 'remarks';

/** How a cell of the field is read. */
export type RosterValueKind = 'text' | 'idCard' | 'code' | 'month' | 'date' | 'months' | 'flag' | 'unit' | 'batch';

/** An import field with its template header, the spellings county rosters use, and how it is read. */
export interface RosterField {
  key: RosterFieldKey;
  /** Header text in the template (without the `*` of required fields). */
  header: string;
  /** Marked `*` in the template: a new cadre's row must have it (unless `fallback` says what is used instead). */
  required: boolean;
  kind: RosterValueKind;
  /** The code list a `code` cell is parsed with (tolerant: short labels, old names, codes). */
  list?: CodeList;
  /** Two values a clerk may type, for messages (“请填写如“汉族”或“汉””). */
  examples?: readonly [string, string];
  /** Other headers that mean this field in rosters counties already keep. */
  synonyms: readonly string[];
  /** How to fill the cell (template header note and 填写说明). */
  note: string;
  /** What is used when the cell is blank. */
  fallback?: string;
  /**
   * A value the cadre record can live without for a while (rules/data-quality.ts): a blank cell or
   * a missing column never blocks the row; the cadre is imported and listed 待补充.
   */
  pending?: true;
  /** Column width in the template (characters). */
  width: number;
}

/** Max length of a single-line text cell is checked by the entity schemas, not here. */
export const ROSTER_FIELDS: readonly RosterField[] = [
  { key: 'name', header: '姓名', required: true, kind: 'text', synonyms: ['干部姓名', '名字'], note: '汉字，少数民族姓名各部分之间用“·”分隔', width: 10 },
  {
    key: 'idCardNo',
    header: '身份证号',
    required: true,
    pending: true,
    kind: 'idCard',
    synonyms: ['身份证号码', '公民身份号码', '身份证', '身份证件号码', '公民身份证号码', '证件号码'],
    note: '18位公民身份号码，单元格请设为“文本”格式；按身份证号与系统中已有干部对应',
    width: 21,
  },
  { key: 'sex', header: '性别', required: false, kind: 'code', list: SEX, examples: ['男', '女'], synonyms: [], note: '男 或 女；可不填，按身份证号码确定', width: 6 },
  {
    key: 'birthMonth',
    header: '出生年月',
    required: false,
    kind: 'month',
    synonyms: ['出生日期', '出生时间', '出生年月日', '出生年月(年龄)', '出生年月(岁)', '出生日期(年龄)'],
    note: '如 1985.03；可不填，按身份证号码确定',
    width: 10,
  },
  { key: 'ethnicity', header: '民族', required: true, pending: true, kind: 'code', list: ETHNICITY, examples: ['汉族', '汉'], synonyms: [], note: '如 汉族 或 汉', width: 8 },
  { key: 'nativePlace', header: '籍贯', required: false, kind: 'text', synonyms: [], note: '如 四川开江', width: 10 },
  {
    key: 'politicalStatus',
    header: '政治面貌',
    required: true,
    pending: true,
    kind: 'code',
    list: POLITICAL_STATUS,
    examples: ['中共党员', '群众'],
    synonyms: ['党派'],
    note: '如 中共党员、中共预备党员、共青团员、群众',
    width: 10,
  },
  {
    key: 'partyJoinDate',
    header: '入党时间',
    required: false,
    kind: 'month',
    synonyms: ['入党年月', '入党日期', '入党时间(年月)'],
    note: '如 2003.06；中共党员（含预备党员）应填',
    pending: true,
    width: 10,
  },
  {
    key: 'workStartDate',
    header: '参加工作时间',
    required: true,
    pending: true,
    kind: 'month',
    synonyms: ['参加工作年月', '参加工作日期', '工作时间', '参工时间'],
    note: '如 2002.07，也可写 2002年7月',
    width: 12,
  },
  {
    key: 'fullTimeEducation',
    header: '全日制学历',
    required: false,
    kind: 'code',
    list: EDUCATION,
    examples: ['大学', '研究生'],
    synonyms: ['全日制教育学历', '学历', '全日制教育'],
    note: '如 研究生、大学、大专、中专',
    width: 10,
  },
  {
    key: 'fullTimeDegree',
    header: '全日制学位',
    required: false,
    kind: 'code',
    list: DEGREE,
    examples: ['学士', '硕士'],
    synonyms: ['全日制教育学位', '学位'],
    note: '博士、硕士、学士 或 无',
    width: 10,
  },
  {
    key: 'fullTimeSchool',
    header: '全日制毕业院校系及专业',
    required: false,
    kind: 'text',
    synonyms: ['毕业院校系及专业', '毕业院校及专业', '全日制毕业院校及专业', '毕业院校', '全日制毕业院校'],
    note: '如 四川大学法学院法学专业',
    width: 24,
  },
  {
    key: 'inServiceEducation',
    header: '在职学历',
    required: false,
    kind: 'code',
    list: EDUCATION,
    examples: ['大学', '研究生'],
    synonyms: ['在职教育学历', '在职教育'],
    note: '如 研究生、大学',
    width: 10,
  },
  { key: 'inServiceDegree', header: '在职学位', required: false, kind: 'code', list: DEGREE, examples: ['学士', '硕士'], synonyms: ['在职教育学位'], note: '博士、硕士、学士 或 无', width: 10 },
  {
    key: 'staffCategory',
    header: '人员类别',
    required: true,
    pending: true,
    kind: 'code',
    list: STAFF_CATEGORY,
    examples: ['公务员', '事业单位人员'],
    synonyms: ['身份类别', '干部类别', '人员身份'],
    note: '公务员、参照公务员法管理、事业单位人员、国有企业人员、村（社区）干部、其他',
    width: 14,
  },
  {
    key: 'homeUnit',
    header: '工作单位',
    required: true,
    kind: 'unit',
    synonyms: ['原单位', '原工作单位', '所在单位', '派出前单位'],
    note: '干部本人的工作单位，填系统中已有单位的全称或简称；没有此列的，取派出单位',
    width: 20,
  },
  {
    key: 'currentPost',
    header: '现任职务',
    required: true,
    kind: 'text',
    synonyms: ['原职务', '单位职务', '职务', '现职务', '原任职务'],
    note: '如 县发展和改革局办公室主任；没有此列的，取原单位职务',
    width: 20,
  },
  {
    key: 'positionLevel',
    header: '职务层次',
    required: false,
    kind: 'code',
    list: POSITION_LEVEL,
    examples: ['乡科级副职', '副科级'],
    synonyms: ['职务级别', '领导职务层次'],
    note: '如 乡科级副职（副科级）',
    width: 12,
  },
  { key: 'rank', header: '职级', required: false, kind: 'code', list: RANK, examples: ['四级主任科员', '一级科员'], synonyms: [], note: '如 四级主任科员', width: 12 },
  { key: 'phone', header: '联系电话', required: false, kind: 'text', synonyms: ['电话', '手机', '手机号码', '联系方式', '手机号'], note: '11位手机号或带区号的固定电话', width: 14 },
  {
    key: 'isReserveCadre',
    header: '后备干部',
    required: false,
    kind: 'flag',
    synonyms: ['是否后备干部'],
    note: '是 或 否',
    fallback: '不填的，新登记的干部按“否”登记，已有干部不变',
    width: 8,
  },
  {
    key: 'postingType',
    header: '挂职类型',
    required: true,
    kind: 'code',
    list: POSTING_TYPE,
    examples: ['下派挂职', '驻村第一书记'],
    synonyms: ['挂职方式', '交流类型', '挂职形式'],
    note: '下派挂职、上挂、双向互派、互派挂职、外派挂职、交流任职、驻村工作队员、驻村第一书记、其他',
    fallback: '不填的，按导入时选择的挂职类型（默认下派挂职）',
    width: 12,
  },
  {
    key: 'direction',
    header: '挂职方向',
    required: false,
    kind: 'code',
    list: POSTING_DIRECTION,
    examples: ['下派', '上挂'],
    synonyms: ['方向'],
    note: '上挂、下派、平级交流、县外',
    fallback: '不填的，按挂职类型确定（如下派挂职为“下派”）',
    width: 10,
  },
  {
    key: 'dispatchingUnit',
    header: '派出单位',
    required: false,
    kind: 'unit',
    synonyms: ['选派单位'],
    note: '填单位全称或简称',
    fallback: '不填的，派出单位即工作单位',
    width: 20,
  },
  {
    key: 'originalPost',
    header: '原单位职务',
    required: false,
    kind: 'text',
    synonyms: ['派出时职务', '派出单位职务'],
    note: '派出时在原单位担任的职务',
    fallback: '不填的，即现任职务',
    width: 20,
  },
  {
    key: 'receivingUnit',
    header: '接收单位',
    required: true,
    kind: 'unit',
    synonyms: ['挂职单位', '挂任单位', '派驻单位', '挂职乡镇'],
    note: '填系统中已有单位的全称或简称',
    width: 20,
  },
  {
    key: 'secondedPost',
    header: '挂任职务',
    required: true,
    kind: 'text',
    synonyms: ['挂职职务', '拟挂任职务', '挂职岗位', '挂任岗位'],
    note: '如 党委委员、副镇长',
    width: 16,
  },
  { key: 'batch', header: '批次', required: false, kind: 'batch', synonyms: ['挂职批次', '所属批次'], note: '填系统中已建立的批次名称，可不填', width: 16 },
  {
    key: 'startDate',
    header: '到岗日期',
    required: true,
    kind: 'date',
    synonyms: ['挂职时间', '挂职开始时间', '挂职开始日期', '到岗时间', '报到时间', '报到日期', '开始时间'],
    note: '如 2024.03.01 或 2024-3-1',
    width: 12,
  },
  {
    key: 'termMonths',
    header: '期限（月）',
    required: false,
    kind: 'months',
    synonyms: ['挂职期限', '期限', '挂职期限(月)', '期限(个月)'],
    note: '整数月数，如 24',
    fallback: '不填的，取批次的默认期限，没有批次的按24个月',
    width: 10,
  },
  {
    key: 'plannedEndDate',
    header: '期满日期',
    required: false,
    kind: 'date',
    synonyms: ['期满时间', '挂职结束时间', '挂职结束日期', '结束时间', '到期时间', '到期日期'],
    note: '如 2026.02.28',
    fallback: '不填的，按到岗日期和期限计算',
    width: 12,
  },
  { key: 'village', header: '驻村名称', required: false, kind: 'text', synonyms: ['驻村', '所驻村', '驻村村名', '派驻村', '驻村村'], note: '驻村工作队员和第一书记必填', width: 14 },
  {
    key: 'teamRole',
    header: '队内职务',
    required: false,
    kind: 'code',
    list: TEAM_ROLE,
    examples: ['队员', '第一书记'],
    synonyms: ['工作队职务', '驻村职务'],
    note: '第一书记、队长、分队长、队员；驻村的必填',
    width: 10,
  },
  { key: 'liaisonLeader', header: '联系领导', required: false, kind: 'text', synonyms: [], note: '', width: 10 },
  { key: 'mentor', header: '帮带领导', required: false, kind: 'text', synonyms: ['帮带人', '帮带导师'], note: '', width: 10 },
  { key: 'remarks', header: '备注', required: false, kind: 'text', synonyms: [], note: '记入本次挂职的备注', width: 16 },
];

/** Columns county rosters print that hold two fields in one cell. */
export type RosterCompositeKey =
  | 'postingPeriod'
  | 'education'
  | 'receivingUnitAndPost'
  | 'homeUnitAndPost'
  | 'dispatchingUnitAndPost'
  | 'levelAndRank'
  | 'villageAndRole';

/** A combined column of a county roster and the fields it fills. */
export interface RosterComposite {
  key: RosterCompositeKey;
  header: string;
  synonyms: readonly string[];
  fills: readonly RosterFieldKey[];
  note: string;
}

export const ROSTER_COMPOSITES: readonly RosterComposite[] = [
  {
    key: 'postingPeriod',
    header: '挂职起止时间',
    synonyms: ['挂职起止日期', '起止时间', '挂职期间', '挂职起止年月', '挂职时间段'],
    fills: ['startDate', 'plannedEndDate'],
    note: '如 2024.03—2026.02：到岗日期取起始月第一天，期满日期取截止月最后一天',
  },
  {
    key: 'education',
    header: '学历学位',
    synonyms: ['学历及学位', '学历(学位)', '全日制学历学位'],
    fills: ['fullTimeEducation', 'fullTimeDegree'],
    note: '如 大学学士：取第一行为全日制学历和学位；以“在职”开头的一行为在职学历和学位',
  },
  {
    key: 'receivingUnitAndPost',
    header: '挂职单位及职务',
    synonyms: ['挂职单位及挂任职务', '挂任单位及职务', '挂职单位及职务(简称)'],
    fills: ['receivingUnit', 'secondedPost'],
    note: '开头为系统中已有单位的全称或简称，其后为挂任职务',
  },
  {
    key: 'homeUnitAndPost',
    header: '原工作单位及职务',
    synonyms: ['工作单位及职务', '原单位及职务', '单位及职务', '现工作单位及职务', '工作单位及职务(简称)'],
    fills: ['homeUnit', 'currentPost'],
    note: '开头为系统中已有单位的全称或简称，其后为现任职务',
  },
  {
    key: 'dispatchingUnitAndPost',
    header: '派出单位及原职务',
    synonyms: ['派出单位及职务', '派出单位及原单位职务'],
    fills: ['dispatchingUnit', 'originalPost'],
    note: '开头为派出单位的全称或简称，其后为派出时的职务（本系统导出的花名册中“原工作单位及职务”即此列）',
  },
  {
    key: 'levelAndRank',
    header: '职务层次/职级',
    synonyms: ['职务层次及职级', '职级/职务层次', '职务层次职级'],
    fills: ['positionLevel', 'rank'],
    note: '如 副科级/四级主任科员',
  },
  {
    key: 'villageAndRole',
    header: '驻村名称/队内职务',
    synonyms: ['驻村名称及队内职务', '驻村村名/队内职务'],
    fills: ['village', 'teamRole'],
    note: '如 石岭村/第一书记',
  },
];

/** Any column the mapping can assign: a field or a combined column. */
export type RosterColumnKey = RosterFieldKey | RosterCompositeKey;

/** Headers that are recognised and deliberately not imported (序号; an age column, recomputed from the ID). */
export const IGNORED_HEADERS: readonly string[] = ['序号', '编号', '年龄', '周岁', '实足年龄'];

/** The import field of a key. */
export function rosterField(key: RosterFieldKey): RosterField {
  return FIELD_BY_KEY.get(key)!;
}

/** The combined column of a key. */
export function rosterComposite(key: RosterCompositeKey): RosterComposite {
  return COMPOSITE_BY_KEY.get(key)!;
}

/** True when the key names a combined column. */
export function isCompositeKey(key: RosterColumnKey): key is RosterCompositeKey {
  return COMPOSITE_BY_KEY.has(key as RosterCompositeKey);
}

/** The header text of a field or combined column (as printed in the template). */
export function columnHeader(key: RosterColumnKey): string {
  return isCompositeKey(key) ? rosterComposite(key).header : rosterField(key).header;
}

/**
 * Fields whose column must be present before previewing: required fields that have no fallback and
 * are not 待补充 when missing (the table in rules/data-quality.ts). 工作单位 and 现任职务 may come from
 * 派出单位 and 原单位职务 instead (STAND_INS; the app's own roster export has only those).
 */
export const MUST_MAP_FIELDS: readonly RosterFieldKey[] = ROSTER_FIELDS.filter((f) => f.required && !f.fallback && !f.pending).map((f) => f.key);

/** Required fields that another field stands in for when its column is missing. */
export const STAND_INS: Partial<Record<RosterFieldKey, RosterFieldKey>> = { homeUnit: 'dispatchingUnit', currentPost: 'originalPost' };

/**
 * Header matching key: normalised (full-width to half-width), without spaces and `*`. With
 * `stripNotes`, bracketed notes such as （月） or (简称) are removed too.
 */
export function headerKey(text: unknown, stripNotes = false): string {
  if (text === null || text === undefined) return '';
  let s = normalizeText(String(text)).replace(/[\s*※]/g, '');
  if (stripNotes) s = s.replace(/[([【][^)\]】]*[)\]】]/g, '');
  return s;
}

const FIELD_BY_KEY = new Map(ROSTER_FIELDS.map((f) => [f.key, f]));
const COMPOSITE_BY_KEY = new Map(ROSTER_COMPOSITES.map((c) => [c.key, c]));

type HeaderTarget = RosterColumnKey | 'ignore';

function buildHeaderIndex(strip: boolean): Map<string, HeaderTarget> {
  const index = new Map<string, HeaderTarget>();
  const add = (text: string, target: HeaderTarget) => {
    const key = headerKey(text, strip);
    if (key && !index.has(key)) index.set(key, target);
  };
  for (const f of ROSTER_FIELDS) add(f.header, f.key);
  for (const c of ROSTER_COMPOSITES) add(c.header, c.key);
  for (const f of ROSTER_FIELDS) for (const s of f.synonyms) add(s, f.key);
  for (const c of ROSTER_COMPOSITES) for (const s of c.synonyms) add(s, c.key);
  for (const h of IGNORED_HEADERS) add(h, 'ignore');
  return index;
}

const EXACT_HEADERS = buildHeaderIndex(false);
const LOOSE_HEADERS = buildHeaderIndex(true);

/**
 * What a header cell means: a field, a combined column, 'ignore' (序号, 年龄) or undefined.
 * Tries the header as written first (so 出生年月（年龄） is recognised as such), then without its
 * bracketed note (期限（月） → 期限).
 */
export function matchHeader(text: unknown): HeaderTarget | undefined {
  const exact = headerKey(text);
  if (!exact) return undefined;
  return EXACT_HEADERS.get(exact) ?? LOOSE_HEADERS.get(headerKey(text, true));
}

/**
 * The example row of the template: a made-up person with a valid ID number. A row with this name
 * and ID number is left out on import, so a clerk who forgets to delete it imports nothing false.
 */
export const ROSTER_EXAMPLE: Readonly<Record<RosterFieldKey, string | number | null>> = {
  name: '王建国',
  idCardNo: '51172319850315001X',
  sex: '男',
  birthMonth: '1985.03',
  ethnicity: '汉族',
  nativePlace: '四川开江',
  politicalStatus: '中共党员',
  partyJoinDate: '2006.06',
  workStartDate: '2007.07',
  fullTimeEducation: '大学',
  fullTimeDegree: '学士',
  fullTimeSchool: '四川大学公共管理学院行政管理专业',
  inServiceEducation: '研究生',
  inServiceDegree: '硕士',
  staffCategory: '公务员',
  homeUnit: '县发展和改革局',
  currentPost: '县发展和改革局办公室主任',
  positionLevel: '乡科级正职',
  rank: '二级主任科员',
  phone: '13912345678',
  isReserveCadre: '否',
  postingType: '下派挂职',
  direction: '下派',
  dispatchingUnit: null,
  originalPost: null,
  receivingUnit: '讲治镇人民政府',
  secondedPost: '党委委员、副镇长',
  batch: null,
  startDate: '2024.03.01',
  termMonths: 24,
  plannedEndDate: '2026.02.28',
  village: null,
  teamRole: null,
  liaisonLeader: null,
  mentor: null,
  remarks: '填写示例，导入时自动忽略',
};

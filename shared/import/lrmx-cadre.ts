// A person read from a 干部任免审批表 file (shared/import/lrmx-record.ts) mapped onto the cadre's
// fields (DOMAIN §2.3, §5): labels back to GB codes through the code lists and their synonyms,
// `yyyyMM` months, the ID number validated and deciding sex and birth date. Pure: the import UI
// decides what to write, matching by `matchKey` and showing a diff first.
import { CADRE_SEX, ETHNICITY, HEALTH, POLITICAL_STATUS, codeOf, isCpc, labelOf } from '../domain/codes';
import type { CodeList } from '../domain/codes/types';
import { formatMonthDotted, parseMonthInput } from '../domain/dates';
import { CadreSchema, type CadreInput } from '../domain/entities/cadre';
import { validateIdCardNo } from '../domain/id-card';
import type { FieldIssue } from '../domain/issues';
import { normalizeText } from '../domain/text';
import { normalizePersonName } from './person-name';
import { LRMX_ELEMENTS, type LrmxElement, type LrmxFamilyMember, type LrmxPhoto, type LrmxRecord } from './lrmx-record';
import { LRMX_MAP_TEXTS as T } from './lrmx-texts';
import { degreeCodeOf, educationCodeOf } from './roster-cells';
import type { UnitLookup, UnitRef } from './unit-names';

/** How the person is found among the cadres already registered. */
export type LrmxMatchKey = { kind: 'idCardNo'; idCardNo: string } | { kind: 'nameBirthMonth'; name: string; birthMonth: string };

/** Text of the file that did not become a cadre field, with the reason in Chinese. */
export interface LrmxUnmapped {
  /** Element name, e.g. `MinZu` (for an unknown element, its own name). */
  element: string;
  /** Chinese label, e.g. `民族`. */
  label: string;
  raw: string;
  reason: string;
}

/** 现任职务 as written, and its split into a known unit and the post (when units were given). */
export interface LrmxCurrentPost {
  raw: string;
  /** The unit the text starts with, as written there (`开江县农业农村局`); null when none is known. */
  unitText: string | null;
  /** The registered unit it names, when exactly one fits. */
  unit: UnitRef | null;
  /** Units that share that name (the clerk chooses); empty otherwise. */
  candidates: UnitRef[];
  /** The rest after the unit (`副局长、党组成员`); null when no unit was recognised. */
  post: string | null;
}

/** One person of a 任免审批表 file, mapped. */
export interface LrmxPerson {
  fileName: string;
  format: LrmxRecord['format'];
  /** The cadre fields the file fills, in stored form (codes, `YYYY-MM`, `YYYY-MM-DD`); each passes its field's schema. */
  cadre: Partial<CadreInput>;
  /** 出生年月 `YYYY-MM`: from the ID number when valid, else from the file (birthDate needs a full date, so it is set only from the ID). */
  birthMonth: string | null;
  /** Cadre data the file has but the mapping could not use (unknown label, field the cadre lacks …). */
  unmapped: LrmxUnmapped[];
  /** Form information and unknown elements, listed for completeness, never imported. */
  ignored: LrmxUnmapped[];
  /** Blocking problems (the import UI shows them and does not write the person as is). */
  errors: FieldIssue[];
  /** Things to check; they never block. The reader's warnings come first, with field ''. */
  warnings: FieldIssue[];
  /** ID number, else name + birth month; null when the file has neither. */
  matchKey: LrmxMatchKey | null;
  photo: LrmxPhoto | null;
  family: LrmxFamilyMember[];
  /** Null when the file has no 现任职务. */
  currentPost: LrmxCurrentPost | null;
}

/** What mapping needs besides the record. */
export interface LrmxMapOptions {
  /** Today, `YYYY-MM-DD` (ID-number plausibility checks). */
  today: string;
  /** Registered units, to split 现任职务 into unit and post. */
  units?: UnitLookup;
}

/** Elements of the form itself (not facts about the person): listed as ignored. */
const FORM_ONLY: readonly LrmxElement[] = [
  'NiRenZhiWu',
  'NiMianZhiWu',
  'RenMianLiYou',
  'ChengBaoDanWei',
  'JiSuanNianLingShiJian',
  'TianBiaoShiJian',
  'TianBiaoRen',
  'Version',
  'DaoLingNianYue',
  'GaiGeQianRenZhiNianLingJieXian',
];
/** Facts about the person the cadre record has no field for (DOMAIN §1.7 lists them; the entity does not hold them yet). */
const NOT_IN_CADRE: readonly LrmxElement[] = ['JiangChengQingKuang', 'NianDuKaoHeJieGuo'];

/** The cadre field each element fills (for attributing a schema failure to its element). */
const ELEMENT_FIELD: Partial<Record<LrmxElement, keyof CadreInput>> = {
  XingMing: 'name',
  ShenFenZheng: 'idCardNo',
  MinZu: 'ethnicity',
  JiGuan: 'nativePlace',
  ChuShengDi: 'birthPlace',
  ZhengZhiMianMao: 'politicalStatus',
  RuDangShiJian: 'partyJoinDate',
  CanJiaGongZuoShiJian: 'workStartDate',
  JianKangZhuangKuang: 'health',
  QuanRiZhiJiaoYu_XueLi: 'fullTimeEducation',
  QuanRiZhiJiaoYu_XueWei: 'fullTimeDegree',
  QuanRiZhiJiaoYu_XueLi_BiYeYuanXiaoXi: 'fullTimeSchool',
  ZaiZhiJiaoYu_XueLi: 'inServiceEducation',
  ZaiZhiJiaoYu_XueWei: 'inServiceDegree',
  ZaiZhiJiaoYu_XueLi_BiYeYuanXiaoXi: 'inServiceSchool',
  ZhuanYeJiShuZhiWu: 'professionalTitle',
  ShuXiZhuanYeYouHeZhuanChang: 'expertise',
  XianRenZhiWu: 'currentPost',
  JianLi: 'resume',
};

/** A name as the cadre record stores it (normalizePersonName: spaces removed, one middle dot). */
export const normalizeLrmxName = normalizePersonName;

/**
 * A free single-line text (籍贯, 专长, 现任职务 …): zero-width characters dropped, runs of spaces and
 * line breaks made one space, trimmed. Full-width punctuation (，（）) is kept as written: it is
 * part of Chinese text, unlike in codes and numbers.
 */
function cleanText(raw: string): string {
  return raw.replace(/[\u200b\u2060\ufeff]/g, '').replace(/\s+/g, ' ').trim();
}

/** `text` without its first `count` non-space characters and the separators after them. */
function afterUnit(text: string, count: number): string {
  let pos = 0;
  for (let seen = 0; pos < text.length && seen < count; pos++) if (!/\s/.test(text[pos]!)) seen++;
  return text.slice(pos).replace(/^[\s/、,，:：;；\-—]+/, '');
}

/** A multi-line text such as 简历: line ends unified, trailing spaces and blank edge lines removed, indentation kept. */
function multiline(raw: string): string {
  return raw
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/\s+$/, ''))
    .join('\n')
    .replace(/^\n+|\n+$/g, '');
}

/** `201506；民盟` → month and party; `201506` → month; `民盟` → party. */
function splitPartyJoin(raw: string): { month?: string; party?: string; monthText?: string } {
  const t = normalizeText(raw);
  const m = /^(\d{4}(?:[.\-/年]?\d{1,2}月?)(?:[.\-/]?\d{1,2}日?)?)\s*[;,、:\s]*(.*)$/.exec(t);
  if (!m) return { party: t };
  const parsed = parseMonthInput(m[1]);
  const party = m[2]!.trim();
  return { ...(parsed.ok ? { month: parsed.value } : {}), monthText: m[1]!, ...(party ? { party } : {}) };
}

/** 学历 label → GB/T 4658 code: the roster import's reading, then without a trailing 学历/毕业; 研究生 with a 博士 degree is 11. */
function educationOf(raw: string, degree: string | undefined): string | undefined {
  const t = normalizeText(raw).replace(/\s+/g, '');
  const code = educationCodeOf(t) ?? educationCodeOf(t.replace(/(学历|毕业)$/, ''));
  if (code === '14' && /^研究生/.test(t) && degree === '博士') return '11';
  return code;
}

/**
 * Maps one record onto the cadre. Never throws: what cannot be mapped is listed in `unmapped`
 * with its raw text, problems are Chinese `errors` / `warnings` keyed by the cadre field.
 */
export function mapLrmxPerson(record: LrmxRecord, opts: LrmxMapOptions): LrmxPerson {
  const el = record.elements;
  const cadre: Partial<CadreInput> = {};
  const unmapped: LrmxUnmapped[] = [];
  const ignored: LrmxUnmapped[] = [];
  const errors: FieldIssue[] = [];
  const warnings: FieldIssue[] = record.warnings.map((message) => ({ field: '', message }));
  const label = (element: LrmxElement) => LRMX_ELEMENTS[element];
  const miss = (element: LrmxElement, reason: string) => unmapped.push({ element, label: label(element), raw: el[element] ?? '', reason });
  /** The code of a labelled element (listed as unmapped when the list does not know it), stored in `field` when given. */
  const coded = (element: LrmxElement, list: CodeList, field?: 'ethnicity' | 'health' | 'politicalStatus') => {
    const raw = el[element];
    if (raw === undefined) return undefined;
    const code = codeOf(list, raw);
    if (code === undefined) miss(element, T.unknownLabel(list.name));
    else if (field) cadre[field] = code;
    return code;
  };

  // 姓名
  if (el.XingMing === undefined) errors.push({ field: 'name', message: T.noName });
  else {
    const checked = CadreSchema.shape.name.safeParse(normalizeLrmxName(el.XingMing));
    if (checked.success) cadre.name = checked.data;
    else {
      errors.push({ field: 'name', message: T.badName(el.XingMing, checked.error.issues[0]!.message) });
      miss('XingMing', checked.error.issues[0]!.message);
    }
  }

  // 身份证号 decides sex and birth date; the file's own values are checked against it.
  const id = el.ShenFenZheng === undefined ? undefined : validateIdCardNo(el.ShenFenZheng, { today: opts.today });
  if (id && !id.ok) {
    errors.push({ field: 'idCardNo', message: T.badIdCard(el.ShenFenZheng!, id.error) });
    miss('ShenFenZheng', id.error);
  }
  const sexCode = coded('XingBie', CADRE_SEX);
  const birth = el.ChuShengNianYue === undefined ? undefined : parseMonthInput(el.ChuShengNianYue);
  if (birth && !birth.ok) miss('ChuShengNianYue', T.unreadableMonth);
  let birthMonth: string | null = birth?.ok ? birth.value : null;
  if (id?.ok) {
    cadre.idCardNo = id.value;
    cadre.sex = id.sex;
    cadre.birthDate = id.birthDate;
    for (const message of id.warnings) warnings.push({ field: 'idCardNo', message });
    if (sexCode && sexCode !== id.sex) warnings.push({ field: 'sex', message: T.sexDiffers(el.XingBie!, labelOf(CADRE_SEX, id.sex)) });
    if (birthMonth && birthMonth !== id.birthDate.slice(0, 7))
      warnings.push({ field: 'birthDate', message: T.birthDiffers(formatMonthDotted(birthMonth), formatMonthDotted(id.birthDate)) });
    birthMonth = id.birthDate.slice(0, 7);
  } else if (sexCode) {
    cadre.sex = sexCode as '1' | '2';
  }
  if (el.ShenFenZheng === undefined && birthMonth) warnings.push({ field: 'idCardNo', message: T.noIdCard });

  // 民族, 健康状况
  coded('MinZu', ETHNICITY, 'ethnicity');
  coded('JianKangZhuangKuang', HEALTH, 'health');

  // 政治面貌: the element when present, else inferred from 入党时间 (a date → CPC; a party name → that party).
  const join = el.RuDangShiJian === undefined ? undefined : splitPartyJoin(el.RuDangShiJian);
  const stated = coded('ZhengZhiMianMao', POLITICAL_STATUS, 'politicalStatus');
  const joinParty = join?.party === undefined ? undefined : codeOf(POLITICAL_STATUS, join.party);
  if (join?.party !== undefined && joinParty === undefined) miss('RuDangShiJian', T.unknownLabel(POLITICAL_STATUS.name));
  if (join?.monthText !== undefined && join.month === undefined) miss('RuDangShiJian', T.unreadableMonth);
  if (stated === undefined && el.ZhengZhiMianMao === undefined) {
    if (joinParty) cadre.politicalStatus = joinParty;
    else if (join?.month) {
      cadre.politicalStatus = '01';
      warnings.push({ field: 'politicalStatus', message: T.inferredCpc });
    } else if (!join) warnings.push({ field: 'politicalStatus', message: T.noPoliticalStatus });
  } else if (stated && joinParty && !(isCpc(stated) && isCpc(joinParty)) && stated !== joinParty) {
    warnings.push({ field: 'politicalStatus', message: T.partyDiffers(el.ZhengZhiMianMao!, join!.party!) });
  }
  if (join?.month) {
    const status = cadre.politicalStatus;
    if (status && isCpc(status) && (joinParty === undefined || isCpc(joinParty))) cadre.partyJoinDate = join.month;
    else if (joinParty && !isCpc(joinParty)) miss('RuDangShiJian', T.joinOfOtherParty);
    else if (status) {
      miss('RuDangShiJian', T.joinWithoutCpc);
      warnings.push({ field: 'partyJoinDate', message: T.joinWithoutCpc });
    }
  }

  // 参加工作时间
  if (el.CanJiaGongZuoShiJian !== undefined) {
    const m = parseMonthInput(el.CanJiaGongZuoShiJian);
    if (m.ok) cadre.workStartDate = m.value;
    else miss('CanJiaGongZuoShiJian', T.unreadableMonth);
  }

  // Plain texts
  const plain: [LrmxElement, 'nativePlace' | 'birthPlace' | 'professionalTitle' | 'expertise'][] = [
    ['JiGuan', 'nativePlace'],
    ['ChuShengDi', 'birthPlace'],
    ['ZhuanYeJiShuZhiWu', 'professionalTitle'],
    ['ShuXiZhuanYeYouHeZhuanChang', 'expertise'],
  ];
  for (const [element, field] of plain) if (el[element] !== undefined) cadre[field] = cleanText(el[element]);
  if (el.JianLi !== undefined) cadre.resume = multiline(el.JianLi);

  // 学历 / 学位 / 院校, full-time and in-service.
  const education = [
    ['QuanRiZhiJiaoYu', 'fullTimeEducation', 'fullTimeDegree', 'fullTimeSchool'],
    ['ZaiZhiJiaoYu', 'inServiceEducation', 'inServiceDegree', 'inServiceSchool'],
  ] as const;
  for (const [prefix, eduField, degreeField, schoolField] of education) {
    const degreeElement = `${prefix}_XueWei` as const;
    const degree = el[degreeElement] === undefined ? undefined : degreeCodeOf(el[degreeElement]);
    if (el[degreeElement] !== undefined) {
      if (degree) cadre[degreeField] = degree;
      else miss(degreeElement, T.unknownLabel('学位'));
    }
    const eduElement = `${prefix}_XueLi` as const;
    if (el[eduElement] !== undefined) {
      const code = educationOf(el[eduElement], degree);
      if (code) cadre[eduField] = code;
      else miss(eduElement, T.unknownLabel('学历'));
    }
    const eduSchool = el[`${prefix}_XueLi_BiYeYuanXiaoXi`];
    const degreeSchool = el[`${prefix}_XueWei_BiYeYuanXiaoXi`];
    const school = eduSchool ?? degreeSchool;
    if (school !== undefined) cadre[schoolField] = cleanText(school);
    if (eduSchool !== undefined && degreeSchool !== undefined) {
      const a = normalizeText(eduSchool).replace(/\s+/g, '');
      const b = normalizeText(degreeSchool).replace(/\s+/g, '');
      if (!a.includes(b) && !b.includes(a)) miss(`${prefix}_XueWei_BiYeYuanXiaoXi`, T.otherSchool);
    }
  }

  // 现任职务, split when the units are known.
  let currentPost: LrmxCurrentPost | null = null;
  if (el.XianRenZhiWu !== undefined) {
    const raw = cleanText(el.XianRenZhiWu);
    cadre.currentPost = raw;
    currentPost = { raw, unitText: null, unit: null, candidates: [], post: null };
    // The default reading of the unit-and-post text, used only when it names a registered unit: it
    // never cuts at the county's own name when a longer unit fits (unit-names.ts).
    const first = opts.units?.readings(raw)[0];
    const lead = first && (first.unit || first.candidates.length) ? first : undefined;
    if (lead) {
      const match = opts.units!.find(lead.unitText);
      currentPost = {
        raw,
        unitText: lead.unitText,
        unit: match.kind === 'found' ? match.unit : null,
        candidates: match.kind === 'ambiguous' ? match.units : [],
        // The post as written (the lookup's own rest has full-width punctuation folded).
        post: afterUnit(raw, lead.unitText.length),
      };
    }
  }

  for (const element of NOT_IN_CADRE) if (el[element] !== undefined) miss(element, T.notInCadre);
  for (const element of Object.keys(LRMX_ELEMENTS) as LrmxElement[]) {
    if (FORM_ONLY.includes(element) && el[element] !== undefined) ignored.push({ element, label: label(element), raw: el[element], reason: T.formOnly });
  }
  for (const u of record.unknownElements) ignored.push({ element: u.name, label: u.name, raw: u.text, reason: T.unknownElement });

  // Every mapped value must pass its field's schema; one that does not is listed instead of kept.
  for (const key of Object.keys(cadre) as (keyof CadreInput)[]) {
    const checked = CadreSchema.shape[key].safeParse(cadre[key]);
    if (checked.success) continue;
    const message = checked.error.issues[0]!.message;
    const element = (Object.keys(LRMX_ELEMENTS) as LrmxElement[]).find((e) => ELEMENT_FIELD[e] === key);
    if (element && !unmapped.some((u) => u.element === element)) miss(element, message);
    delete cadre[key];
  }

  const matchKey: LrmxMatchKey | null = cadre.idCardNo
    ? { kind: 'idCardNo', idCardNo: cadre.idCardNo }
    : cadre.name && birthMonth
      ? { kind: 'nameBirthMonth', name: cadre.name, birthMonth }
      : null;
  if (!matchKey && cadre.name) errors.push({ field: 'idCardNo', message: T.noKey });

  return {
    fileName: record.fileName,
    format: record.format,
    cadre,
    birthMonth,
    unmapped,
    ignored,
    errors,
    warnings,
    matchKey,
    photo: record.photo,
    family: record.family,
    currentPost,
  };
}

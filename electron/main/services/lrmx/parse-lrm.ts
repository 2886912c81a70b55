// LRM (任免审批表 2.0): GBK text of double-quoted fields separated by "," in the order of DOMAIN
// §5.3, the photo in a sibling .pic file of the same base name. Fields are given the LRMX element
// names, so one mapping serves both formats.
import { LRMX_ELEMENTS, LRMX_MAX_TEXT, type LrmxElement, type LrmxFamilyMember } from '@shared/import/lrmx-record';
import { LRMX_MAX_FAMILY, type ParsedPerson } from './parse-lrmx';
import { checkPhotoBytes } from './photo';
import { LrmxReadError } from './read-error';
import { LRMX_TEXTS } from './texts';

/** Field count of an LRM 2.0 file (0 姓名 … 32 填表时间). */
export const LRM_FIELD_COUNT = 33;
/** Fewer fields than this is not an LRM file at all (9 reaches 参加工作时间). */
const MIN_FIELDS = 9;

/** Single fields by position (§5.3); 9, 10 and 20–24 are split below; 12–15 are not documented. */
const FIELD_ELEMENTS: Readonly<Record<number, LrmxElement>> = {
  0: 'XingMing',
  1: 'XingBie',
  2: 'ChuShengNianYue',
  3: 'MinZu',
  4: 'JiGuan',
  5: 'RuDangShiJian',
  6: 'JianKangZhuangKuang',
  7: 'ChuShengDi',
  8: 'CanJiaGongZuoShiJian',
  11: 'ZhuanYeJiShuZhiWu',
  16: 'ShuXiZhuanYeYouHeZhuanChang',
  17: 'JianLi',
  18: 'JiangChengQingKuang',
  19: 'NianDuKaoHeJieGuo',
  25: 'XianRenZhiWu',
  26: 'NiRenZhiWu',
  27: 'NiMianZhiWu',
  28: 'RenMianLiYou',
  29: 'ChengBaoDanWei',
  30: 'JiSuanNianLingShiJian',
  31: 'TianBiaoRen',
  32: 'TianBiaoShiJian',
};

/** `全日制#学位@在职#学位` (field 9) and the matching school field 10, to the four element pairs. */
const EDUCATION_PARTS: readonly [LrmxElement, LrmxElement][] = [
  ['QuanRiZhiJiaoYu_XueLi', 'QuanRiZhiJiaoYu_XueLi_BiYeYuanXiaoXi'],
  ['QuanRiZhiJiaoYu_XueWei', 'QuanRiZhiJiaoYu_XueWei_BiYeYuanXiaoXi'],
  ['ZaiZhiJiaoYu_XueLi', 'ZaiZhiJiaoYu_XueLi_BiYeYuanXiaoXi'],
  ['ZaiZhiJiaoYu_XueWei', 'ZaiZhiJiaoYu_XueWei_BiYeYuanXiaoXi'],
];

const FAMILY_COLUMNS: readonly (keyof LrmxFamilyMember)[] = ['relation', 'name', 'birth', 'politicalStatus', 'workUnitAndPost'];

/** `a#b@c#d` → [a, b, c, d] (missing parts are ''). */
function splitEducation(text: string): string[] {
  const [fullTime = '', inService = ''] = text.split('@');
  const [a = '', b = ''] = fullTime.split('#');
  const [c = '', d = ''] = inService.split('#');
  return [a, b, c, d].map((s) => s.trim());
}

/** The quoted fields of the file: outer quotes removed, split on `","`. */
function splitFields(text: string): string[] {
  let body = text.replace(/^\ufeff/, '').trim();
  if (body.startsWith('"')) body = body.slice(1);
  if (body.endsWith('"')) body = body.slice(0, -1);
  return body.split('","');
}

/**
 * Reads an LRM 2.0 file (text already decoded) and its optional photo bytes. Throws LrmxReadError
 * when the text is not quoted fields or has too few of them to be an LRM file.
 */
export function parseLrm(text: string, fileName: string, pic: Uint8Array | null): ParsedPerson {
  const fields = splitFields(text);
  if (fields.length < MIN_FIELDS || !text.replace(/^\ufeff/, '').trimStart().startsWith('"')) {
    throw new LrmxReadError(LRMX_TEXTS.notLrm(fileName));
  }
  const person: ParsedPerson = { elements: {}, family: [], photo: null, unknownElements: [], warnings: [] };
  if (fields.length !== LRM_FIELD_COUNT) person.warnings.push(LRMX_TEXTS.lrmFieldCount(fields.length));
  const put = (element: LrmxElement, raw: string) => {
    const value = raw.replace(/\r\n?/g, '\n').trim();
    if (value === '') return;
    if (value.length > LRMX_MAX_TEXT) person.warnings.push(LRMX_TEXTS.textCut(LRMX_ELEMENTS[element], LRMX_MAX_TEXT));
    person.elements[element] = value.slice(0, LRMX_MAX_TEXT);
  };
  fields.forEach((raw, index) => {
    const element = FIELD_ELEMENTS[index];
    if (element) put(element, raw);
    else if ((index >= 12 && index <= 15) || index >= LRM_FIELD_COUNT) {
      if (raw.trim() !== '') person.unknownElements.push({ name: LRMX_TEXTS.unknownLrmField(index), text: raw.trim().slice(0, 200) });
    }
  });
  const levels = splitEducation(fields[9] ?? '');
  const schools = splitEducation(fields[10] ?? '');
  EDUCATION_PARTS.forEach(([levelElement, schoolElement], i) => {
    put(levelElement, levels[i]!);
    put(schoolElement, schools[i]!);
  });
  const columns = FAMILY_COLUMNS.map((_, i) => (fields[20 + i] ?? '').split('@'));
  const rows = Math.max(...columns.map((c) => c.length));
  for (let r = 0; r < rows; r++) {
    const row = Object.fromEntries(FAMILY_COLUMNS.map((key, i) => [key, (columns[i]![r] ?? '').trim().slice(0, LRMX_MAX_TEXT)])) as LrmxFamilyMember;
    if (Object.values(row).every((v) => v === '')) continue;
    if (person.family.length === LRMX_MAX_FAMILY) {
      person.warnings.push(LRMX_TEXTS.tooManyFamily(LRMX_MAX_FAMILY));
      break;
    }
    person.family.push(row);
  }
  if (pic) {
    const result = checkPhotoBytes(pic);
    person.photo = result.photo;
    if (result.warning) person.warnings.push(result.warning);
  }
  return person;
}

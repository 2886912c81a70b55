import type { CodeItem, CodeList } from './types';

/**
 * [numeric code, label, two-letter romanised code of GB 3304-1991].
 * The two-letter codes follow gardenerframework/fragrans NationalityAbbreviationCodes, which agrees
 * with a second independent dictionary; one PHP package spells 水族 'SW' instead of 'SU'.
 */
const GROUPS: readonly (readonly [string, string, string])[] = [
  ['01', '汉族', 'HA'],
  ['02', '蒙古族', 'MG'],
  ['03', '回族', 'HU'],
  ['04', '藏族', 'ZA'],
  ['05', '维吾尔族', 'UG'],
  ['06', '苗族', 'MH'],
  ['07', '彝族', 'YI'],
  ['08', '壮族', 'ZH'],
  ['09', '布依族', 'BY'],
  ['10', '朝鲜族', 'CS'],
  ['11', '满族', 'MA'],
  ['12', '侗族', 'DO'],
  ['13', '瑶族', 'YA'],
  ['14', '白族', 'BA'],
  ['15', '土家族', 'TJ'],
  ['16', '哈尼族', 'HN'],
  ['17', '哈萨克族', 'KZ'],
  ['18', '傣族', 'DA'],
  ['19', '黎族', 'LI'],
  ['20', '傈僳族', 'LS'],
  ['21', '佤族', 'VA'],
  ['22', '畲族', 'SH'],
  ['23', '高山族', 'GS'],
  ['24', '拉祜族', 'LH'],
  ['25', '水族', 'SU'],
  ['26', '东乡族', 'DX'],
  ['27', '纳西族', 'NX'],
  ['28', '景颇族', 'JP'],
  ['29', '柯尔克孜族', 'KG'],
  ['30', '土族', 'TU'],
  ['31', '达斡尔族', 'DU'],
  ['32', '仫佬族', 'ML'],
  ['33', '羌族', 'QI'],
  ['34', '布朗族', 'BL'],
  ['35', '撒拉族', 'SL'],
  ['36', '毛南族', 'MN'],
  ['37', '仡佬族', 'GL'],
  ['38', '锡伯族', 'XB'],
  ['39', '阿昌族', 'AC'],
  ['40', '普米族', 'PM'],
  ['41', '塔吉克族', 'TA'],
  ['42', '怒族', 'NU'],
  ['43', '乌孜别克族', 'UZ'],
  ['44', '俄罗斯族', 'RS'],
  ['45', '鄂温克族', 'EW'],
  ['46', '德昂族', 'DE'],
  ['47', '保安族', 'BN'],
  ['48', '裕固族', 'YG'],
  ['49', '京族', 'GI'],
  ['50', '塔塔尔族', 'TT'],
  ['51', '独龙族', 'DR'],
  ['52', '鄂伦春族', 'OR'],
  ['53', '赫哲族', 'HZ'],
  ['54', '门巴族', 'MB'],
  ['55', '珞巴族', 'LB'],
  ['56', '基诺族', 'JN'],
];

/** Old names still found in personnel data, mapped to today's groups. */
const OLD_NAMES: Readonly<Record<string, readonly string[]>> = {
  '46': ['崩龙族', '崩龙'],
  '36': ['毛难族', '毛难'],
  '43': ['乌兹别克族', '乌兹别克'],
};

function groupItem([code, label, alpha]: readonly [string, string, string]): CodeItem {
  // The bare name without 族 (汉, 蒙古, 土家 …) is what clerks often type.
  const bare = label.slice(0, -1);
  return { code, label, aliases: [bare, alpha, ...(OLD_NAMES[code] ?? [])] };
}

/** 民族 – GB 3304-1991 numeric codes 01–56, plus 97/98 used by the same dictionaries. */
export const ETHNICITY: CodeList = {
  id: 'ethnicity',
  name: '民族',
  standard: 'GB 3304-1991',
  items: [
    ...GROUPS.map(groupItem),
    { code: '97', label: '其他', aliases: ['未识别民族', '其他民族', '其它'] },
    { code: '98', label: '外国血统中国籍人士', aliases: ['外国血统'] },
  ],
};

/** True for a cadre of an ethnic minority (少数民族): a known group code other than 01 汉族. */
export function isMinorityEthnicity(code: string | null | undefined): boolean {
  if (!code || code === '01' || code === '97' || code === '98') return false;
  return ETHNICITY.items.some((i) => i.code === code);
}

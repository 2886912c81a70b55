import type { CodeItem, CodeList } from './types';

/** 学历 – GB/T 4658-2006. Codes ending in 0 are group headings used for statistics only. */
export const EDUCATION: CodeList = {
  id: 'education',
  name: '学历',
  standard: 'GB/T 4658-2006',
  items: [
    { code: '10', label: '研究生教育', heading: true },
    { code: '11', label: '博士研究生毕业', aliases: ['博士', '博士研究生', '博士研究生学历'] },
    { code: '12', label: '博士研究生结业' },
    { code: '13', label: '博士研究生肄业' },
    {
      code: '14',
      label: '硕士研究生毕业',
      aliases: ['研究生', '硕士', '硕士研究生', '研究生毕业', '硕士研究生学历', '研究生学历'],
    },
    { code: '15', label: '硕士研究生结业' },
    { code: '16', label: '硕士研究生肄业' },
    { code: '17', label: '研究生班毕业' },
    { code: '18', label: '研究生班结业' },
    { code: '19', label: '研究生班肄业' },
    { code: '20', label: '大学本科教育', heading: true },
    { code: '21', label: '大学本科毕业', aliases: ['大学', '本科', '大学本科', '大学学历', '本科学历'] },
    { code: '22', label: '大学本科结业' },
    { code: '23', label: '大学本科肄业' },
    { code: '28', label: '大学普通班毕业' },
    { code: '30', label: '大学专科教育', heading: true },
    { code: '31', label: '大学专科毕业', aliases: ['大专', '专科', '大学专科', '大专学历', '专科学历'] },
    { code: '32', label: '大学专科结业' },
    { code: '33', label: '大学专科肄业' },
    { code: '40', label: '中等职业教育', heading: true },
    { code: '41', label: '中等专科毕业', aliases: ['中专', '中等专科', '中专学历'] },
    { code: '42', label: '中等专科结业' },
    { code: '43', label: '中等专科肄业' },
    { code: '44', label: '职业高中毕业', aliases: ['职高', '职业高中'] },
    { code: '45', label: '职业高中结业' },
    { code: '46', label: '职业高中肄业' },
    { code: '47', label: '技工学校毕业', aliases: ['技校', '技工学校'] },
    { code: '48', label: '技工学校结业' },
    { code: '49', label: '技工学校肄业' },
    { code: '50', label: '高中以下', legacy: true },
    { code: '60', label: '普通高级中学教育', heading: true },
    { code: '61', label: '普通高中毕业', aliases: ['高中', '普通高中', '高中学历'] },
    { code: '62', label: '普通高中结业' },
    { code: '63', label: '普通高中肄业' },
    { code: '70', label: '初级中学教育', heading: true },
    { code: '71', label: '初中毕业', aliases: ['初中', '初级中学', '初中学历'] },
    { code: '73', label: '初中肄业' },
    { code: '80', label: '小学教育', heading: true },
    { code: '81', label: '小学毕业', aliases: ['小学', '小学学历'] },
    { code: '83', label: '小学肄业' },
    { code: '90', label: '其他', heading: true },
    { code: '91', label: '中等师范毕业', legacy: true, aliases: ['中师', '中等师范'] },
    { code: '92', label: '中等师范结业', legacy: true },
    { code: '93', label: '中等师范肄业', legacy: true },
    { code: '99', label: '其他', legacy: true, aliases: ['其它'] },
  ] satisfies CodeItem[],
};

/** Statistics band of a 学历 code: 研究生 (10–19), 大学本科 (20–28), 大学专科 (30–33), 中专及以下 (40 and above). */
export function educationBand(
  code: string | null | undefined,
): '研究生' | '大学本科' | '大学专科' | '中专及以下' | '' {
  if (!code || !/^\d{2}$/.test(code)) return '';
  const n = Number(code);
  if (n >= 10 && n <= 19) return '研究生';
  if (n >= 20 && n <= 28) return '大学本科';
  if (n >= 30 && n <= 33) return '大学专科';
  if (n >= 40) return '中专及以下';
  return '';
}

/**
 * The short 学历 wording printed on rosters and 任免审批表: 研究生 / 大学 / 大专 / 中专 / 高中 / 初中 / 小学,
 * followed by 结业 or 肄业 when the person did not graduate (e.g. 23 → 大学肄业). Codes outside those
 * groups (50 高中以下, 其他) print their own label; an empty code prints ''.
 */
export function printedEducationLabel(code: string | null | undefined): string {
  if (!code) return '';
  const label = EDUCATION.items.find((i) => i.code === code)?.label;
  if (!label) return code;
  const n = Number(code);
  let base: string | undefined;
  if (n >= 10 && n <= 19) base = '研究生';
  else if (n >= 20 && n <= 28) base = '大学';
  else if (n >= 30 && n <= 33) base = '大专';
  else if ((n >= 40 && n <= 49) || (n >= 91 && n <= 93)) base = '中专';
  else if (n >= 60 && n <= 63) base = '高中';
  else if (n >= 70 && n <= 73) base = '初中';
  else if (n >= 80 && n <= 83) base = '小学';
  if (base === undefined) return label;
  const unfinished = /(结业|肄业)$/.exec(label);
  return unfinished ? base + unfinished[1] : base;
}

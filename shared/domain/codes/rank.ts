import type { CodeItem, CodeList } from './types';

/** A 职级 with the range of 级别 (grades 1–27, 1 highest) it may carry. */
export interface RankItem extends CodeItem {
  /** [highest 级别, lowest 级别], e.g. [8, 13] for 一级巡视员 (十三级至八级). Data, not logic: sources disagree on some bounds. */
  gradeRange: readonly [number, number];
}

/** The 职级 list: same shape as every code list, with typed extra data on each item. */
export interface RankList extends CodeList {
  items: readonly RankItem[];
}

/**
 * 职级 of 综合管理类 civil servants (2019 职务与职级并行). No official numeric code exists in public
 * sources; R01–R12 are the app's internal codes (DOMAIN §2.1.6).
 */
export const RANK: RankList = {
  id: 'rank',
  name: '职级',
  standard: '公务员职务与职级并行规定（2019）',
  items: [
    { code: 'R01', label: '一级巡视员', aliases: ['一巡', '一巡视员', '1级巡视员'], gradeRange: [8, 13] },
    { code: 'R02', label: '二级巡视员', aliases: ['二巡', '二巡视员', '2级巡视员'], gradeRange: [10, 15] },
    { code: 'R03', label: '一级调研员', aliases: ['一调', '一调研员', '1级调研员'], gradeRange: [11, 17] },
    { code: 'R04', label: '二级调研员', aliases: ['二调', '二调研员', '2级调研员'], gradeRange: [12, 18] },
    { code: 'R05', label: '三级调研员', aliases: ['三调', '三调研员', '3级调研员'], gradeRange: [13, 19] },
    { code: 'R06', label: '四级调研员', aliases: ['四调', '四调研员', '4级调研员'], gradeRange: [14, 20] },
    { code: 'R07', label: '一级主任科员', aliases: ['一主任科员', '1级主任科员'], gradeRange: [15, 21] },
    { code: 'R08', label: '二级主任科员', aliases: ['二主任科员', '2级主任科员'], gradeRange: [16, 22] },
    { code: 'R09', label: '三级主任科员', aliases: ['三主任科员', '3级主任科员'], gradeRange: [17, 23] },
    { code: 'R10', label: '四级主任科员', aliases: ['四主任科员', '4级主任科员'], gradeRange: [17, 24] },
    { code: 'R11', label: '一级科员', aliases: ['一科员', '1级科员'], gradeRange: [18, 26] },
    { code: 'R12', label: '二级科员', aliases: ['二科员', '2级科员'], gradeRange: [19, 27] },
  ],
};

/** The 级别 range [highest, lowest] of a 职级 code, or undefined for an unknown code. */
export function rankGradeRange(code: string | null | undefined): readonly [number, number] | undefined {
  return RANK.items.find((i) => i.code === code)?.gradeRange;
}

import type { CodeList } from './types';

/** 政治面貌 – GB/T 4762-1984, with the short labels printed on rosters. */
export const POLITICAL_STATUS: CodeList = {
  id: 'politicalStatus',
  name: '政治面貌',
  standard: 'GB/T 4762-1984',
  items: [
    {
      code: '01',
      label: '中国共产党党员',
      short: '中共党员',
      aliases: ['党员', '共产党员', '中国共产党员', '正式党员', '中共正式党员', '中国共产党', '中共'],
    },
    { code: '02', label: '中国共产党预备党员', short: '中共预备党员', aliases: ['预备党员'] },
    {
      code: '03',
      label: '中国共产主义青年团团员',
      short: '共青团员',
      aliases: ['团员', '共青团', '青年团员'],
    },
    { code: '04', label: '中国国民党革命委员会会员', short: '民革会员', aliases: ['民革', '民革党员', '中国国民党革命委员会'] },
    { code: '05', label: '中国民主同盟盟员', short: '民盟盟员', aliases: ['民盟', '民盟会员', '中国民主同盟'] },
    { code: '06', label: '中国民主建国会会员', short: '民建会员', aliases: ['民建', '中国民主建国会'] },
    { code: '07', label: '中国民主促进会会员', short: '民进会员', aliases: ['民进', '中国民主促进会'] },
    { code: '08', label: '中国农工民主党党员', short: '农工党党员', aliases: ['农工党', '农工民主党', '中国农工民主党'] },
    { code: '09', label: '中国致公党党员', short: '致公党党员', aliases: ['致公党', '中国致公党'] },
    { code: '10', label: '九三学社社员', short: '九三学社社员', aliases: ['九三学社', '九三'] },
    { code: '11', label: '台湾民主自治同盟盟员', short: '台盟盟员', aliases: ['台盟', '台湾民主自治同盟'] },
    { code: '12', label: '无党派民主人士', short: '无党派人士', aliases: ['无党派', '无党派民主人士'] },
    { code: '13', label: '群众', short: '群众', aliases: ['普通群众', '无'] },
  ],
};

/** True for a member of the Communist Party of China, full (01) or probationary (02). */
export function isCpc(code: string | null | undefined): boolean {
  return code === '01' || code === '02';
}

/**
 * True for a 党外 cadre as counted in cadre statistics: a political status is recorded and it is
 * not CPC (so 共青团员 and 群众 count as 党外).
 */
export function isNonCpc(code: string | null | undefined): boolean {
  return !!code && !isCpc(code);
}

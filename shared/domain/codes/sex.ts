import type { CodeList } from './types';

/** 性别 – GB/T 2261.1-2003. Cadres only ever hold '1' or '2', derived from the ID number. */
export const SEX: CodeList = {
  id: 'sex',
  name: '性别',
  standard: 'GB/T 2261.1-2003',
  items: [
    { code: '0', label: '未知的性别', aliases: ['未知'] },
    { code: '1', label: '男', aliases: ['男性', 'M', 'MALE'] },
    { code: '2', label: '女', aliases: ['女性', 'F', 'FEMALE'] },
    { code: '9', label: '未说明的性别', aliases: ['未说明'] },
  ],
};

/** The two values a cadre can hold (the ID number decides which). */
export const CADRE_SEX: CodeList = { ...SEX, id: 'cadreSex', items: SEX.items.filter((i) => i.code === '1' || i.code === '2') };

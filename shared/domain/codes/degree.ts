import type { CodeList } from './types';

/** 学位 pick list; the stored code is the label itself (GB/T 6864-2003 is not used on rosters). */
export const DEGREE: CodeList = {
  id: 'degree',
  name: '学位',
  standard: '本系统',
  items: [
    { code: '博士', label: '博士', aliases: ['博士学位'] },
    { code: '硕士', label: '硕士', aliases: ['硕士学位'] },
    { code: '学士', label: '学士', aliases: ['学士学位'] },
    { code: '无', label: '无', aliases: ['无学位'] },
  ],
};

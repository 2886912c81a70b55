import type { CodeList } from './types';

/** 年度考核等次 of 公务员 and 参公 staff. */
export const GRADE_CIVIL_SERVANT: CodeList = {
  id: 'gradeCivilServant',
  name: '年度考核等次（公务员）',
  standard: '公务员考核规定',
  items: [
    { code: '1', label: '优秀' },
    { code: '2', label: '称职' },
    { code: '3', label: '基本称职' },
    { code: '4', label: '不称职' },
    { code: '9', label: '不定等次', aliases: ['不确定等次', '未定等次'] },
  ],
};

/** 年度考核等次 of 事业单位 staff. */
export const GRADE_INSTITUTION: CodeList = {
  id: 'gradeInstitution',
  name: '年度考核等次（事业单位）',
  standard: '事业单位工作人员考核规定',
  items: [
    { code: '1', label: '优秀' },
    { code: '2', label: '合格' },
    { code: '3', label: '基本合格' },
    { code: '4', label: '不合格' },
    { code: '9', label: '不定等次', aliases: ['不确定等次', '未定等次'] },
  ],
};

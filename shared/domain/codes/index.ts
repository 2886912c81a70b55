import { DEGREE } from './degree';
import { EDUCATION } from './education';
import { ETHNICITY } from './ethnicity';
import { GRADE_CIVIL_SERVANT, GRADE_INSTITUTION } from './grade';
import { HEALTH } from './health';
import { POLITICAL_STATUS } from './political-status';
import { POSITION_LEVEL } from './position-level';
import { RANK } from './rank';
import { SEX } from './sex';

export type { CodeItem, CodeList } from './types';
export type { RankItem, RankList } from './rank';
export { labelOf, shortLabelOf, isValidCode, selectableItems, codeOf } from './lookup';
export { CADRE_SEX, SEX } from './sex';
export { ETHNICITY, isMinorityEthnicity } from './ethnicity';
export { POLITICAL_STATUS, isCpc, isNonCpc } from './political-status';
export { EDUCATION, educationBand, printedEducationLabel } from './education';
export { POSITION_LEVEL } from './position-level';
export { RANK, rankGradeRange } from './rank';
export { GRADE_CIVIL_SERVANT, GRADE_INSTITUTION } from './grade';
export { HEALTH } from './health';
export { DEGREE } from './degree';

/** Every standard list by the field name that stores its code. */
export const CODE_LISTS = {
  sex: SEX,
  ethnicity: ETHNICITY,
  politicalStatus: POLITICAL_STATUS,
  education: EDUCATION,
  positionLevel: POSITION_LEVEL,
  rank: RANK,
  gradeCivilServant: GRADE_CIVIL_SERVANT,
  gradeInstitution: GRADE_INSTITUTION,
  health: HEALTH,
  degree: DEGREE,
} as const;

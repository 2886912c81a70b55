import { z } from 'zod';
import { CADRE_SEX, DEGREE, EDUCATION, ETHNICITY, HEALTH, POLITICAL_STATUS, POSITION_LEVEL, RANK } from '../codes';
import { STAFF_CATEGORY } from '../enums';
import { PHONE_PATTERN, code, date, flag, optCode, optMonth, optText, ref, text } from './fields';

/** 2–30 Chinese characters, `·` between parts of minority names, no digits (DOMAIN §2.3). */
export const CADRE_NAME_PATTERN = /^[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+(·[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+)*$/;

/**
 * 干部 (the person), DOMAIN §2.3. Birth date and sex are derived from the ID number and locked.
 * Fields a county's roster often lacks (身份证号, 民族, 政治面貌, 入党时间, 参加工作时间, 人员类别) may be
 * blank: such a record is incomplete, not invalid, and is flagged until the clerk completes it
 * (the table of what is required is in rules/data-quality.ts).
 */
export const CadreSchema = z.object({
  name: text('姓名', { min: 2, max: 30, pattern: CADRE_NAME_PATTERN, patternMessage: '姓名应为汉字，少数民族姓名各部分之间用“·”分隔' }),
  /** Blank only while the record is incomplete (data-quality.ts): birth date and sex then come from the roster. */
  idCardNo: optText('身份证号', { max: 18 }),
  sex: code(CADRE_SEX, '性别'),
  birthDate: date('出生日期'),
  ethnicity: optCode(ETHNICITY, '民族'),
  nativePlace: optText('籍贯', { max: 40 }),
  birthPlace: optText('出生地', { max: 40 }),
  politicalStatus: optCode(POLITICAL_STATUS, '政治面貌'),
  partyJoinDate: optMonth('入党时间'),
  workStartDate: optMonth('参加工作时间'),
  health: optCode(HEALTH, '健康状况'),
  fullTimeEducation: optCode(EDUCATION, '全日制学历'),
  fullTimeDegree: optCode(DEGREE, '全日制学位'),
  fullTimeSchool: optText('全日制毕业院校系及专业', { max: 100 }),
  inServiceEducation: optCode(EDUCATION, '在职学历'),
  inServiceDegree: optCode(DEGREE, '在职学位'),
  inServiceSchool: optText('在职毕业院校系及专业', { max: 100 }),
  professionalTitle: optText('专业技术职务', { max: 60 }),
  expertise: optText('熟悉专业有何专长', { max: 200 }),
  staffCategory: optCode(STAFF_CATEGORY, '人员类别'),
  homeUnitId: ref('工作单位'),
  currentPost: text('现任职务', { max: 100 }),
  positionLevel: optCode(POSITION_LEVEL, '职务层次'),
  rank: optCode(RANK, '职级'),
  currentPostSince: optMonth('任现职时间'),
  phone: optText('联系电话', { max: 20, pattern: PHONE_PATTERN, patternMessage: '联系电话应为11位手机号或带区号的固定电话（如0818-1234567）' }),
  isReserveCadre: flag('后备干部'),
  photo: optText('照片', { max: 400_000 }),
  resume: optText('简历', { max: 5000 }),
  remarks: optText('备注', { max: 500 }),
});

export type Cadre = z.infer<typeof CadreSchema>;
/** What a form hands in before parsing (strings from inputs, '' for empty). */
export type CadreInput = z.input<typeof CadreSchema>;

import { formatDateDotted } from '../dates';
import { validateIdCardNo } from '../id-card';
import type { FieldIssue } from '../issues';

/**
 * Data-quality problems of a stored cadre (DOMAIN §7.5): a bad ID number, sex or birth date that
 * contradict it, missing political status. Forms never let these in; they arrive with packages
 * from other PCs or from older data, so they are flagged, not refused.
 */
export function cadreDataIssues(c: { idCardNo?: unknown; sex?: unknown; birthDate?: unknown; politicalStatus?: unknown }): FieldIssue[] {
  const out: FieldIssue[] = [];
  const raw = typeof c.idCardNo === 'string' ? c.idCardNo : '';
  const id = validateIdCardNo(raw);
  if (!id.ok) out.push({ field: 'idCardNo', message: raw ? id.error : '缺少身份证号码' });
  else {
    if (c.sex && c.sex !== id.sex) out.push({ field: 'sex', message: `性别与身份证号码不符（身份证号码为${id.sex === '1' ? '男' : '女'}）` });
    if (c.birthDate && c.birthDate !== id.birthDate) out.push({ field: 'birthDate', message: `出生日期与身份证号码不符（身份证号码为${formatDateDotted(id.birthDate)}）` });
  }
  if (!c.politicalStatus) out.push({ field: 'politicalStatus', message: '缺少政治面貌' });
  return out;
}

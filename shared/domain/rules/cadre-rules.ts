import { ageAt } from '../age';
import { formatDateDotted, isValidIsoDate, isValidIsoMonth } from '../dates';
import { validateIdCardNo } from '../id-card';
import { CadreSchema, type Cadre, type CadreInput } from '../entities/cadre';
import { zodIssues, type CheckResult, type FieldIssue } from '../issues';

/**
 * Fills sex and birth date from a valid ID number (they are locked to it, DOMAIN §2.2) and
 * normalises the number itself (full-width digits, lower-case x, 15 → 18 digits). An invalid
 * number is left as typed, for the schema check to report.
 */
export function applyIdCardDerivation<T extends Partial<CadreInput>>(input: T, today?: string): T {
  if (typeof input.idCardNo !== 'string' || input.idCardNo.trim() === '') return input;
  const id = validateIdCardNo(input.idCardNo, today ? { today } : {});
  if (!id.ok) return input;
  return { ...input, idCardNo: id.value, sex: id.sex, birthDate: id.birthDate };
}

/**
 * Domain rules of a cadre beyond single-field formats (DOMAIN §2.2, §2.3): the ID number must be
 * valid; sex and birth date must agree with it; dates must be plausible for the person's age. A
 * missing value the record can live without (a CPC member's join date …) is not an error: the
 * record is flagged 待补充 (rules/data-quality.ts).
 */
export function checkCadre(cadre: Partial<Cadre>, opts: { today: string }): CheckResult {
  const errors: FieldIssue[] = [];
  const warnings: FieldIssue[] = [];
  if (typeof cadre.idCardNo === 'string' && cadre.idCardNo.trim() !== '') {
    const id = validateIdCardNo(cadre.idCardNo, { today: opts.today });
    if (!id.ok) errors.push({ field: 'idCardNo', message: id.error });
    else {
      for (const w of id.warnings) warnings.push({ field: 'idCardNo', message: w });
      if (cadre.sex && cadre.sex !== id.sex)
        errors.push({ field: 'sex', message: `性别与身份证号码不符：身份证号码显示为${id.sex === '1' ? '男' : '女'}` });
      if (cadre.birthDate && cadre.birthDate !== id.birthDate)
        errors.push({ field: 'birthDate', message: `出生日期与身份证号码不符：身份证号码显示为${formatDateDotted(id.birthDate)}` });
    }
  }
  // Dates that are not real dates (a typo such as 2099.13 kept as typed) are reported by the field
  // check; the comparisons below only look at valid ones, so they never throw.
  const birth = isValidIsoDate(cadre.birthDate) ? cadre.birthDate! : undefined;
  const month = (v: string | null | undefined) => (isValidIsoMonth(v) ? v! : undefined);
  const joined = month(cadre.partyJoinDate);
  const worked = month(cadre.workStartDate);
  const since = month(cadre.currentPostSince);
  if (birth) {
    if (joined) {
      if (joined < birth.slice(0, 7)) errors.push({ field: 'partyJoinDate', message: '入党时间早于出生日期，请核对' });
      else if ((ageAt(birth, `${joined}-28`) ?? 18) < 18) warnings.push({ field: 'partyJoinDate', message: '入党时间早于年满18周岁，请核对' });
    }
    if (worked) {
      if (worked < birth.slice(0, 7)) errors.push({ field: 'workStartDate', message: '参加工作时间早于出生日期，请核对' });
      else if ((ageAt(birth, `${worked}-28`) ?? 14) < 14) warnings.push({ field: 'workStartDate', message: '参加工作时间早于年满14周岁，请核对' });
    }
    if (since && since < birth.slice(0, 7)) errors.push({ field: 'currentPostSince', message: '任现职时间早于出生日期，请核对' });
  }
  if (worked && worked > opts.today.slice(0, 7)) errors.push({ field: 'workStartDate', message: '参加工作时间晚于今天，请核对' });
  return { errors, warnings };
}

/** The outcome of validating a cadre as a whole: the parsed value, or every error at once. */
export type CadreValidation =
  | { ok: true; value: Cadre; warnings: FieldIssue[] }
  | { ok: false; errors: FieldIssue[]; warnings: FieldIssue[] };

/**
 * Validates a cadre from a form or an import row: derives sex and birth date from the ID number,
 * checks every field's format and the domain rules, and reports all problems together (one per
 * field) so the clerk can fix them in one pass.
 */
export function validateCadre(input: Partial<CadreInput>, opts: { today: string }): CadreValidation {
  const prepared = applyIdCardDerivation(input, opts.today);
  const parsed = CadreSchema.safeParse(prepared);
  const rules = checkCadre(parsed.success ? parsed.data : (prepared as Partial<Cadre>), opts);
  const idBroken = rules.errors.some((e) => e.field === 'idCardNo');
  const schemaErrors = parsed.success
    ? []
    : zodIssues(parsed.error).filter((e) => !(idBroken && (e.field === 'sex' || e.field === 'birthDate')));
  const errors = firstPerField([...rules.errors.filter((e) => e.field === 'idCardNo'), ...schemaErrors, ...rules.errors]);
  if (errors.length > 0 || !parsed.success) return { ok: false, errors, warnings: rules.warnings };
  return { ok: true, value: parsed.data, warnings: rules.warnings };
}

function firstPerField(issues: FieldIssue[]): FieldIssue[] {
  const seen = new Set<string>();
  return issues.filter((i) => (seen.has(i.field) ? false : (seen.add(i.field), true)));
}

/** The one message for an ID number already registered to another live cadre (DOMAIN §2.2: a business key). */
export function duplicateIdCardIssue(registeredName: string): FieldIssue {
  return { field: 'idCardNo', message: `身份证号码已登记为“${registeredName}”，请勿重复登记；如需修改请在干部列表中找到该干部` };
}

/** Why a cadre cannot be deleted: postings still refer to them. */
export function cadreRemovalIssues(name: string, postings: number): FieldIssue[] {
  return postings > 0 ? [{ field: 'id', message: `“${name}”还有${postings}条挂职记录，请先删除挂职记录` }] : [];
}

import { ageAt } from '../age';
import { EDUCATION, educationBand } from '../codes';
import { labelOf } from '../codes/lookup';
import { daysBetween, formatDateDotted, isValidIsoDate } from '../dates';
import { OPEN_POSTING_STATUSES, POSTING_STATUS, VILLAGE_POSTING_TYPES } from '../enums';
import type { Assessment } from '../entities/assessment';
import type { Cadre } from '../entities/cadre';
import type { Posting, PostingInput } from '../entities/posting';
import type { CheckResult, FieldIssue } from '../issues';
import { registrationDateIssues } from './posting-dates';

/** The default direction of each posting type (the clerk may change it). */
export const DEFAULT_DIRECTION: Record<string, string> = {
  secondmentDown: 'down',
  secondmentUp: 'up',
  pairedExchange: 'down',
  mutualDispatch: 'outbound',
  outbound: 'outbound',
  exchangeAppointment: 'lateral',
  villageTeamMember: 'down',
  firstSecretary: 'down',
  other: 'lateral',
};

/** Age ceilings for selection by post level (DOMAIN §7.3 T11): 乡科级及以下 40, 县处级 45, 厅局级 50. */
export function ageCeiling(positionLevel: string | null | undefined): { max: number; label: string } {
  if (positionLevel === '121' || positionLevel === '122') return { max: 50, label: '厅局级' };
  if (positionLevel === '131' || positionLevel === '132') return { max: 45, label: '县处级' };
  return { max: 40, label: '乡科级及以下' };
}

/**
 * Normalises what a form or import hands in: 交流任职 is a real appointment; only village types keep
 * village and team role.
 */
export function normalizePostingInput<T extends Partial<PostingInput>>(input: T): T {
  const out = { ...input };
  if (out.type === 'exchangeAppointment') out.isRealAppointment = true;
  if (out.type && !VILLAGE_POSTING_TYPES.includes(out.type)) {
    out.village = null;
    out.teamRole = null;
  }
  return out;
}

export interface PostingCheckContext {
  today: string;
  cadre?: (Cadre & { id: string }) | undefined;
  /** The cadre's other postings (any status; this one excluded). */
  otherPostings: readonly (Pick<Posting, 'status' | 'startDate' | 'receivingUnitId'> & { id: string })[];
  /** Unit names by id, for messages. */
  unitName?: (id: string) => string;
  /** The cadre's annual assessments (any posting), for the T11 warning. */
  assessments?: readonly Pick<Assessment, 'kind' | 'period' | 'grade'>[];
}

/**
 * Rules of a posting beyond field formats (DOMAIN §2.6, §7.3). Errors: same dispatching and
 * receiving unit, missing village data, dates that cannot be (`registrationDateIssues`), a second
 * open posting for the cadre.
 * Warnings (selection eligibility, T11): age above the ceiling, education below 大学本科, a
 * 基本称职 or worse annual grade in the last two years.
 */
export function checkPosting(p: Posting, ctx: PostingCheckContext): CheckResult {
  const errors: FieldIssue[] = [];
  const warnings: FieldIssue[] = [];
  if (p.receivingUnitId === p.dispatchingUnitId) errors.push({ field: 'receivingUnitId', message: '接收单位不能与派出单位相同' });
  if (VILLAGE_POSTING_TYPES.includes(p.type)) {
    if (!p.village) errors.push({ field: 'village', message: '驻村工作队员和第一书记须填写驻村名称' });
    if (!p.teamRole) errors.push({ field: 'teamRole', message: '驻村工作队员和第一书记须选择队内职务' });
  }
  errors.push(...registrationDateIssues(p, ctx.today));
  if (OPEN_POSTING_STATUSES.includes(p.status)) {
    const open = ctx.otherPostings.find((o) => OPEN_POSTING_STATUSES.includes(o.status));
    if (open) {
      const where = ctx.unitName ? `在${ctx.unitName(open.receivingUnitId)}` : '';
      errors.push({
        field: 'cadreId',
        message: `该干部已有一条未结束的挂职（${where}${labelOf(POSTING_STATUS, open.status)}，${formatDateDotted(open.startDate)}起），同一时间只能有一条，请先结束或取消原挂职`,
      });
    }
  }
  const cadre = ctx.cadre;
  if (cadre && ['proposed', 'approved', 'active'].includes(p.status)) {
    const ceiling = ageCeiling(cadre.positionLevel);
    const age = ageAt(cadre.birthDate, p.startDate);
    if (age !== undefined && age > ceiling.max)
      warnings.push({ field: 'cadreId', message: `到岗时${age}岁，超过${ceiling.label}干部挂职一般不超过${ceiling.max}岁的要求` });
    const bands = [cadre.fullTimeEducation, cadre.inServiceEducation].map((c) => educationBand(c ?? ''));
    if (!bands.some((b) => b === '研究生' || b === '大学本科')) {
      const printed = cadre.fullTimeEducation ? labelOf(EDUCATION, cadre.fullTimeEducation) : '未填写';
      warnings.push({ field: 'cadreId', message: `学历为“${printed}”，挂职干部一般应具有大学本科以上学历` });
    }
    const year = Number(p.startDate.slice(0, 4));
    const poor = (ctx.assessments ?? []).find(
      (a) => a.kind === 'annual' && (a.grade === '3' || a.grade === '4') && Number(a.period.slice(0, 4)) >= year - 2,
    );
    if (poor) warnings.push({ field: 'cadreId', message: `${poor.period.slice(0, 4)}年度考核为基本称职或以下，一般不宜选派` });
  }
  return { errors, warnings };
}

/** Warnings for the two halves of a 双向互派 (DOMAIN §7.3 T10): mirrored units, dates within 30 days. */
export function checkPair(a: Posting, b: Posting): FieldIssue[] {
  const out: FieldIssue[] = [];
  const apart = (x: string, y: string) => (isValidIsoDate(x) && isValidIsoDate(y) ? Math.abs(daysBetween(x, y)) : 0);
  if (a.receivingUnitId !== b.dispatchingUnitId || a.dispatchingUnitId !== b.receivingUnitId)
    out.push({ field: 'pairedPostingId', message: '互派双方的派出单位和接收单位不对应（甲派往乙，乙应派往甲）' });
  const starts = apart(a.startDate, b.startDate);
  if (starts > 30) out.push({ field: 'startDate', message: `互派双方到岗日期相差${starts}天，超过30天` });
  const ends = apart(a.plannedEndDate, b.plannedEndDate);
  if (ends > 30) out.push({ field: 'plannedEndDate', message: `互派双方期满日期相差${ends}天，超过30天` });
  return out;
}

import { isoWeekday } from '../../domain/calendar';
import { DEGREE, EDUCATION, ETHNICITY, CADRE_SEX, POLITICAL_STATUS, labelOf } from '../../domain/codes';
import { birthWithAge } from '../../domain/age';
import { addDays, addMonths, formatDateChinese, formatMonthDotted, monthOf } from '../../domain/dates';
import type { Assessment, Cadre, Inspection, LeaveApproval, LeaveRequest, LogAmendment, LogEntry, Posting, SpotCheck, TalkRecord } from '../../domain/entities';
import {
  APPROVAL_DECISION,
  ASSESSING_UNIT,
  HALF_DAY,
  INSPECTION_RATING,
  INSPECTION_SCOPE,
  LEAVE_TYPE,
  SPOT_CHECK_KIND,
  SPOT_CHECK_RESULT,
  TALK_KIND,
} from '../../domain/enums';
import { attendancePeriod, type AttendanceSummary } from '../../domain/rules/attendance';
import { gradeListFor } from '../../domain/rules/grade-cap';
import { amendmentsInOrder } from '../../domain/rules/record-book-entries';
import { keepsCommunityDiary } from '../../domain/rules/record-book-kinds';
import { levelText, termEndDate, unitLabel } from '../posting-format';
import type { ReportUnit } from '../report-records';
import type { BookAmendment, BookDay, BookListRow, BookMonth, BookTable, BookText, BookTitledText, RecordBook } from './model';
import { BOOK_TEXTS as B } from './texts';

/*
 * Builds the printed 纪实手册 (DOMAIN §3.2) from the records of one posting. Pure: the print route
 * loads the records and calls this; the result is text only, laid out by the route's CSS.
 * The filled book prints the months from the start of the post to today (and any month holding an
 * entry), each day that has an entry, every amendment after the text it corrects; the blank book
 * prints every day of the whole term with nothing but the date, for handwriting.
 */


/** Everything one book is built from (stored rows can be passed as they are). */
export interface RecordBookInput {
  countyName: string;
  today: string;
  /** The 使用说明, one paragraph per line. */
  instructions: string;
  posting: Pick<
    Posting,
    'type' | 'status' | 'startDate' | 'plannedEndDate' | 'actualEndDate' | 'originalPost' | 'originalPositionLevel' | 'secondedPost' | 'studyPlan' | 'mentor' | 'liaisonLeader' | 'village' | 'cadreId' | 'receivingUnitId' | 'dispatchingUnitId' | 'batchId' | 'teamRole'
  > & { id: string; extensions?: readonly { newEndDate: string }[] };
  cadre: Pick<
    Cadre,
    | 'name'
    | 'sex'
    | 'birthDate'
    | 'ethnicity'
    | 'nativePlace'
    | 'politicalStatus'
    | 'partyJoinDate'
    | 'workStartDate'
    | 'fullTimeEducation'
    | 'fullTimeDegree'
    | 'inServiceEducation'
    | 'inServiceDegree'
    | 'positionLevel'
    | 'rank'
    | 'phone'
    | 'photo'
    | 'staffCategory'
  > & { id: string };
  receivingUnit: ReportUnit;
  dispatchingUnit: ReportUnit;
  batch: { name: string } | null;
  entries: readonly (Pick<LogEntry, 'kind' | 'date' | 'periodStart' | 'title' | 'content' | 'location' | 'outcome' | 'selfScore'> & { id: string })[];
  amendments: readonly (Pick<LogAmendment, 'logEntryId' | 'amendedOn' | 'content' | 'location' | 'outcome' | 'reason'> & { _hlc?: string })[];
  inspections: readonly Pick<
    Inspection,
    'date' | 'inspector' | 'inspectorUnit' | 'scope' | 'periodFrom' | 'periodTo' | 'entriesExpected' | 'entriesFound' | 'rating' | 'comment' | 'rectificationRequired' | 'rectifyBy' | 'rectifiedOn'
  >[];
  /** The 月度考勤 figures of each month on post (from the shared attendance rules). */
  attendance: readonly { month: string; summary: Pick<AttendanceSummary, 'requiredDays' | 'presentDays' | 'officialOutingDays' | 'leaveDays' | 'absentDays' | 'unrecordedDays' | 'attendanceRate'> }[];
  /** Some months could not be counted (a year without holiday data). */
  attendanceMissing: boolean;
  leaves: readonly (Pick<LeaveRequest, 'type' | 'startDate' | 'startHalf' | 'endDate' | 'endHalf' | 'days' | 'reportedBackDate' | 'status'> & {
    approvals: readonly Pick<LeaveApproval, 'tier' | 'approverRole' | 'approverName' | 'decision' | 'date'>[];
  })[];
  spotChecks: readonly Pick<SpotCheck, 'date' | 'kind' | 'result' | 'inspector'>[];
  assessments: readonly Pick<Assessment, 'kind' | 'period' | 'grade' | 'score' | 'assessingUnit' | 'hostOpinion' | 'homeOpinion' | 'orgDeptOpinion' | 'selfSummary'>[];
  /** The talk records, or null when the book leaves them out (the cadre's own copy). */
  talks: readonly Pick<TalkRecord, 'scheduledDate' | 'heldDate' | 'kind' | 'talker' | 'content'>[] | null;
}

const WEEKDAYS = ['一', '二', '三', '四', '五', '六', '日'];
const EMPTY_TEXT: BookText = { content: '', amendments: [] };

function monthTitle(month: string): string {
  return formatDateChinese(month);
}

/** The months from `from` to `to` ('YYYY-MM'), inclusive. */
function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let m = from; m <= to; m = addMonths(`${m}-01`, 1).slice(0, 7)) out.push(m);
  return out;
}

function bookAmendments(amendments: RecordBookInput['amendments']): BookAmendment[] {
  return amendmentsInOrder(amendments).map((a) => ({ heading: B.amendment(formatDateChinese(a.amendedOn), a.reason), content: a.content, location: a.location ?? '', outcome: a.outcome ?? '' }));
}

function countyOrgDept(countyName: string): string {
  return B.printedBy(countyName.trim() || '××县');
}

/** 2026年3月2日至2027年3月1日: start to the actual end, else the planned end with extensions. */
function termText(posting: RecordBookInput['posting']): string {
  return B.termText(formatDateChinese(posting.startDate), formatDateChinese(posting.actualEndDate ?? termEndDate(posting)));
}

function educationText(education: string | null | undefined, degree: string | null | undefined): string {
  return [labelOf(EDUCATION, education), labelOf(DEGREE, degree)].filter(Boolean).join(' ');
}

function leavePeriodText(l: RecordBookInput['leaves'][number]): string {
  const half = (h: string | null | undefined) => (h && h !== 'full' ? labelOf(HALF_DAY, h) : '');
  return `${formatDateChinese(l.startDate)}${half(l.startHalf)}至${formatDateChinese(l.endDate)}${half(l.endHalf)}`;
}

/** The book of one posting; `blank` for the handwritten edition (dates and the cadre's data only). */
export function buildRecordBook(input: RecordBookInput, opts: { blank?: boolean } = {}): RecordBook {
  const blank = !!opts.blank;
  const { posting, cadre } = input;
  const hostUnit = unitLabel(input.receivingUnit);
  const homeUnit = unitLabel(input.dispatchingUnit);
  const termEnd = posting.actualEndDate ?? termEndDate(posting);
  const entries = blank ? [] : input.entries;
  const amendmentsOf = new Map<string, RecordBookInput['amendments'][number][]>();
  if (!blank) for (const a of input.amendments) amendmentsOf.set(a.logEntryId, [...(amendmentsOf.get(a.logEntryId) ?? []), a]);
  const textOf = (e: (typeof entries)[number] | undefined): BookText => (e ? { content: e.content, amendments: bookAmendments(amendmentsOf.get(e.id) ?? []) } : EMPTY_TEXT);
  const periodEntry = (kind: string, periodStart: string) => entries.find((e) => e.kind === kind && e.periodStart === periodStart);
  const listOf = (kind: string): BookListRow[] =>
    entries
      .filter((e) => e.kind === kind && e.date)
      .sort((a, b) => a.date!.localeCompare(b.date!))
      .map((e) => ({ date: formatDateChinese(e.date), title: e.title ?? '', content: e.content, location: e.location ?? '', amendments: bookAmendments(amendmentsOf.get(e.id) ?? []) }));

  // Months: the whole term for a blank book; else from the start to today (or the end), plus any month with an entry.
  const period = attendancePeriod(posting);
  const lastDay = blank ? termEnd : period.endDate !== null && period.endDate < input.today ? period.endDate : input.today < posting.startDate ? posting.startDate : input.today;
  const monthSet = new Set(monthsBetween(monthOf(posting.startDate), monthOf(lastDay)));
  for (const e of entries) if (e.kind === 'daily' && e.date) monthSet.add(monthOf(e.date));
  const daily = new Map<string, (typeof entries)[number]>();
  for (const e of entries) if (e.kind === 'daily' && e.date) daily.set(e.date, e);

  const months: BookMonth[] = [...monthSet].sort().map((month) => {
    const first = `${month}-01`;
    const last = addDays(addMonths(first, 1), -1);
    const days: BookDay[] = [];
    for (let d = first; d <= last; d = addDays(d, 1)) {
      const e = daily.get(d);
      if (blank ? d < posting.startDate || d > termEnd : !e) continue;
      days.push({
        date: d,
        dayLabel: B.dayOf(Number(d.slice(5, 7)), Number(d.slice(8, 10))),
        weekday: B.weekday(WEEKDAYS[isoWeekday(d) - 1]!),
        content: e?.content ?? '',
        location: e?.location ?? '',
        outcome: e?.outcome ?? '',
        amendments: e ? bookAmendments(amendmentsOf.get(e.id) ?? []) : [],
      });
    }
    return { month, title: monthTitle(month), goal: textOf(periodEntry('monthlyGoal', first)), days, analysis: textOf(periodEntry('monthlyAnalysis', first)) };
  });

  const years = monthsBetween(monthOf(posting.startDate), monthOf(termEnd)).filter((m) => m.endsWith('-01') || m === monthOf(posting.startDate)).map((m) => m.slice(0, 4));
  const goals: BookTitledText[] = [...new Set(years)].map((y) => ({ title: B.section.annualGoal(y), ...textOf(periodEntry('annualGoal', `${y}-01-01`)) }));
  const quarters: BookTitledText[] = entries
    .filter((e) => e.kind === 'quarterlySummary' && e.periodStart)
    .sort((a, b) => a.periodStart!.localeCompare(b.periodStart!))
    .map((e) => {
      const q = Math.floor((Number(e.periodStart!.slice(5, 7)) - 1) / 3) + 1;
      const text = textOf(e);
      return { title: `${e.periodStart!.slice(0, 4)}年第${'一二三四'[q - 1]}季度`, ...text, content: e.selfScore != null ? `${text.content}\n${B.selfScore(e.selfScore)}` : text.content };
    });

  const grades = gradeListFor(cadre.staffCategory);
  const routine: BookTable = {
    columns: [B.columns.period, B.columns.assessingUnit, B.columns.score, B.columns.grade],
    rows: blank ? [] : input.assessments.filter((a) => a.kind === 'routine').map((a) => [a.period, labelOf(ASSESSING_UNIT, a.assessingUnit), a.score == null ? '' : String(a.score), labelOf(grades, a.grade)]),
  };
  const endOfTerm = blank ? undefined : input.assessments.find((a) => a.kind === 'endOfTerm');
  const finalEntry = entries.find((e) => e.kind === 'finalSummary');

  return {
    blank,
    header: { name: cadre.name, unit: `${hostUnit}${posting.secondedPost}` },
    cover: {
      title: B.title[posting.type] ?? B.title.default!,
      year: B.yearOf(posting.startDate.slice(0, 4)),
      fields: [
        [B.cover.name, cadre.name],
        [B.cover.home, `${homeUnit}${posting.originalPost}`],
        [B.cover.host, `${hostUnit}${posting.secondedPost}`],
        [B.cover.term, termText(posting)],
        ...(input.batch ? ([[B.cover.batch, input.batch.name]] as [string, string][]) : []),
      ],
      printedBy: countyOrgDept(input.countyName),
    },
    instructions: input.instructions.split('\n').map((l) => l.trim()).filter(Boolean),
    personal: {
      photo: cadre.photo ?? null,
      fields: [
        [B.personal.name, cadre.name],
        [B.personal.sex, labelOf(CADRE_SEX, cadre.sex)],
        [B.personal.ethnicity, labelOf(ETHNICITY, cadre.ethnicity)],
        [B.personal.birth, birthWithAge(cadre.birthDate, input.today)],
        [B.personal.nativePlace, cadre.nativePlace ?? ''],
        [B.personal.political, labelOf(POLITICAL_STATUS, cadre.politicalStatus)],
        [B.personal.partyJoin, formatMonthDotted(cadre.partyJoinDate)],
        [B.personal.workStart, formatMonthDotted(cadre.workStartDate)],
        [B.personal.fullTime, educationText(cadre.fullTimeEducation, cadre.fullTimeDegree)],
        [B.personal.inService, educationText(cadre.inServiceEducation, cadre.inServiceDegree)],
        [B.personal.homePost, `${homeUnit}${posting.originalPost}`],
        [B.personal.level, levelText(cadre, posting)],
        [B.personal.hostPost, `${hostUnit}${posting.secondedPost}`],
        [B.personal.term, termText(posting)],
        [B.personal.mentor, posting.mentor ?? ''],
        [B.personal.liaison, posting.liaisonLeader ?? ''],
        [B.personal.phone, cadre.phone ?? ''],
      ],
    },
    plan: { studyPlan: blank ? '' : (posting.studyPlan ?? ''), goals },
    months,
    quarters,
    routine,
    study: listOf('study'),
    research: listOf('research'),
    diary: keepsCommunityDiary(posting.type) ? listOf('communityDiary') : null,
    attendance: {
      months: {
        columns: [B.columns.month, B.columns.required, B.columns.present, B.columns.outing, B.columns.leave, B.columns.absent, B.columns.unrecorded, B.columns.rate],
        rows: blank
          ? []
          : input.attendance.map(({ month, summary: s }) => [
              monthTitle(month),
              String(s.requiredDays),
              String(s.presentDays),
              String(s.officialOutingDays),
              String(s.leaveDays.total),
              String(s.absentDays),
              String(s.unrecordedDays),
              s.attendanceRate === null ? '' : `${s.attendanceRate}%`,
            ]),
      },
      leaves: {
        columns: [B.columns.leaveType, B.columns.leavePeriod, B.columns.days, B.columns.approval, B.columns.reportedBack],
        rows: blank
          ? []
          : input.leaves
              .filter((l) => l.status !== 'draft' && l.status !== 'cancelled')
              .sort((a, b) => a.startDate.localeCompare(b.startDate))
              .map((l) => [
                labelOf(LEAVE_TYPE, l.type),
                leavePeriodText(l),
                String(l.days),
                [...l.approvals]
                  .sort((a, b) => a.tier - b.tier)
                  .map((a) => B.approvalOf(a.approverRole, a.approverName, labelOf(APPROVAL_DECISION, a.decision), formatDateChinese(a.date)))
                  .join('；'),
                formatDateChinese(l.reportedBackDate),
              ]),
      },
      spotChecks: {
        columns: [B.columns.date, B.columns.checkKind, B.columns.result, B.columns.inspector],
        rows: blank ? [] : [...input.spotChecks].sort((a, b) => a.date.localeCompare(b.date)).map((s) => [formatDateChinese(s.date), labelOf(SPOT_CHECK_KIND, s.kind), labelOf(SPOT_CHECK_RESULT, s.result), s.inspector]),
      },
      missingMonths: !blank && input.attendanceMissing,
    },
    inspections: blank
      ? []
      : [...input.inspections]
          .sort((a, b) => a.date.localeCompare(b.date))
          .map((i) => ({
            date: formatDateChinese(i.date),
            inspector: `${i.inspectorUnit} ${i.inspector}`,
            scope: i.scope.map((s) => labelOf(INSPECTION_SCOPE, s)).join('、'),
            period: `${formatDateChinese(i.periodFrom)}至${formatDateChinese(i.periodTo)}`,
            counts: B.counts(i.entriesExpected, i.entriesFound),
            rating: labelOf(INSPECTION_RATING, i.rating),
            comment: i.comment,
            rectification: !i.rectificationRequired
              ? B.noRectification
              : [i.rectifyBy ? B.rectifyBy(formatDateChinese(i.rectifyBy)) : '', i.rectifiedOn ? B.rectified(formatDateChinese(i.rectifiedOn)) : B.notRectified].filter(Boolean).join('；'),
          })),
    talks:
      input.talks === null
        ? null
        : {
            columns: [B.columns.date, B.columns.talkKind, B.columns.talker, B.columns.gist],
            rows: blank ? [] : input.talks.filter((t) => t.heldDate).map((t) => [formatDateChinese(t.heldDate), labelOf(TALK_KIND, t.kind), t.talker, t.content ?? '']),
          },
    assessments: {
      annual: {
        columns: [B.columns.year, B.columns.grade, B.columns.assessingUnit],
        rows: blank ? [] : input.assessments.filter((a) => a.kind === 'annual').map((a) => [a.period, labelOf(grades, a.grade), labelOf(ASSESSING_UNIT, a.assessingUnit)]),
      },
      finalSummary: finalEntry ? textOf(finalEntry) : { content: endOfTerm?.selfSummary ?? '', amendments: [] },
      opinions: [
        { title: B.section.hostOpinion, text: endOfTerm?.hostOpinion ?? '' },
        { title: B.section.homeOpinion, text: endOfTerm?.homeOpinion ?? '' },
        { title: B.section.orgOpinion, text: endOfTerm?.orgDeptOpinion ?? '' },
      ],
    },
  };
}

import { CalendarDataMissingError, isoWeekday, isWorkday } from '../domain/calendar';
import { addDays, addMonths, monthOf } from '../domain/dates';
import { VILLAGE_POSTING_TYPES } from '../domain/enums';
import { entryPeriod } from '../domain/rules/record-book-entries';
import { Random } from './random';

/**
 * Sample 纪实 for the sample county (issue 12, item 6): three months of daily entries for a dozen
 * cadres on post — concrete, varied work in the words a cadre writes (走访, 会议, 项目, 调处 …),
 * shaped by where the cadre is posted (a village, a township, a county body) —, each month's 月度
 * 工作任务 and 月工作记实分析, study, research and, for village postings, a 民情日记, one inspection
 * of the 组织部 with a rectification, and one amendment of an inspected entry. Two cadres are left
 * with gaps (a missing analysis, entries stopping ten working days ago) so 概览 shows the alerts.
 * Pure and seeded; dates are relative to `today`.
 */

/** A posting as the generator reads it. */
export interface SampleRecordPosting {
  id: string;
  type: string;
  status: string;
  startDate: string;
  /** The receiving unit's short name (普安镇, 石岭村, 县发展和改革局 …). */
  unitName: string;
  /** For a unit in a township, the township's short name. */
  townName: string | null;
  village: string | null;
  secondedPost: string;
}

/** One 纪实 entry to save (the shape the log-entry operation takes). */
export interface SampleEntry {
  postingId: string;
  kind: string;
  date?: string;
  periodStart?: string;
  title?: string;
  content: string;
  location?: string;
  outcome?: string;
  category?: string[];
}

export interface SampleRecords {
  entries: SampleEntry[];
  /** One inspection of one cadre, with a rectification. */
  inspection: {
    postingId: string;
    date: string;
    inspector: string;
    inspectorUnit: string;
    scope: string[];
    periodFrom: string;
    periodTo: string;
    rating: string;
    comment: string;
    rectificationRequired: true;
    rectifyBy: string;
    signature: string;
  } | null;
  /** An amendment of one inspected daily entry (after the inspection). */
  amendment: { postingId: string; date: string; amendedOn: string; content: string; location: string; reason: string } | null;
}

const GROUPS = ['一', '二', '三', '四', '五', '六', '七'];
const CROPS = ['柑橘', '油茶', '水稻', '蔬菜', '中药材', '茶叶', '花椒', '青脆李'];
const PROJECTS = ['高标准农田建设', '产业路硬化', '村级集体经济合作社', '山坪塘整治', '农村电商服务站', '柑橘标准化示范园', '饮水安全巩固提升', '村党群服务中心改造'];
const ISSUES = ['饮水管道破损', '通组道路积水', '低保申报', '土地流转', '宅基地界址', '灌溉用水', '危房改造补助', '医保缴费'];
const TOPICS = ['秋粮收购', '防汛减灾', '森林防火', '衔接资金项目', '农村人居环境整治', '安全生产', '信访维稳', '城乡居民医保征缴', '基层党建', '耕地保护'];
const BUREAUS = ['农业农村局', '乡村振兴局', '水利局', '交通运输局', '自然资源局', '民政局'];
const STUDIES = ['党的二十届三中全会精神', '新修订的《中国共产党纪律处分条例》', '习近平总书记关于“三农”工作的重要论述', '《信访工作条例》', '乡村振兴促进法'];
/** What a village visit finds and what the cadre did about it (民情日记). */
const DIARY: readonly (readonly [string, string])[] = [
  ['老人腿脚不便，到镇卫生院复查困难', '已联系镇卫生院家庭医生每月上门随访一次'],
  ['孩子在县城读高中，家庭开支较大', '已帮助申请教育资助，并介绍其爱人到村柑橘园务工'],
  ['今年柑橘挂果多但销路未定，担心价格下跌', '已对接镇电商服务站代销，先行预订八百斤'],
  ['房屋屋面漏雨，雨季存在安全隐患', '已报村委会纳入危房改造排查，并协调村民先行修补'],
  ['反映组上灌溉渠被泥沙堵塞，影响春灌', '已组织村民小组长牵头清淤，并报镇水利站列入维修计划'],
  ['低保年审材料不全，担心被取消', '已帮助准备病历和收入证明，陪同到村便民服务站办理'],
  ['儿子在外务工受伤，工资被拖欠', '已联系县人社局劳动监察大队，协助准备维权材料'],
  ['家中两头母猪待产，缺少防疫知识', '已请镇畜牧站技术员上门指导，发放防疫资料'],
];
const OUTCOMES = ['已完成', '已完成', '已完成', '持续推进', '已协调解决', '已报镇党委', '下周继续跟进', '已整理归档'];

type Place = 'village' | 'town' | 'county';

function placeOf(p: SampleRecordPosting): Place {
  if (VILLAGE_POSTING_TYPES.includes(p.type)) return 'village';
  return p.townName ? 'town' : 'county';
}

/** One day's work, as a cadre posted where `p` is writes it (also the benchmark's year of entries). */
export function sampleDailyWork(r: Random, p: SampleRecordPosting): { content: string; location: string; outcome: string; category: string[] } {
  const place = placeOf(p);
  const village = p.village ?? r.pick(['石岭村', '金山村', '白鹤村', '双河村', '青龙村']);
  const town = p.townName ?? p.unitName;
  const n = r.int(3, 12);
  const group = `${r.pick(GROUPS)}组`;
  const crop = r.pick(CROPS);
  const project = r.pick(PROJECTS);
  const issue = r.pick(ISSUES);
  const topic = r.pick(TOPICS);
  const options: [string, string, string[]][] =
    place === 'village'
      ? [
          [`走访${village}${group}脱贫户${n}户，了解家庭收入和务工情况，宣传防返贫监测政策`, village, ['householdVisit']],
          [`组织${village}“两委”干部召开会议，研究${project}项目实施方案，明确责任人和完成时限`, `${village}村委会`, ['meeting', 'project']],
          [`到${village}${group}查看${crop}种植基地，与种植大户商议冬季管护和销售事宜`, `${village}${group}`, ['industry']],
          [`参加${town}驻村工作例会，汇报本周走访和项目推进情况`, `${town}政府`, ['meeting']],
          [`协调解决${village}${group}群众反映的${issue}问题，现场与相关方沟通达成一致意见`, `${village}${group}`, ['petition']],
          [`整理${village}防返贫监测户档案，更新${n}户家庭收支和帮扶措施信息`, `${village}村委会`, ['other']],
          [`陪同镇农业服务中心技术员开展${crop}病虫害防治培训，参训群众${n * 4}人`, village, ['training', 'industry']],
          [`召开${village}党员大会，开展主题党日活动，组织学习${r.pick(STUDIES)}`, `${village}党群服务中心`, ['partyBuilding']],
          [`入户调查${village}${group}${n}户村民外出务工和返乡创业意愿，形成调查记录`, `${village}${group}`, ['research', 'householdVisit']],
          [`到县${r.pick(BUREAUS)}汇报对接${village}${project}项目，争取资金支持`, '县城', ['project']],
          [`在${village}村委会值班，接待来访群众${n}人次，登记诉求${r.int(1, 4)}件并逐一答复`, `${village}村委会`, ['petition']],
          [`组织党员和群众开展人居环境整治，清理${group}沟渠和房前屋后垃圾`, `${village}${group}`, ['other']],
        ]
      : place === 'town'
        ? [
            [`参加${town}党委会议，研究${topic}工作，分工负责${r.pick(['北片', '南片', '场镇'])}区域`, `${town}政府`, ['meeting']],
            [`带队到${village}检查${topic}工作落实情况，发现问题${r.int(1, 5)}个，已督促村上限期整改`, village, ['other']],
            [`现场协调推进${project}项目，解决施工中${issue}问题`, village, ['project']],
            [`接待群众来访${n}人次，调处${r.pick(['邻里', '土地承包', '山林权属'])}纠纷${r.int(1, 3)}起`, `${town}综治中心`, ['petition']],
            [`起草《${town}${topic}工作实施方案》，报镇党委审定`, `${town}政府`, ['other']],
            [`陪同县${r.pick(BUREAUS)}调研组到${village}调研${topic}工作`, village, ['research']],
            [`组织召开${town}${topic}工作推进会，部署下阶段重点任务`, `${town}政府`, ['meeting']],
            [`到分管片区走访企业和种养大户${n}户，了解生产经营困难并登记`, `${town}辖区`, ['householdVisit', 'industry']],
            [`参加县委党校举办的乡镇干部${r.pick(['履职能力', '应急管理', '依法行政'])}专题培训`, '县委党校', ['training']],
          ]
        : [
            [`参加局党组会议，研究${topic}相关工作，承担会议记录和纪要整理`, p.unitName, ['meeting']],
            [`整理${topic}工作开展情况，完成阶段性总结初稿`, p.unitName, ['other']],
            [`随局领导到${r.pick(['普安镇', '回龙镇', '讲治镇', '甘棠镇'])}开展${topic}专项督查，督查点位${n}个`, '乡镇', ['other']],
            [`参加全县${topic}工作会议，记录会议要求并向分管领导汇报`, '县行政中心', ['meeting']],
            [`办理群众来信来电${n}件，按时限完成答复`, p.unitName, ['petition']],
            [`与业务股室对接${project}项目资料，完成项目申报材料审核`, p.unitName, ['project']],
            [`参加单位集中学习，学习${r.pick(STUDIES)}并交流学习体会`, p.unitName, ['training']],
          ];
  const [content, location, category] = r.pick(options);
  return { content, location, outcome: r.pick(OUTCOMES), category };
}

function monthlyGoal(r: Random, p: SampleRecordPosting, place: Place): string {
  const where = p.village ?? p.townName ?? p.unitName;
  const goals =
    place === 'village'
      ? [`完成${where}防返贫监测户月度走访全覆盖`, `推进${r.pick(PROJECTS)}项目按进度施工`, `组织开展一次主题党日活动`, `协助做好${r.pick(CROPS)}产销对接`]
      : place === 'town'
        ? [`抓好分管片区${r.pick(TOPICS)}工作`, `推进${r.pick(PROJECTS)}项目建设`, `完成分管领域信访件办理`, `每周深入联系村不少于两次`]
        : [`完成${r.pick(TOPICS)}阶段性工作总结`, `参与一次基层专项督查`, `熟悉本股室业务流程和政策文件`, `完成领导交办的材料起草任务`];
  return goals.map((g, i) => `${'一二三四'[i]}、${g}`).join('；') + '。';
}

function monthlyAnalysis(r: Random, month: string, days: number): string {
  const m = Number(month.slice(5, 7));
  return (
    `${m}月共填写工作纪实${days}天，开展走访${r.int(12, 40)}户次，参加会议${r.int(4, 10)}次，${r.pick(PROJECTS)}等重点工作按计划推进。` +
    `工作进度总体符合月初计划，${r.pick(ISSUES)}问题已协调解决。存在的不足：${r.pick(['入户记录不够细致', '对政策掌握还不够全面', '项目推进中与部门沟通不够及时', '学习时间不够系统'])}。` +
    `下月将${r.pick(['加强政策学习，提高解决实际问题的能力', '细化工作台账，做到日清日记', '加大项目督促力度，确保按期完工'])}。`
  );
}

/** The items in a seeded random order (Fisher–Yates). */
function shuffled<T>(r: Random, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = r.int(0, i);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Working day by the calendar; Monday to Friday for a year without holiday data. */
function working(date: string): boolean {
  try {
    return isWorkday(date);
  } catch (e) {
    if (!(e instanceof CalendarDataMissingError)) throw e;
    return isoWeekday(date) <= 5;
  }
}

/**
 * The first day of the sample's three months of daily entries: the month of yesterday (the last day
 * a cadre can have written about) and the two months before it. Counted from yesterday, not today:
 * on the 1st of a month today's month has no day to write about yet.
 */
function sampleRecordsFrom(today: string): string {
  return `${monthOf(addMonths(`${monthOf(addDays(today, -1))}-01`, -2))}-01`;
}

/** The sample 纪实 for up to 12 of `postings` (those on post), over the three months up to yesterday. */
export function generateSampleRecords(opts: { postings: readonly SampleRecordPosting[]; today: string; seed: number }): SampleRecords {
  const r = new Random(opts.seed);
  const { today } = opts;
  const from = sampleRecordsFrom(today);
  // Longest on post first, so the inspected first cadre has a whole month to check.
  const onPost = opts.postings.filter((p) => (p.status === 'active' || p.status === 'extended') && p.startDate < addDays(today, -20)).sort((a, b) => a.startDate.localeCompare(b.startDate));
  const village = onPost.filter((p) => placeOf(p) === 'village').slice(0, 6);
  const others = onPost.filter((p) => placeOf(p) !== 'village').slice(0, 12 - village.length);
  const chosen = [...village, ...others];
  const entries: SampleEntry[] = [];

  chosen.forEach((p, index) => {
    const place = placeOf(p);
    const start = p.startDate > from ? p.startDate : from;
    // The last cadre stopped writing ten working days ago; the one before skipped last month's analysis.
    let stop = addDays(today, -1);
    if (index === chosen.length - 1) for (let n = 0; n < 10; stop = addDays(stop, -1)) if (working(stop)) n++;
    const daysByMonth = new Map<string, number>();
    for (let d = start; d <= stop; d = addDays(d, 1)) {
      const weekendDuty = !working(d) && r.chance(0.06);
      if ((!working(d) && !weekendDuty) || r.chance(0.07)) continue;
      const work = weekendDuty
        ? { content: `周末值班，处理${p.village ?? p.townName ?? p.unitName}群众来电来访${r.int(1, 4)}件`, location: p.village ?? p.unitName, outcome: '已完成', category: ['petition'] }
        : r.chance(0.03)
          ? { content: r.pick(['参加镇党委会议', '外出学习', '整理资料']), location: '', outcome: '', category: [] }
          : sampleDailyWork(r, p);
      entries.push({ postingId: p.id, kind: 'daily', date: d, ...work });
      daysByMonth.set(d.slice(0, 7), (daysByMonth.get(d.slice(0, 7)) ?? 0) + 1);
    }
    for (let m = start.slice(0, 7); `${m}-01` <= today; m = addMonths(`${m}-01`, 1).slice(0, 7)) {
      entries.push({ postingId: p.id, kind: 'monthlyGoal', periodStart: `${m}-01`, content: monthlyGoal(r, p, place) });
      const analysisDue = `${addMonths(`${m}-01`, 1).slice(0, 7)}-05`;
      const skip = index === chosen.length - 2 && addMonths(`${m}-01`, 1).slice(0, 7) === today.slice(0, 7);
      if (analysisDue <= today && !skip) entries.push({ postingId: p.id, kind: 'monthlyAnalysis', periodStart: `${m}-01`, content: monthlyAnalysis(r, m, daysByMonth.get(m) ?? 0) });
    }
    const quarter = entryPeriod('quarterlySummary', addMonths(today, -3));
    if (quarter.periodEnd < today && quarter.periodStart >= p.startDate.slice(0, 8) + '01') {
      entries.push({
        postingId: p.id,
        kind: 'quarterlySummary',
        periodStart: quarter.periodStart,
        content: `本季度认真履行挂职岗位职责，围绕${r.pick(TOPICS)}和${r.pick(PROJECTS)}开展工作，累计走访群众${r.int(60, 150)}户次，协调解决实际问题${r.int(8, 25)}件。通过挂职锻炼，基层工作能力和群众工作本领得到提升。下季度将进一步加强学习，扎实做好各项工作。`,
      });
    }
    entries.push({
      postingId: p.id,
      kind: 'annualGoal',
      periodStart: `${today.slice(0, 4)}-01-01`,
      content: `一、尽快熟悉${p.village ?? p.townName ?? p.unitName}基本情况，走访联系群众；二、协助推进${r.pick(PROJECTS)}项目；三、在${r.pick(TOPICS)}工作中发挥作用；四、按要求记好工作纪实，接受组织考核。`,
    });
    const studyDate = addDays(today, -r.int(10, 60));
    if (studyDate >= p.startDate) entries.push({ postingId: p.id, kind: 'study', date: studyDate, title: '专题学习', content: `参加${r.pick(['县委党校', '镇党委理论学习中心组', '单位党支部'])}集中学习，学习${r.pick(STUDIES)}，撰写心得体会一篇`, location: r.pick(['县委党校', '镇政府会议室']) });
    const researchDate = addDays(today, -r.int(15, 70));
    if (researchDate >= p.startDate) {
      const topic = r.pick(TOPICS);
      entries.push({ postingId: p.id, kind: 'research', date: researchDate, title: `关于${topic}情况的调研`, content: `围绕${topic}走访${r.int(10, 30)}户群众和${r.int(2, 6)}个村（社区），形成调研报告初稿，提出${r.int(3, 5)}条建议`, location: p.townName ?? p.unitName });
    }
    if (place === 'village') {
      const visits = shuffled(r, DIARY).slice(0, 3);
      for (const [k, [situation, action]] of visits.entries()) {
        const d = addDays(today, -(5 + k * 23 + r.int(0, 12)));
        if (d < p.startDate) continue;
        const who = `${r.pick(['刘', '陈', '王', '张', '李', '杨', '赵', '黄'])}${r.pick(['大爷', '大娘', '大姐', '师傅', '老师'])}`;
        entries.push({
          postingId: p.id,
          kind: 'communityDiary',
          date: d,
          title: `走访${who}家`,
          content: `到${p.village}${r.pick(GROUPS)}组走访${who}家，${situation}。${action}。`,
          location: p.village ?? '',
        });
      }
    }
  });

  // One inspection of the first cadre, covering last month, with a rectification still open.
  const first = chosen[0];
  const lastMonth = addMonths(today, -1).slice(0, 7);
  const checkDate = addDays(today, -12);
  const inspection =
    first && checkDate.slice(0, 7) >= lastMonth
      ? {
          postingId: first.id,
          date: checkDate,
          inspector: '王建华',
          inspectorUnit: '县委组织部干部监督科',
          scope: ['recordBook', 'attendance', 'interview'],
          periodFrom: first.startDate > `${lastMonth}-01` ? first.startDate : `${lastMonth}-01`,
          periodTo: entryPeriod('monthlyAnalysis', `${lastMonth}-01`).periodEnd < checkDate ? entryPeriod('monthlyAnalysis', `${lastMonth}-01`).periodEnd : addDays(checkDate, -1),
          rating: 'fair',
          comment: '纪实手册填写较及时，能反映驻村工作实际；个别日期记录过于简单，未写明工作地点和成效；月工作记实分析对存在问题剖析不够深入。',
          rectificationRequired: true as const,
          rectifyBy: addDays(checkDate, 30),
          signature: '王建华',
        }
      : null;
  let amendment: SampleRecords['amendment'] = null;
  if (inspection) {
    const target = entries.find((e) => e.postingId === inspection.postingId && e.kind === 'daily' && e.date! >= inspection.periodFrom && e.date! <= inspection.periodTo && e.content.length > 12);
    if (target)
      amendment = {
        postingId: target.postingId,
        date: target.date!,
        amendedOn: addDays(checkDate, 2),
        content: `${target.content}；会后形成工作台账，逐项明确了责任人和完成时限`,
        location: target.location ?? '',
        reason: '按检查意见补记工作成效',
      };
  }
  return { entries, inspection, amendment };
}

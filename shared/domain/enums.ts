import type { CodeList } from './codes/types';

/**
 * The app's own enumerations (DOMAIN §2.3–§2.16), on the same mechanism as the GB code lists so
 * that forms, exports and imports look them up one way. Codes are the English identifiers of the
 * glossary; labels are the official Chinese wording.
 */
function list(id: string, name: string, items: [code: string, label: string, aliases?: string[]][]): CodeList {
  return {
    id,
    name,
    standard: '挂职通',
    items: items.map(([code, label, aliases]) => (aliases ? { code, label, aliases } : { code, label })),
  };
}

export const SITE_ROLE = list('siteRole', '本机角色', [
  ['orgDept', '组织部'],
  ['receiving', '接收单位'],
  ['dispatching', '派出单位'],
]);

export const STAFF_CATEGORY = list('staffCategory', '人员类别', [
  ['civilServant', '公务员'],
  ['refCivilServant', '参照公务员法管理', ['参公', '参公人员']],
  ['institution', '事业单位人员', ['事业', '事业编制']],
  ['soe', '国有企业人员', ['国企']],
  ['villageCadre', '村（社区）干部', ['村干部', '社区干部']],
  ['other', '其他'],
]);

export const UNIT_LEVEL = list('unitLevel', '单位层级', [
  ['province', '省级', ['省']],
  ['city', '市级', ['市']],
  ['county', '县级', ['县', '县直']],
  ['township', '乡镇（街道）', ['乡镇', '街道', '镇', '乡']],
  ['village', '村（社区）', ['村', '社区']],
  ['external', '县外单位', ['县外', '外地']],
]);

export const UNIT_KIND = list('unitKind', '单位类别', [
  ['partyOrgan', '党委部门'],
  ['govOrgan', '政府部门'],
  ['peopleCongress', '人大机关'],
  ['cppcc', '政协机关'],
  ['court', '法院'],
  ['procuratorate', '检察院'],
  ['massOrg', '群团组织', ['群团']],
  ['institution', '事业单位'],
  ['soe', '国有企业', ['国企']],
  ['township', '乡镇（街道）', ['乡镇', '街道']],
  ['village', '村（社区）', ['村', '社区']],
  ['other', '其他'],
]);

export const POSTING_TYPE = list('postingType', '挂职类型', [
  ['secondmentDown', '下派挂职', ['下派', '下挂']],
  ['secondmentUp', '上挂', ['上挂挂职', '上挂锻炼']],
  ['pairedExchange', '双向互派', ['双向挂职', '双向互派挂职']],
  ['mutualDispatch', '互派挂职', ['互派']],
  ['outbound', '外派挂职', ['外派']],
  ['exchangeAppointment', '交流任职', ['双向交流任职']],
  ['villageTeamMember', '驻村工作队员', ['驻村工作队', '驻村干部', '驻村队员']],
  ['firstSecretary', '驻村第一书记', ['第一书记']],
  ['other', '其他'],
]);

/** Posting types that place the cadre in a village (village name and team role required). */
export const VILLAGE_POSTING_TYPES: readonly string[] = ['villageTeamMember', 'firstSecretary'];

export const POSTING_DIRECTION = list('postingDirection', '挂职方向', [
  ['up', '上挂'],
  ['down', '下派'],
  ['lateral', '平级交流', ['横向', '平级']],
  ['outbound', '县外', ['外派']],
]);

export const POSTING_STATUS = list('postingStatus', '挂职状态', [
  ['proposed', '拟选派'],
  ['approved', '已批准'],
  ['active', '在岗'],
  ['extended', '已延期'],
  ['completed', '期满结束'],
  ['terminated', '提前结束'],
  ['recalled', '召回'],
  ['cancelled', '已取消'],
]);

/** Statuses of a posting that is under way (counts as the cadre's one active posting). */
export const OPEN_POSTING_STATUSES: readonly string[] = ['proposed', 'approved', 'active', 'extended'];
/** Statuses of a posting whose cadre is on post now. */
export const ON_POST_STATUSES: readonly string[] = ['active', 'extended'];

export const TEAM_ROLE = list('teamRole', '队内职务', [
  ['firstSecretary', '第一书记'],
  ['teamLeader', '队长'],
  ['subTeamLeader', '分队长'],
  ['member', '队员'],
]);

export const END_REASON = list('endReason', '结束原因', [
  ['termCompleted', '期满'],
  ['earlyTermination', '提前结束'],
  ['recalled', '召回'],
  ['appointed', '留任或提拔'],
  ['other', '其他'],
]);

export const ATTENDANCE_STATUS = list('attendanceStatus', '考勤状态', [
  ['present', '在岗'],
  ['officialOuting', '公出'],
  ['leave', '请假'],
  ['rest', '休息日'],
  ['rotatingRest', '轮休'],
  ['absent', '无故缺勤'],
  ['late', '迟到'],
  ['earlyLeave', '早退'],
  ['unknown', '未记录'],
]);

export const ATTENDANCE_METHOD = list('attendanceMethod', '考勤方式', [
  ['sheet', '签到表'],
  ['appImport', '导入（钉钉等）'],
  ['phoneCheck', '电话抽查'],
  ['visit', '实地检查'],
  ['unannounced', '暗访'],
  ['report', '单位报送'],
]);

export const HALF_DAY = list('halfDay', '时段', [
  ['full', '全天'],
  ['am', '上午'],
  ['pm', '下午'],
]);

export const SPOT_CHECK_KIND = list('spotCheckKind', '抽查方式', [
  ['announced', '明查'],
  ['unannounced', '暗访'],
  ['phone', '电话抽查'],
  ['video', '视频抽查'],
]);

export const SPOT_CHECK_RESULT = list('spotCheckResult', '抽查结果', [
  ['onDuty', '在岗'],
  ['onLeaveApproved', '已请假'],
  ['officialOuting', '公出'],
  ['absentUnexcused', '无故不在岗'],
]);

export const LEAVE_TYPE = list('leaveType', '请假类别', [
  ['personal', '事假'],
  ['sick', '病假'],
  ['official', '公假'],
  ['annual', '年休假', ['公休假']],
  ['marriage', '婚假'],
  ['maternity', '产假（陪产假）', ['产假', '陪产假']],
  ['bereavement', '丧假'],
  ['homeVisit', '探亲假'],
  ['rest', '轮休', ['集中休假']],
  ['other', '其他'],
]);

export const LEAVE_STATUS = list('leaveStatus', '请假状态', [
  ['draft', '草稿'],
  ['pending', '审批中'],
  ['approved', '已批准'],
  ['rejected', '未批准'],
  ['cancelled', '已撤销'],
  ['reportedBack', '已销假'],
  ['overstayed', '超假'],
]);

export const APPROVAL_DECISION = list('approvalDecision', '审批意见', [
  ['approved', '同意'],
  ['rejected', '不同意'],
]);

export const LOG_KIND = list('logKind', '纪实类别', [
  ['daily', '日纪实'],
  ['weeklyPlan', '周计划'],
  ['weeklySummary', '周小结'],
  ['monthlyGoal', '月度工作任务'],
  ['monthlyAnalysis', '月工作记实分析'],
  ['quarterlySummary', '季度个人小结'],
  ['annualGoal', '年度工作目标'],
  ['annualSummary', '年度总结'],
  ['study', '学习培训'],
  ['research', '调研'],
  ['communityDiary', '民情日记'],
  ['finalSummary', '挂职锻炼总结'],
]);

export const LOG_CATEGORY = list('logCategory', '工作类别', [
  ['meeting', '会议'],
  ['householdVisit', '走访入户'],
  ['project', '项目'],
  ['petition', '信访调处'],
  ['partyBuilding', '党建'],
  ['industry', '产业'],
  ['training', '学习培训'],
  ['research', '调研'],
  ['other', '其他'],
]);

export const INSPECTION_SCOPE = list('inspectionScope', '检查内容', [
  ['recordBook', '纪实手册'],
  ['attendance', '考勤'],
  ['leaveRecords', '请销假'],
  ['onSite', '实地检查'],
  ['interview', '座谈了解'],
]);

export const INSPECTION_RATING = list('inspectionRating', '检查评价', [
  ['good', '好'],
  ['fair', '较好'],
  ['average', '一般'],
  ['poor', '差'],
]);

export const ASSESSMENT_KIND = list('assessmentKind', '考核类别', [
  ['routine', '平时考核'],
  ['annual', '年度考核'],
  ['endOfTerm', '期满考察'],
]);

export const ASSESSING_UNIT = list('assessingUnit', '考核单位', [
  ['receiving', '接收单位'],
  ['dispatching', '派出单位'],
  ['orgDept', '县委组织部'],
  ['joint', '联合考核'],
]);

export const SUBSIDY_BASIS = list('subsidyBasis', '补助方式', [
  ['perPresentDay', '按在岗天数'],
  ['perCalendarDay', '按自然日'],
  ['perMonth', '按月'],
  ['perTrip', '按往返次数'],
  ['perKm', '按里程'],
  ['lumpSum', '一次性'],
]);

export const PAYER = list('payer', '发放单位', [
  ['dispatching', '派出单位'],
  ['countyFinance', '县财政'],
  ['receiving', '接收单位'],
]);

export const PAYMENT_STATUS = list('paymentStatus', '发放状态', [
  ['draft', '待审核'],
  ['approved', '已审核'],
  ['paid', '已发放'],
]);

export const TALK_KIND = list('talkKind', '谈话类别', [
  ['heartToHeart', '谈心谈话'],
  ['reminder', '提醒谈话'],
  ['admonition', '诫勉谈话'],
  ['writtenInquiry', '函询'],
]);

export const TALK_TRIGGER = list('talkTrigger', '谈话起因', [
  ['attendanceAnomaly', '考勤异常'],
  ['spotCheckAbsence', '暗访不在岗'],
  ['weeklyBottom', '周考评末位'],
  ['recordBookPoor', '纪实不实'],
  ['complaint', '群众反映'],
  ['leaveOverstay', '超假'],
  ['other', '其他'],
]);

export const TALK_STATUS = list('talkStatus', '谈话状态', [
  ['planned', '待谈话'],
  ['held', '已谈话'],
  ['closed', '已办结'],
]);

export const RESERVE_BASIS = list('reserveBasis', '入库依据', [
  ['endOfTermExcellent', '期满考察优秀'],
  ['recommendation', '组织推荐'],
  ['other', '其他'],
]);

export const RESERVE_STATUS = list('reserveStatus', '在库状态', [
  ['in', '在库'],
  ['used', '已使用'],
  ['removed', '已出库'],
]);

/** The codes of a list as a tuple, for z.enum. */
export function codesOf(list: CodeList): [string, ...string[]] {
  const codes = list.items.map((i) => i.code);
  if (codes.length === 0) throw new Error(`code list ${list.id} is empty`);
  return codes as [string, ...string[]];
}

/** Which minimum decides 是否达标 (DOMAIN §7.1 A2/A3): days a month or days a year. */
export const ATTENDANCE_BASIS = list('attendanceBasis', '达标口径', [
  ['month', '按月计算'],
  ['year', '按年计算'],
]);

/** The clock-in app an export comes from (考勤请假 → 打卡导入). */
export const CLOCK_IN_APP = list('clockInApp', '打卡软件', [
  ['dingtalk', '钉钉'],
  ['wecom', '企业微信'],
  ['other', '其他'],
]);

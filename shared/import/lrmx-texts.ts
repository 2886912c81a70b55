// Chinese messages of the LRMX → cadre mapping (kept together so the wording can be reviewed).

export const LRMX_MAP_TEXTS = {
  noName: '文件中没有姓名，无法导入。请向报送单位索取完整的任免审批表。',
  badName: (raw: string, why: string) => `姓名“${raw}”不符合要求：${why}`,
  badIdCard: (raw: string, why: string) => `身份证号“${raw}”有误：${why}`,
  sexDiffers: (given: string, fromId: string) => `文件中的性别“${given}”与身份证号码不符，已按身份证号码取“${fromId}”，请核对。`,
  birthDiffers: (given: string, fromId: string) => `文件中的出生年月（${given}）与身份证号码不符，已按身份证号码取 ${fromId}，请核对。`,
  noKey: '文件中既没有有效的身份证号码，也没有出生年月，无法与系统中的干部对应，也无法登记。请补充后再导入。',
  noIdCard: '文件中没有身份证号码，将按姓名和出生年月与系统中的干部对应，请导入后补充身份证号码。',
  unknownLabel: (list: string) => `不在《${list}》代码表中`,
  unreadableMonth: '无法识别的年月（应为 yyyyMM，如 198503）',
  inferredCpc: '文件中没有政治面貌，已按入党时间推定为中共党员，请核对（预备党员请修改）。',
  noPoliticalStatus: '文件中没有政治面貌和入党时间，无法确定政治面貌（可能为群众或共青团员），请导入后补充。',
  partyDiffers: (given: string, fromJoin: string) => `政治面貌“${given}”与入党时间中的“${fromJoin}”不一致，已按政治面貌导入，请核对。`,
  joinOfOtherParty: '这是加入民主党派的时间，不是加入中国共产党的时间，系统的“入党时间”不记录它。',
  joinWithoutCpc: '政治面貌不是中共党员，入党时间未导入，请核对。',
  notInCadre: '干部信息中暂无此项，未导入。',
  otherSchool: '学位授予院校与学历毕业院校不同，干部信息只记录学历毕业院校。',
  formOnly: '任免审批表的表内信息，不属于干部信息。',
  unknownElement: '本系统不认识的元素，未导入。',
  family: (n: number) => `家庭主要成员及重要社会关系（${n}人）`,
} as const;

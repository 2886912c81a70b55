import { addDays, addMonths, plannedEndDate } from '../domain/dates';
import { idCardCheckChar } from '../domain/id-card';
import { DEFAULT_DIRECTION } from '../domain/rules/posting-rules';
import { Random } from './random';

/**
 * A realistic county for trying every screen and for the benchmark: a unit tree (county bodies,
 * towns with villages, outside hosts), three batches, cadres with valid ID numbers and postings of
 * every type, including 双向互派 pairs, extensions, completed terms and terms about to expire. All
 * dates are relative to `today`, so a freshly loaded sample always has expiring terms. Records
 * refer to each other by `key`; the loader turns keys into ids.
 */
export interface SampleUnit {
  key: string;
  parentKey?: string;
  name: string;
  shortName?: string;
  level: string;
  kind: string;
  isInCounty: boolean;
  sortOrder: number;
}
export interface SampleBatch {
  key: string;
  name: string;
  year: number;
  postingType: string;
  documentNo: string;
  startDate: string;
  plannedEndDate: string;
  defaultTermMonths: number;
}
export interface SampleCadre {
  key: string;
  homeUnitKey: string;
  fields: Record<string, unknown>;
}
/** One extension of a sample posting's term (a record of table `extensions`). */
export interface SampleExtension {
  decidedOn: string;
  previousEndDate: string;
  newEndDate: string;
  approvedBy: string;
  reason: string;
}
export interface SamplePosting {
  key: string;
  extensions?: SampleExtension[];
  cadreKey: string;
  dispatchingKey: string;
  receivingKey: string;
  batchKey?: string;
  pairKey?: string;
  endOfTermGrade?: string;
  fields: Record<string, unknown>;
}
export interface SampleCounty {
  units: SampleUnit[];
  batches: SampleBatch[];
  cadres: SampleCadre[];
  postings: SamplePosting[];
}

const TOWNS = ['普安镇', '回龙镇', '讲治镇', '甘棠镇', '任市镇', '永兴镇', '新宁镇', '八庙镇', '广福镇', '长岭镇', '灵岩镇', '宝石镇', '梅家乡', '大溪乡', '长田乡', '新太乡', '天师乡', '骑龙乡', '靖安乡', '拔妙乡'];
const VILLAGE_WORDS = ['石岭', '金山', '白鹤', '双河', '新店', '檬子', '铁炉', '青龙', '龙井', '花园', '高桥', '响滩', '柏林', '马鞍', '三星', '光明', '和平', '凤凰', '桂花', '竹园'];
const PARTY_BODIES = ['县委办公室', '县纪委监委机关', '县委宣传部', '县委统战部', '县委政法委员会', '县委政策研究室', '县委网信办'];
const GOV_BODIES = [
  '县发展和改革局', '县教育局', '县科学技术局', '县经济和信息化局', '县公安局', '县民政局', '县司法局', '县财政局', '县人力资源和社会保障局', '县自然资源局',
  '县生态环境局', '县住房和城乡建设局', '县交通运输局', '县水利局', '县农业农村局', '县商务局', '县文化广播电视和旅游局', '县卫生健康局', '县退役军人事务局',
  '县应急管理局', '县审计局', '县市场监督管理局', '县统计局', '县医疗保障局', '县乡村振兴局', '县信访局', '县行政审批局',
];
const INSTITUTIONS = ['县人民医院', '县中医院', '县疾病预防控制中心', '县职业中学', '县农业技术推广站', '县融媒体中心'];
const SOES = ['县城市建设投资有限公司', '县交通建设投资有限公司', '县农业发展投资有限公司'];
const OUTSIDE: [string, string, string][] = [
  ['达州市发展和改革委员会', 'city', 'govOrgan'],
  ['达州市农业农村局', 'city', 'govOrgan'],
  ['达州市委组织部', 'city', 'partyOrgan'],
  ['四川省农业农村厅', 'province', 'govOrgan'],
  ['四川省乡村振兴局', 'province', 'govOrgan'],
  ['成都市成华区信访局', 'external', 'govOrgan'],
  ['成都市成华区商务局', 'external', 'govOrgan'],
  ['浙江省宁波市鄞州区发展和改革局', 'external', 'govOrgan'],
];
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国志红文斌玉兰春梅海燕波辉鹏宇浩然俊峰晓东亮琳丹萍雪婷凯欣怡思远子涵宏伟立新德胜永福';
const POSTS_TOWN = ['党委委员、副镇长', '副镇长', '党委副书记', '镇长助理', '党政办副主任', '经济发展办公室副主任'];
const POSTS_BODY = ['副局长', '局长助理', '办公室副主任', '股长', '副科长'];
const VILLAGE_ROLES: [string, number][] = [['member', 6], ['teamLeader', 1], ['subTeamLeader', 1]];

function idNumber(r: Random, birth: string, male: boolean, used: Set<string>): string {
  for (;;) {
    const seq = r.int(0, 49) * 2 + (male ? 1 : 0);
    const first17 = `511723${birth.replace(/-/g, '')}${String(r.int(0, 9))}${String(seq).padStart(2, '0')}`;
    const id = first17 + idCardCheckChar(first17);
    if (!used.has(id)) {
      used.add(id);
      return id;
    }
  }
}

/** The sample county for `postings` postings (about 300 for trying the app; 20,000 for the benchmark). */
export function generateSampleCounty(opts: { postings: number; today: string; seed?: number; countyName?: string }): SampleCounty {
  const r = new Random(opts.seed ?? 20261121);
  const county = (opts.countyName ?? '开江县').replace(/县$/, '');
  const units: SampleUnit[] = [];
  let order = 0;
  const unit = (u: Omit<SampleUnit, 'sortOrder'>) => {
    units.push({ ...u, sortOrder: (order += 10) });
    return u.key;
  };
  unit({ key: 'committee', name: `中共${county}县委`, shortName: '县委', level: 'county', kind: 'partyOrgan', isInCounty: true });
  unit({ key: 'government', name: `${county}县人民政府`, shortName: '县政府', level: 'county', kind: 'govOrgan', isInCounty: true });
  const bodies: string[] = [];
  for (const n of PARTY_BODIES) bodies.push(unit({ key: `body:${n}`, parentKey: 'committee', name: `中共${county}${n}`, shortName: n, level: 'county', kind: 'partyOrgan', isInCounty: true }));
  for (const n of GOV_BODIES) bodies.push(unit({ key: `body:${n}`, parentKey: 'government', name: `${county}${n}`, shortName: n, level: 'county', kind: 'govOrgan', isInCounty: true }));
  for (const n of INSTITUTIONS) bodies.push(unit({ key: `body:${n}`, parentKey: 'government', name: `${county}${n}`, shortName: n, level: 'county', kind: 'institution', isInCounty: true }));
  for (const n of SOES) bodies.push(unit({ key: `body:${n}`, parentKey: 'government', name: `${county}${n}`, shortName: n.replace('有限公司', ''), level: 'county', kind: 'soe', isInCounty: true }));
  const towns: string[] = [];
  const villages = new Map<string, string[]>();
  for (const t of TOWNS) {
    const key = unit({ key: `town:${t}`, name: `${t}人民政府`, shortName: t, level: 'township', kind: 'township', isInCounty: true });
    towns.push(key);
    const vs: string[] = [];
    for (let i = 0; i < 5; i++) {
      const v = `${VILLAGE_WORDS[(TOWNS.indexOf(t) * 3 + i * 7) % VILLAGE_WORDS.length]}村`;
      vs.push(unit({ key: `village:${t}:${v}`, parentKey: key, name: `${t}${v}`, shortName: v, level: 'village', kind: 'village', isInCounty: true }));
    }
    villages.set(key, vs);
  }
  const outside: string[] = [];
  for (const [n, level, kind] of OUTSIDE) outside.push(unit({ key: `out:${n}`, name: n, level, kind, isInCounty: false }));

  const today = opts.today;
  const y = Number(today.slice(0, 4));
  const batchStart = (monthsAgo: number) => addDays(addMonths(today, -monthsAgo), 45);
  const batch = (key: string, monthsAgo: number, title: string, postingType: string, docNo: number): SampleBatch => {
    const startDate = batchStart(monthsAgo);
    const year = Number(startDate.slice(0, 4));
    return { key, name: `${year}年${title}`, year, postingType, documentNo: `开组通〔${year}〕${docNo}号`, startDate, plannedEndDate: plannedEndDate(startDate, 24), defaultTermMonths: 24 };
  };
  const batches: SampleBatch[] = [
    batch('b1', 24, '第一批县直部门与乡镇双向挂职', 'pairedExchange', 12),
    batch('b2', 14, '驻村第一书记和工作队', 'villageTeamMember', 8),
    batch('b3', 4, '县直部门干部下派挂职', 'secondmentDown', 5),
  ];
  /** Which batch a kind of posting joins (most do; a few are posted outside any batch). */
  const BATCH_OF: Record<string, string> = { pair: 'b1', village: 'b2', first: 'b2', down: 'b3', history: 'b3' };

  const used = new Set<string>();
  const cadres: SampleCadre[] = [];
  const postings: SamplePosting[] = [];
  const newCadre = (homeUnitKey: string, townCadre: boolean): SampleCadre => {
    const male = r.chance(0.68);
    const age = r.int(26, 46);
    const birth = `${y - age}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`;
    const given = GIVEN[r.int(0, GIVEN.length - 1)]! + (r.chance(0.75) ? GIVEN[r.int(0, GIVEN.length - 1)]! : '');
    const political = r.weighted([['01', 86], ['02', 3], ['03', 3], ['05', 2], ['07', 1], ['12', 1], ['13', 4]] as const);
    const workStart = `${y - age + r.int(21, 24)}-0${r.int(7, 9)}`;
    const c: SampleCadre = {
      key: `c${cadres.length}`,
      homeUnitKey,
      fields: {
        name: SURNAMES[r.int(0, SURNAMES.length - 1)]! + given,
        idCardNo: idNumber(r, birth, male, used),
        ethnicity: r.weighted([['01', 93], ['06', 2], ['15', 2], ['03', 1], ['07', 1], ['04', 1]] as const),
        nativePlace: `四川${county}`,
        politicalStatus: political,
        partyJoinDate: political === '01' || political === '02' ? `${Number(workStart.slice(0, 4)) + r.int(-2, 3)}-0${r.int(1, 9)}` : null,
        workStartDate: workStart,
        health: '健康',
        fullTimeEducation: r.weighted([['21', 70], ['14', 12], ['31', 15], ['41', 3]] as const),
        fullTimeDegree: r.chance(0.7) ? '学士' : null,
        staffCategory: townCadre ? r.weighted([['civilServant', 70], ['institution', 30]] as const) : r.weighted([['civilServant', 75], ['refCivilServant', 10], ['institution', 12], ['soe', 3]] as const),
        currentPost: townCadre ? r.pick(['党政办副主任', '经济发展办公室主任', '农业服务中心主任', '社会事务办公室副主任', '科员']) : r.pick(['办公室主任', '股长', '副股长', '科员', '综合股股长']),
        positionLevel: r.weighted([['142', 30], ['150', 45], ['141', 15], ['132', 2], ['160', 8]] as const),
        phone: `1${r.pick(['38', '39', '58', '80', '99'])}${String(r.int(0, 99999999)).padStart(8, '0')}`,
        isReserveCadre: r.chance(0.12),
      },
    };
    cadres.push(c);
    return c;
  };

  // An extension travels in the fields while they are composed; the posting keeps it apart.
  const posting = (p: Omit<SamplePosting, 'key' | 'fields'> & { fields: Record<string, unknown> }): SamplePosting => {
    const { extension, ...fields } = p.fields;
    const full: SamplePosting = { key: `p${postings.length}`, ...p, fields, ...(extension ? { extensions: [extension as SampleExtension] } : {}) };
    postings.push(full);
    return full;
  };

  const base = (type: string, start: string, months: number, status: string) => ({
    type,
    direction: DEFAULT_DIRECTION[type] ?? 'down',
    startDate: start,
    termMonths: months,
    plannedEndDate: plannedEndDate(start, months),
    status,
    partyRelationTransferred: true,
    insured: r.chance(0.8),
  });

  const target = Math.max(12, opts.postings);
  // A few hand-placed terms so every alert band is present: ends in 20, 50, 80 days, and overdue.
  const expiringOffsets = [20, 50, 80, -15];
  let i = 0;
  while (postings.length < target) {
    const kind = r.weighted([
      ['down', 26], ['village', 24], ['first', 9], ['up', 14], ['pair', 10], ['mutual', 5], ['outbound', 5], ['appoint', 4], ['history', 3],
    ] as const);
    const town = r.pick(towns);
    const body = r.pick(bodies);
    const batchKey = BATCH_OF[kind] && r.chance(0.85) ? BATCH_OF[kind] : undefined;
    const inBatch = batches.find((b) => b.key === batchKey);
    let start = inBatch ? addDays(inBatch.startDate, r.int(0, 20)) : addDays(today, -r.int(30, 600));
    const handPlaced = i < expiringOffsets.length;
    if (handPlaced) start = addDays(addMonths(today, -24), expiringOffsets[i]! + 1);
    i++;
    const months = kind === 'outbound' && !handPlaced ? 6 : 24;
    const end = plannedEndDate(start, months);
    // Terms that ended before today were mostly completed (with their review on file); some were
    // extended by half a year. Only the hand-placed one is left overdue on purpose.
    let status = r.chance(0.03) ? 'proposed' : 'active';
    if (!handPlaced && end < today) status = r.chance(0.3) && addMonths(end, 6) >= today ? 'extended' : 'completed';
    // Some terms close to their end were already extended (host need, home consent, approval).
    else if (!handPlaced && status === 'active' && end <= addDays(today, 90) && r.chance(0.25)) status = 'extended';
    const extended = status === 'extended';
    const completed = status === 'completed';
    const grade = completed ? r.weighted([['1', 2], ['2', 8]] as const) : undefined;
    const fields = (type: string) => {
      const f: Record<string, unknown> = { ...base(type, start, months, status) };
      if (extended) {
        const newEnd = addMonths(end, 6);
        f.plannedEndDate = newEnd;
        f.extension = { decidedOn: end < today ? addDays(end, -30) : addDays(today, -r.int(5, 40)), previousEndDate: end, newEndDate: newEnd, approvedBy: '县委组织部', reason: '工作需要，经派出单位同意延长挂职' };
      }
      if (completed) Object.assign(f, { actualEndDate: end, endReason: 'termCompleted' });
      return f;
    };
    if (kind === 'pair') {
      const a = newCadre(body, false);
      const b = newCadre(town, true);
      const pa = posting({ cadreKey: a.key, dispatchingKey: body, receivingKey: town, ...(batchKey ? { batchKey } : {}), ...(grade ? { endOfTermGrade: grade } : {}), fields: { ...fields('pairedExchange'), direction: 'down', originalPost: a.fields.currentPost, secondedPost: r.pick(POSTS_TOWN) } });
      const pb = posting({ cadreKey: b.key, dispatchingKey: town, receivingKey: body, ...(batchKey ? { batchKey } : {}), ...(grade ? { endOfTermGrade: grade } : {}), fields: { ...fields('pairedExchange'), direction: 'up', originalPost: b.fields.currentPost, secondedPost: r.pick(POSTS_BODY) } });
      pa.pairKey = pb.key;
      pb.pairKey = pa.key;
      continue;
    }
    if (kind === 'history') {
      // a completed earlier term plus a current one for the same cadre: the drawer shows the history
      const c = newCadre(body, false);
      const oldStart = addMonths(start, -30);
      posting({ cadreKey: c.key, dispatchingKey: body, receivingKey: r.pick(towns), endOfTermGrade: r.weighted([['1', 3], ['2', 7]] as const), fields: { ...base('secondmentDown', oldStart, 24, 'completed'), actualEndDate: plannedEndDate(oldStart, 24), endReason: 'termCompleted', originalPost: c.fields.currentPost, secondedPost: r.pick(POSTS_TOWN) } });
      posting({ cadreKey: c.key, dispatchingKey: body, receivingKey: town, ...(batchKey ? { batchKey } : {}), ...(grade ? { endOfTermGrade: grade } : {}), fields: { ...fields('secondmentDown'), originalPost: c.fields.currentPost, secondedPost: r.pick(POSTS_TOWN) } });
      continue;
    }
    const type = { down: 'secondmentDown', village: 'villageTeamMember', first: 'firstSecretary', up: 'secondmentUp', mutual: 'mutualDispatch', outbound: 'outbound', appoint: 'exchangeAppointment' }[kind];
    const c = newCadre(kind === 'up' ? town : body, kind === 'up');
    let receiving = town;
    if (kind === 'up') receiving = r.chance(0.5) ? body : r.pick(outside.slice(0, 5));
    if (kind === 'mutual' || kind === 'outbound') receiving = r.pick(outside.slice(5));
    if (kind === 'appoint') receiving = r.pick(towns.filter((t) => t !== c.homeUnitKey));
    const f: Record<string, unknown> = { ...fields(type), originalPost: c.fields.currentPost, secondedPost: kind === 'up' ? r.pick(['科员', '主任助理', '副科长']) : r.pick(POSTS_TOWN) };
    if (kind === 'village' || kind === 'first') {
      const v = r.pick(villages.get(town)!);
      f.village = units.find((u) => u.key === v)!.name;
      f.teamRole = kind === 'first' ? 'firstSecretary' : r.weighted(VILLAGE_ROLES);
      f.teamId = `${units.find((u) => u.key === town)!.shortName}驻村工作队`;
      f.secondedPost = kind === 'first' ? '村党组织第一书记' : '驻村工作队员';
    }
    if (kind === 'appoint') f.secondedPost = '党委委员、副镇长';
    posting({ cadreKey: c.key, dispatchingKey: c.homeUnitKey, receivingKey: receiving, ...(batchKey ? { batchKey } : {}), ...(grade ? { endOfTermGrade: grade } : {}), fields: f });
  }
  return { units, batches, cadres, postings };
}

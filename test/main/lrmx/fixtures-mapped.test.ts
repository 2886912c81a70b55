import { describe, expect, it } from 'vitest';
import { mapLrmxPerson, type LrmxPerson } from '@shared/import/lrmx-cadre';
import { createUnitLookup } from '@shared/import/unit-names';
import { readLrmxFiles } from '../../../electron/main/services/lrmx/read-lrmx-files';
import { fixture, PHOTO } from './fixtures';

// Every good fixture read in main and mapped by the shared mapping, as the import UI will do it.

const UNITS = createUnitLookup([
  { id: 'county', name: '开江县' },
  { id: 'agri', name: '开江县农业农村局' },
  { id: 'puan', name: '开江县普安镇人民政府', shortName: '普安镇' },
  { id: 'office', name: '中共开江县委办公室', shortName: '开江县委办公室' },
]);

async function person(...names: string[]): Promise<LrmxPerson> {
  const { records, errors } = await readLrmxFiles(names.map(fixture));
  expect(errors).toEqual([]);
  return mapLrmxPerson(records[0]!, { today: '2024-05-06', units: UNITS });
}

describe('LRMX fixtures mapped onto the cadre', () => {
  it('a complete file: every field, GB codes, photo bytes, family, unit split', async () => {
    const p = await person('wang-zhiqiang-full.lrmx');
    expect(p.cadre).toEqual({
      name: '王志强',
      idCardNo: '511723198203150317',
      sex: '1',
      birthDate: '1982-03-15',
      ethnicity: '01',
      health: '健康',
      politicalStatus: '01',
      partyJoinDate: '2004-06',
      workStartDate: '2004-07',
      nativePlace: '四川开江',
      birthPlace: '四川开江',
      professionalTitle: '农业经济师',
      expertise: '农业经济管理，乡村规划',
      resume: expect.stringMatching(/^2000\.09--2004\.07 {2}四川农业大学农业经济管理专业学习\n/),
      fullTimeEducation: '21',
      fullTimeDegree: '学士',
      fullTimeSchool: '四川农业大学农业经济管理专业',
      inServiceEducation: '14',
      inServiceDegree: '硕士',
      inServiceSchool: '西南财经大学公共管理专业',
      currentPost: '开江县农业农村局副局长、党组成员',
    });
    expect(p.cadre.resume!.split('\n')).toHaveLength(7);
    expect(p.matchKey).toEqual({ kind: 'idCardNo', idCardNo: '511723198203150317' });
    expect(p.currentPost).toMatchObject({ unit: { id: 'agri', name: '开江县农业农村局' }, post: '副局长、党组成员' });
    expect(p.photo!.mime).toBe('image/jpeg');
    expect(Buffer.from(p.photo!.data).equals(Buffer.from(PHOTO))).toBe(true);
    expect(p.family.map((f) => f.relation)).toEqual(['妻子', '儿子', '父亲', '母亲']);
    expect(p.unmapped.map((u) => u.label)).toEqual(['奖惩情况', '年度考核结果']);
    expect(p.ignored.map((u) => u.label)).toEqual(['拟任职务', '任免理由', '呈报单位', '计算年龄时间', '填表时间', '填表人', '版本']);
    expect(p.errors).toEqual([]);
    // The political status is inferred from 入党时间 (the file has no ZhengZhiMianMao).
    expect(p.warnings).toEqual([{ field: 'politicalStatus', message: expect.stringContaining('推定为中共党员') }]);
  });

  it('a minimal file without photo or ID number: name without its space, 土家 → 15, 大专 → 31', async () => {
    const p = await person('li-na-minimal.lrmx');
    expect(p.cadre).toEqual({
      name: '李娜',
      sex: '2',
      ethnicity: '15',
      workStartDate: '2013-07',
      fullTimeEducation: '31',
      currentPost: '开江县普安镇党政办工作人员',
    });
    expect(p.birthMonth).toBe('1990-05');
    expect(p.matchKey).toEqual({ kind: 'nameBirthMonth', name: '李娜', birthMonth: '1990-05' });
    expect(p.photo).toBeNull();
    expect(p.errors).toEqual([]);
    expect(p.warnings.map((w) => w.field).sort()).toEqual(['idCardNo', 'politicalStatus']);
    // 普安镇 is the short name of the township: unit found, post split.
    expect(p.currentPost).toMatchObject({ unit: { id: 'puan' }, post: '党政办工作人员' });
  });

  it('unknown elements and entities: minority name with ·, ID number with spaces, 维吾尔族 → 05', async () => {
    const p = await person('ayiguli-extra-elements.lrmx');
    expect(p.cadre).toMatchObject({
      name: '阿依古丽·买买提',
      idCardNo: '650102199107220020',
      sex: '2',
      birthDate: '1991-07-22',
      ethnicity: '05',
      politicalStatus: '01',
      partyJoinDate: '2013-06',
      health: '良好',
      fullTimeEducation: '21',
      fullTimeDegree: '学士',
      fullTimeSchool: '新疆大学<法学>专业',
    });
    expect(p.cadre.resume).toContain('（法律援助中心&公证处）');
    expect(p.ignored.map((u) => u.element)).toEqual(['DaoLingNianYue', 'GaiGeQianRenZhiNianLingJieXian', 'Version', 'ZiDingYiBeiZhu']);
    expect(p.unmapped.find((u) => u.element === 'JiangChengQingKuang')?.raw).toBe('2020年获评“全区优秀公务员”<嘉奖>');
    expect(p.warnings).toEqual([]);
    expect(p.currentPost).toMatchObject({ unit: null, raw: '乌鲁木齐市天山区司法局副局长' });
  });

  it('GBK file of a 民盟 member: 05 without 入党时间, 研究生 + 博士 → 11, ID wins over the birth month', async () => {
    const p = await person('chen-siyuan-gbk.lrmx');
    expect(p.cadre).toMatchObject({
      name: '陈思远',
      idCardNo: '51170219850412003X',
      birthDate: '1985-04-12',
      ethnicity: '01',
      politicalStatus: '05',
      fullTimeEducation: '11',
      fullTimeDegree: '博士',
      professionalTitle: '高级工程师',
    });
    expect(p.cadre.partyJoinDate).toBeUndefined();
    expect(p.unmapped.find((u) => u.element === 'RuDangShiJian')).toMatchObject({ raw: '201506；民盟' });
    expect(p.warnings).toEqual([{ field: 'birthDate', message: '文件中的出生年月（1985.05）与身份证号码不符，已按身份证号码取 1985.04，请核对。' }]);
  });

  it('GBK .lrm with its .pic: fields by position, education split, photo bytes, unit by short name', async () => {
    const p = await person('zhao-li.lrm', 'zhao-li.pic');
    expect(p.format).toBe('lrm');
    expect(p.cadre).toMatchObject({
      name: '赵丽',
      sex: '2',
      ethnicity: '01',
      nativePlace: '四川达州',
      birthPlace: '四川开江',
      politicalStatus: '01',
      partyJoinDate: '2009-05',
      workStartDate: '2008-07',
      health: '健康',
      fullTimeEducation: '21',
      fullTimeDegree: '学士',
      fullTimeSchool: '四川师范大学汉语言文学专业',
      inServiceEducation: '14',
      inServiceDegree: '硕士',
      inServiceSchool: '四川大学公共管理专业',
      expertise: '文字综合',
      currentPost: '开江县委办公室副主任',
    });
    expect(p.matchKey).toEqual({ kind: 'nameBirthMonth', name: '赵丽', birthMonth: '1986-11' });
    expect(Buffer.from(p.photo!.data).equals(Buffer.from(PHOTO))).toBe(true);
    expect(p.family).toHaveLength(2);
    expect(p.currentPost).toMatchObject({ unit: { id: 'office' }, post: '副主任' });
  });

  it('the bad-photo fixtures still map the person, with the photo warning first', async () => {
    const p = await person('bad-huge-photo.lrmx');
    expect(p.cadre).toMatchObject({ name: '孙磊', sex: '1', ethnicity: '01' });
    expect(p.photo).toBeNull();
    expect(p.warnings[0]).toEqual({ field: '', message: expect.stringContaining('照片大小为') });
  }, 20_000);
});

import { describe, expect, it } from 'vitest';
import { mapLrmxPerson, normalizeLrmxName } from '@shared/import/lrmx-cadre';
import type { LrmxRecord } from '@shared/import/lrmx-record';
import { createUnitLookup } from '@shared/import/unit-names';

const TODAY = '2024-05-06';

function record(elements: LrmxRecord['elements'], over: Partial<LrmxRecord> = {}): LrmxRecord {
  return { fileName: '测试.lrmx', format: 'lrmx', elements, family: [], photo: null, unknownElements: [], warnings: [], ...over };
}

const map = (elements: LrmxRecord['elements'], units?: Parameters<typeof createUnitLookup>[0]) =>
  mapLrmxPerson(record(elements), { today: TODAY, ...(units ? { units: createUnitLookup(units) } : {}) });

const BASE = { XingMing: '王志强', XingBie: '男', ChuShengNianYue: '198203', ShenFenZheng: '511723198203150317' };

describe('normalizeLrmxName', () => {
  it.each([
    ['张 三', '张三'],
    ['李\u3000娜', '李娜'],
    [' 王志强 ', '王志强'],
    ['阿依古丽\u30fb买买提', '阿依古丽·买买提'],
    ['阿依古丽.买买提', '阿依古丽·买买提'],
    ['阿依古丽•买买提', '阿依古丽·买买提'],
    ['阿依古丽．买买提', '阿依古丽·买买提'],
  ])('%s → %s', (raw, expected) => {
    expect(normalizeLrmxName(raw)).toBe(expected);
  });
});

describe('mapLrmxPerson', () => {
  it('takes sex and birth date from a valid ID number and matches by it', () => {
    const p = map(BASE);
    expect(p.cadre).toMatchObject({ name: '王志强', idCardNo: '511723198203150317', sex: '1', birthDate: '1982-03-15' });
    expect(p.birthMonth).toBe('1982-03');
    expect(p.matchKey).toEqual({ kind: 'idCardNo', idCardNo: '511723198203150317' });
    expect(p.errors).toEqual([]);
  });

  it('lets the ID number win over a different sex and birth month, with warnings', () => {
    const p = map({ ...BASE, ZhengZhiMianMao: '群众', XingBie: '女', ChuShengNianYue: '198205' });
    expect(p.cadre.sex).toBe('1');
    expect(p.cadre.birthDate).toBe('1982-03-15');
    expect(p.warnings.map((w) => w.field)).toEqual(['sex', 'birthDate']);
    expect(p.warnings[1]!.message).toContain('1982.05');
  });

  it('refuses an invalid ID number and falls back to name + birth month', () => {
    const p = map({ ...BASE, ShenFenZheng: '511723198203150318' });
    expect(p.cadre.idCardNo).toBeUndefined();
    expect(p.cadre.sex).toBe('1');
    expect(p.errors).toEqual([{ field: 'idCardNo', message: expect.stringContaining('校验位错误') }]);
    expect(p.matchKey).toEqual({ kind: 'nameBirthMonth', name: '王志强', birthMonth: '1982-03' });
    expect(p.unmapped.map((u) => u.element)).toEqual(['ShenFenZheng']);
  });

  it('without an ID number: name + birth month, no birth date invented, a warning to complete it', () => {
    const p = map({ XingMing: '李 娜', XingBie: '女', ChuShengNianYue: '1990.05' });
    expect(p.cadre).toEqual({ name: '李娜', sex: '2' });
    expect(p.birthMonth).toBe('1990-05');
    expect(p.matchKey).toEqual({ kind: 'nameBirthMonth', name: '李娜', birthMonth: '1990-05' });
    expect(p.warnings.some((w) => w.field === 'idCardNo' && /补充身份证号码/.test(w.message))).toBe(true);
  });

  it('a file without a name, or without any key, is an error', () => {
    expect(map({ XingBie: '男' }).errors).toEqual([{ field: 'name', message: expect.stringContaining('没有姓名') }]);
    expect(map({ XingMing: '王五' }).errors).toEqual([{ field: 'idCardNo', message: expect.stringContaining('无法与系统中的干部对应') }]);
    expect(map({ XingMing: '王5' }).errors[0]).toEqual({ field: 'name', message: expect.stringContaining('姓名应为汉字') });
  });

  it('maps labels to GB codes through the synonym tables', () => {
    const p = map({ ...BASE, MinZu: '汉', JianKangZhuangKuang: '健康', QuanRiZhiJiaoYu_XueLi: '大学', ZaiZhiJiaoYu_XueLi: '研究生', ZaiZhiJiaoYu_XueWei: '管理学硕士' });
    expect(p.cadre).toMatchObject({ ethnicity: '01', health: '健康', fullTimeEducation: '21', inServiceEducation: '14', inServiceDegree: '硕士' });
    expect(map({ ...BASE, MinZu: '崩龙族' }).cadre.ethnicity).toBe('46');
    expect(map({ ...BASE, MinZu: '土家' }).cadre.ethnicity).toBe('15');
    expect(map({ ...BASE, QuanRiZhiJiaoYu_XueLi: '大学本科' }).cadre.fullTimeEducation).toBe('21');
    expect(map({ ...BASE, QuanRiZhiJiaoYu_XueLi: '本科' }).cadre.fullTimeEducation).toBe('21');
    expect(map({ ...BASE, QuanRiZhiJiaoYu_XueLi: '大学本科学历' }).cadre.fullTimeEducation).toBe('21');
    expect(map({ ...BASE, QuanRiZhiJiaoYu_XueLi: '大专' }).cadre.fullTimeEducation).toBe('31');
    expect(map({ ...BASE, QuanRiZhiJiaoYu_XueLi: '中专' }).cadre.fullTimeEducation).toBe('41');
  });

  it('reads 研究生 as a master unless the degree is a doctorate', () => {
    expect(map({ ...BASE, QuanRiZhiJiaoYu_XueLi: '研究生', QuanRiZhiJiaoYu_XueWei: '工学博士' }).cadre).toMatchObject({ fullTimeEducation: '11', fullTimeDegree: '博士' });
    expect(map({ ...BASE, QuanRiZhiJiaoYu_XueLi: '研究生', QuanRiZhiJiaoYu_XueWei: '硕士' }).cadre.fullTimeEducation).toBe('14');
    expect(map({ ...BASE, QuanRiZhiJiaoYu_XueLi: '硕士研究生', QuanRiZhiJiaoYu_XueWei: '博士' }).cadre.fullTimeEducation).toBe('14');
  });

  it('lists a label it does not know with its raw text instead of guessing', () => {
    const p = map({ ...BASE, MinZu: '火星族', QuanRiZhiJiaoYu_XueLi: '党校', JianKangZhuangKuang: '很好' });
    expect(p.cadre.ethnicity).toBeUndefined();
    expect(p.unmapped).toEqual([
      { element: 'MinZu', label: '民族', raw: '火星族', reason: '不在《民族》代码表中' },
      { element: 'JianKangZhuangKuang', label: '健康状况', raw: '很好', reason: '不在《健康状况》代码表中' },
      { element: 'QuanRiZhiJiaoYu_XueLi', label: '全日制教育学历', raw: '党校', reason: '不在《学历》代码表中' },
    ]);
  });

  describe('政治面貌 and 入党时间', () => {
    it('uses 政治面貌 when present, with the join month', () => {
      const p = map({ ...BASE, ZhengZhiMianMao: '中共党员', RuDangShiJian: '200406' });
      expect(p.cadre).toMatchObject({ politicalStatus: '01', partyJoinDate: '2004-06' });
      expect(p.warnings).toEqual([]);
    });

    it('infers 中共党员 from a join date alone, and says so', () => {
      const p = map({ ...BASE, RuDangShiJian: '200406' });
      expect(p.cadre).toMatchObject({ politicalStatus: '01', partyJoinDate: '2004-06' });
      expect(p.warnings).toEqual([{ field: 'politicalStatus', message: expect.stringContaining('推定为中共党员') }]);
    });

    it.each([
      ['民盟', '05'],
      ['201506；民盟', '05'],
      ['2015.06 九三学社', '10'],
      ['201506;中国致公党', '09'],
    ])('reads a democratic party from “%s” without taking its date as 入党时间', (raw, code) => {
      const p = map({ ...BASE, RuDangShiJian: raw });
      expect(p.cadre.politicalStatus).toBe(code);
      expect(p.cadre.partyJoinDate).toBeUndefined();
      if (/\d/.test(raw)) expect(p.unmapped).toEqual([expect.objectContaining({ element: 'RuDangShiJian', raw, reason: expect.stringContaining('民主党派') })]);
    });

    it('without either element the status stays open, with a warning', () => {
      const p = map(BASE);
      expect(p.cadre.politicalStatus).toBeUndefined();
      expect(p.warnings).toEqual([{ field: 'politicalStatus', message: expect.stringContaining('无法确定政治面貌') }]);
    });

    it('a join date for a 群众 is not imported, with a warning; a party that disagrees is flagged', () => {
      const p = map({ ...BASE, ZhengZhiMianMao: '群众', RuDangShiJian: '200406' });
      expect(p.cadre).toMatchObject({ politicalStatus: '13' });
      expect(p.cadre.partyJoinDate).toBeUndefined();
      expect(p.warnings.map((w) => w.field)).toEqual(['partyJoinDate']);
      const q = map({ ...BASE, ZhengZhiMianMao: '民进会员', RuDangShiJian: '201506；民盟' });
      expect(q.cadre.politicalStatus).toBe('07');
      expect(q.warnings).toEqual([{ field: 'politicalStatus', message: expect.stringContaining('不一致') }]);
    });
  });

  it('keeps 简历 lines and their indentation, without trailing spaces or blank edges', () => {
    const p = map({ ...BASE, JianLi: '\n2000.09--2004.07  大学学习   \r\n                  （其间：在职学习）\r\n2004.07--         科员\n\n' });
    expect(p.cadre.resume).toBe('2000.09--2004.07  大学学习\n                  （其间：在职学习）\n2004.07--         科员');
  });

  it('drops a value its field refuses and lists it (籍贯 over 40 characters)', () => {
    const p = map({ ...BASE, JiGuan: '籍'.repeat(41), CanJiaGongZuoShiJian: '1970年' });
    expect(p.cadre.nativePlace).toBeUndefined();
    expect(p.cadre.workStartDate).toBeUndefined();
    expect(p.unmapped.map((u) => [u.element, u.reason])).toEqual([
      ['CanJiaGongZuoShiJian', expect.stringContaining('无法识别的年月')],
      ['JiGuan', '籍贯不能超过40个字'],
    ]);
  });

  it('lists 奖惩情况 and 年度考核结果 as not held by the cadre record, form data as ignored', () => {
    const p = map({ ...BASE, JiangChengQingKuang: '无', NianDuKaoHeJieGuo: '2023年称职', TianBiaoRen: '李明', Version: '3.2.1.16' });
    expect(p.unmapped.map((u) => u.label)).toEqual(['奖惩情况', '年度考核结果']);
    expect(p.ignored.map((u) => u.label)).toEqual(['填表人', '版本']);
  });

  it('one school when both name the same one; a different degree school is listed', () => {
    const same = map({ ...BASE, QuanRiZhiJiaoYu_XueLi_BiYeYuanXiaoXi: '四川农业大学农业经济管理专业', QuanRiZhiJiaoYu_XueWei_BiYeYuanXiaoXi: '四川农业大学' });
    expect(same.cadre.fullTimeSchool).toBe('四川农业大学农业经济管理专业');
    expect(same.unmapped).toEqual([]);
    const other = map({ ...BASE, ZaiZhiJiaoYu_XueLi_BiYeYuanXiaoXi: '中央党校', ZaiZhiJiaoYu_XueWei_BiYeYuanXiaoXi: '西南财经大学' });
    expect(other.cadre.inServiceSchool).toBe('中央党校');
    expect(other.unmapped.map((u) => u.raw)).toEqual(['西南财经大学']);
  });

  describe('现任职务', () => {
    const units = [
      { id: 'u1', name: '开江县' },
      { id: 'u2', name: '开江县农业农村局' },
      { id: 'u3', name: '开江县讲治镇人民政府', shortName: '讲治镇' },
    ];

    it('splits at the longest unit name, not at the county', () => {
      const p = map({ ...BASE, XianRenZhiWu: '开江县农业农村局副局长、党组成员' }, units);
      expect(p.cadre.currentPost).toBe('开江县农业农村局副局长、党组成员');
      expect(p.currentPost).toEqual({ raw: '开江县农业农村局副局长、党组成员', unitText: '开江县农业农村局', unit: units[1], candidates: [], post: '副局长、党组成员' });
    });

    it('keeps the post as written, full-width brackets included', () => {
      const p = map({ ...BASE, XianRenZhiWu: '开江县讲治镇人民政府 党委副书记（挂职）' }, units);
      expect(p.cadre.currentPost).toBe('开江县讲治镇人民政府 党委副书记（挂职）');
      expect(p.currentPost).toMatchObject({ unit: units[2], post: '党委副书记（挂职）' });
      expect(map({ ...BASE, XianRenZhiWu: '开江县农业农村局' }, units).currentPost).toMatchObject({ unit: units[1], post: '' });
    });

    it('finds a unit by its short name', () => {
      expect(map({ ...BASE, XianRenZhiWu: '讲治镇副镇长' }, units).currentPost).toMatchObject({ unit: units[2], post: '副镇长' });
    });

    it('keeps the raw text when no unit is known, or no units were given', () => {
      expect(map({ ...BASE, XianRenZhiWu: '达州市住房和城乡建设局副局长' }, units).currentPost).toEqual({
        raw: '达州市住房和城乡建设局副局长',
        unitText: null,
        unit: null,
        candidates: [],
        post: null,
      });
      expect(map({ ...BASE, XianRenZhiWu: '开江县农业农村局副局长' }).currentPost?.unit).toBeNull();
      expect(map(BASE).currentPost).toBeNull();
    });

    it('offers every unit of an ambiguous name', () => {
      const twins = [
        { id: 'a', name: '开江县供销社' },
        { id: 'b', name: '开江县供销社' },
      ];
      expect(map({ ...BASE, XianRenZhiWu: '开江县供销社主任' }, twins).currentPost).toMatchObject({ unit: null, candidates: twins, post: '主任' });
    });
  });

  it('passes the reader warnings on, and the photo and family as they are', () => {
    const photo = { data: new Uint8Array([0xff, 0xd8, 0xff, 0xe0]), mime: 'image/jpeg' as const };
    const family = [{ relation: '妻子', name: '刘晓梅', birth: '198405', politicalStatus: '中共党员', workUnitAndPost: '开江县人民医院护士长' }];
    const p = mapLrmxPerson(record(BASE, { photo, family, warnings: ['照片不是 JPEG 或 PNG 图片'] }), { today: TODAY });
    expect(p.photo).toBe(photo);
    expect(p.family).toBe(family);
    expect(p.warnings[0]).toEqual({ field: '', message: '照片不是 JPEG 或 PNG 图片' });
  });
});

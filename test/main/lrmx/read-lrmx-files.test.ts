import { describe, expect, it, vi } from 'vitest';
import { LRMX_ELEMENTS, LrmxRecordSchema, type LrmxRecord } from '@shared/import/lrmx-record';
import { readLrmxFiles } from '../../../electron/main/services/lrmx/read-lrmx-files';
import { fixture, PHOTO } from './fixtures';

async function readOne(name: string): Promise<LrmxRecord> {
  const { records, errors } = await readLrmxFiles([fixture(name)]);
  expect(errors).toEqual([]);
  expect(records).toHaveLength(1);
  return LrmxRecordSchema.parse(records[0]);
}

async function refusal(name: string): Promise<string> {
  const { records, errors } = await readLrmxFiles([fixture(name)]);
  expect(records).toEqual([]);
  expect(errors).toHaveLength(1);
  expect(errors[0]!.fileName).toBe(name);
  expect(errors[0]!.message).toContain(`“${name}”`);
  return errors[0]!.message;
}

describe('readLrmxFiles: good files', () => {
  it('reads a complete 3.2.1.16 file: every element, family rows, multi-line 简历, photo bytes', async () => {
    const r = await readOne('wang-zhiqiang-full.lrmx');
    expect(r.format).toBe('lrmx');
    expect(r.elements).toMatchObject({
      XingMing: '王志强',
      XingBie: '男',
      ChuShengNianYue: '198203',
      MinZu: '汉族',
      RuDangShiJian: '200406',
      QuanRiZhiJiaoYu_XueLi: '大学',
      ZaiZhiJiaoYu_XueWei: '管理学硕士',
      XianRenZhiWu: '开江县农业农村局副局长、党组成员',
      ShenFenZheng: '511723198203150317',
      JiSuanNianLingShiJian: '20240501',
      Version: '3.2.1.16',
    });
    expect(r.elements.NiMianZhiWu).toBeUndefined();
    const cv = r.elements.JianLi!.split('\n');
    expect(cv).toHaveLength(7);
    expect(cv[0]).toBe('2000.09--2004.07  四川农业大学农业经济管理专业学习');
    expect(cv[6]).toBe('2021.06--         开江县农业农村局副局长、党组成员');
    expect(r.family).toHaveLength(4);
    expect(r.family[0]).toEqual({ relation: '妻子', name: '刘晓梅', birth: '198405', politicalStatus: '中共党员', workUnitAndPost: '开江县人民医院护士长' });
    expect(r.family[2]!.workUnitAndPost).toBe('已去世');
    expect(r.photo?.mime).toBe('image/jpeg');
    expect(Buffer.from(r.photo!.data).equals(Buffer.from(PHOTO))).toBe(true);
    expect(r.unknownElements).toEqual([]);
    expect(r.warnings).toEqual([]);
  });

  it('reads a file with a BOM, a GB2312 declaration over UTF-8 bytes, no photo and few elements', async () => {
    const r = await readOne('li-na-minimal.lrmx');
    expect(r.elements).toEqual({
      XingMing: '李\u3000娜',
      XingBie: '女',
      ChuShengNianYue: '199005',
      MinZu: '土家',
      CanJiaGongZuoShiJian: '201307',
      QuanRiZhiJiaoYu_XueLi: '大专',
      XianRenZhiWu: '开江县普安镇党政办工作人员',
      Version: '3.2.1.6',
    });
    expect(r.photo).toBeNull();
    expect(r.family).toEqual([]);
    expect(r.warnings).toEqual([]);
  });

  it('keeps unknown elements aside and resolves entities and CDATA', async () => {
    const r = await readOne('ayiguli-extra-elements.lrmx');
    expect(r.elements.JianLi).toContain('新疆大学<法学>专业学习');
    expect(r.elements.JianLi).toContain('（法律援助中心&公证处）');
    expect(r.elements.QuanRiZhiJiaoYu_XueLi_BiYeYuanXiaoXi).toBe('新疆大学<法学>专业');
    expect(r.elements.JiangChengQingKuang).toBe('2020年获评“全区优秀公务员”<嘉奖>');
    expect(r.elements.DaoLingNianYue).toBe('204607');
    expect(r.elements.GaiGeQianRenZhiNianLingJieXian).toBe('副处级55岁');
    expect(r.unknownElements).toEqual([{ name: 'ZiDingYiBeiZhu', text: '本元素为其他系统自行添加，导入时应忽略' }]);
    expect(r.family).toEqual([{ relation: '丈夫', name: '艾力·吐尔逊', birth: '198903', politicalStatus: '中共党员', workUnitAndPost: '乌鲁木齐市第一中学教师' }]);
  });

  it('decodes GBK bytes that claim to be UTF-8', async () => {
    const r = await readOne('chen-siyuan-gbk.lrmx');
    expect(r.elements.XingMing).toBe('陈思远');
    expect(r.elements.RuDangShiJian).toBe('201506；民盟');
    expect(r.elements.XianRenZhiWu).toBe('达州市住房和城乡建设局副局长');
    expect(r.warnings).toEqual([]);
  });

  it('reads a GBK .lrm with its .pic: fields by position, education and family split', async () => {
    const { records, errors } = await readLrmxFiles([fixture('zhao-li.pic'), fixture('zhao-li.lrm')]);
    expect(errors).toEqual([]);
    const r = LrmxRecordSchema.parse(records[0]);
    expect(r.format).toBe('lrm');
    expect(r.fileName).toBe('zhao-li.lrm');
    expect(r.elements).toMatchObject({
      XingMing: '赵丽',
      ChuShengNianYue: '198611',
      RuDangShiJian: '200905',
      ChuShengDi: '四川开江',
      QuanRiZhiJiaoYu_XueLi: '大学',
      QuanRiZhiJiaoYu_XueWei: '学士',
      ZaiZhiJiaoYu_XueLi: '研究生',
      ZaiZhiJiaoYu_XueWei: '硕士',
      QuanRiZhiJiaoYu_XueLi_BiYeYuanXiaoXi: '四川师范大学汉语言文学专业',
      ZaiZhiJiaoYu_XueWei_BiYeYuanXiaoXi: '四川大学',
      XianRenZhiWu: '开江县委办公室副主任',
      TianBiaoShiJian: '202405',
    });
    expect(r.elements.JianLi!.split('\n')).toHaveLength(3);
    expect(r.family).toEqual([
      { relation: '丈夫', name: '周斌', birth: '198502', politicalStatus: '中共党员', workUnitAndPost: '开江县财政局干部' },
      { relation: '儿子', name: '周子墨', birth: '201306', politicalStatus: '群众', workUnitAndPost: '开江县实验小学学生' },
    ]);
    expect(Buffer.from(r.photo!.data).equals(Buffer.from(PHOTO))).toBe(true);
  });

  it('reads a .lrm without its .pic (the photo is optional)', async () => {
    const r = await readOne('zhao-li.lrm');
    expect(r.photo).toBeNull();
    expect(r.elements.XingMing).toBe('赵丽');
  });
});

describe('readLrmxFiles: bad files', () => {
  it('refuses a file that is not XML (here a zip) and says to unzip it', async () => {
    expect(await refusal('bad-not-xml.lrmx')).toMatch(/压缩包.*请先解压/);
  });

  it('refuses a truncated file', async () => {
    expect(await refusal('bad-truncated.lrmx')).toMatch(/不完整（内容在中途中断.*请重新复制/);
  });

  it('refuses a billion-laughs bomb without expanding anything', async () => {
    expect(await refusal('bad-billion-laughs.lrmx')).toMatch(/实体声明.*未读取/);
  });

  it('refuses a wrong root element, naming it', async () => {
    expect(await refusal('bad-wrong-root.lrmx')).toContain('<GanBuXinXi>');
  });

  it('reads the person but leaves out a photo over 2 MB, with a warning', async () => {
    const r = await readOne('bad-huge-photo.lrmx');
    expect(r.elements.XingMing).toBe('孙磊');
    expect(r.photo).toBeNull();
    expect(r.warnings).toEqual([expect.stringMatching(/照片大小为 2\.4 MB，超过 2\.0 MB 的上限，未导入照片/)]);
  }, 20_000);

  it('leaves out a photo that is not a JPEG or PNG', async () => {
    const r = await readOne('bad-photo-not-image.lrmx');
    expect(r.photo).toBeNull();
    expect(r.warnings).toEqual([expect.stringContaining('不是 JPEG 或 PNG')]);
  });

  it('one bad file does not stop the others; order and per-file messages are kept', async () => {
    const { records, errors } = await readLrmxFiles([
      fixture('bad-truncated.lrmx'),
      fixture('wang-zhiqiang-full.lrmx'),
      fixture('bad-billion-laughs.lrmx'),
      fixture('li-na-minimal.lrmx'),
      fixture('zhao-li.pic'),
      { name: '花名册.xlsx', data: new Uint8Array([0x50, 0x4b, 3, 4]) },
    ]);
    expect(records.map((r) => r.elements.XingMing)).toEqual(['王志强', '李\u3000娜']);
    expect(errors.map((e) => e.fileName)).toEqual(['bad-truncated.lrmx', 'bad-billion-laughs.lrmx', 'zhao-li.pic', '花名册.xlsx']);
    expect(errors[2]!.message).toMatch(/没有同名的 \.lrm 文件/);
    expect(errors[3]!.message).toMatch(/导入花名册/);
  });

  it.each([
    ['an empty file', new Uint8Array(0), /空文件/],
    ['only spaces', new TextEncoder().encode('   \n'), /空文件/],
    ['plain text', new TextEncoder().encode('王志强 男 1982.03'), /不是 XML 格式/],
    ['a file over 8 MB', new Uint8Array(8 * 1024 * 1024 + 1), /超过 8\.0 MB 的上限/],
    ['two root elements', new TextEncoder().encode('<Person><XingMing>甲</XingMing></Person><Person/>'), /已损坏/],
    ['a broken tag in the middle', new TextEncoder().encode('<Person>\n<XingMing>甲</XingBie>\n</Person>'), /第 2 行附近/],
    ['a DOCTYPE with an external entity', new TextEncoder().encode('<!DOCTYPE Person [<!ENTITY x SYSTEM "file:///etc/passwd">]><Person>&x;</Person>'), /实体声明/],
    ['too many tags', new TextEncoder().encode(`<Person>${'<a/>'.repeat(6000)}</Person>`), /元素超过 5000 个/],
    ['a tag the parser refuses (constructor)', new TextEncoder().encode('<Person><constructor>x</constructor></Person>'), /已损坏/],
  ])('refuses %s with a Chinese message naming the file', async (_label, data, pattern) => {
    const { records, errors } = await readLrmxFiles([{ name: '测试.lrmx', data }]);
    expect(records).toEqual([]);
    expect(errors).toEqual([{ fileName: '测试.lrmx', message: expect.stringMatching(pattern) }]);
    expect(errors[0]!.message).toContain('“测试.lrmx”');
  });

  it('keeps the first of a repeated element, warns once per element, and keeps at most 50 warnings', async () => {
    const repeated = Array.from({ length: 40 }, (_, i) => `<XingMing>甲${i}</XingMing>`).join('');
    const { records } = await readLrmxFiles([{ name: '重复.lrmx', data: new TextEncoder().encode(`<Person>${repeated}<MinZu>${'汉'.repeat(20_001)}</MinZu></Person>`) }]);
    expect(records[0]!.elements.XingMing).toBe('甲0');
    expect(records[0]!.elements.MinZu).toHaveLength(20_000);
    expect(records[0]!.warnings).toEqual(['“姓名”在文件中出现了多次，只读取了第一个。', '“民族”超过 20000 个字，只读取了前 20000 个字，请核对。']);
    // Every known element too long and repeated: 70 warnings, 50 kept, the record still valid.
    const all = Object.keys(LRMX_ELEMENTS).map((e) => `<${e}>${'a'.repeat(20_001)}</${e}><${e}>b</${e}>`).join('');
    const many = await readLrmxFiles([{ name: '全部.lrmx', data: new TextEncoder().encode(`<Person>${all}</Person>`) }]);
    expect(many.records[0]!.warnings).toHaveLength(50);
    expect(LrmxRecordSchema.safeParse(many.records[0]).success).toBe(true);
  });

  it('reads an .lrm that is really XML as LRMX, and refuses an .lrm that is neither', async () => {
    const xml = fixture('li-na-minimal.lrmx');
    const { records } = await readLrmxFiles([{ name: '李娜.lrm', data: xml.data }]);
    expect(records[0]!.format).toBe('lrmx');
    const { errors } = await readLrmxFiles([{ name: '乱码.lrm', data: new TextEncoder().encode('这不是任免审批表') }]);
    expect(errors[0]!.message).toMatch(/不是任免审批表 2\.0（\.lrm）格式/);
  });

  it('stops reading when the time budget is used up and says to import in batches', async () => {
    let t = 0;
    const now = () => (t += 40_000);
    const files = [fixture('li-na-minimal.lrmx'), fixture('wang-zhiqiang-full.lrmx'), fixture('zhao-li.lrm')];
    const { records, errors } = await readLrmxFiles(files, { now, timeBudgetMs: 60_000 });
    expect(records).toHaveLength(1);
    expect(errors.map((e) => e.fileName)).toEqual(['wang-zhiqiang-full.lrmx', 'zhao-li.lrm']);
    expect(errors[0]!.message).toMatch(/请分批导入/);
  });

  it('an unexpected failure becomes the internal message and is logged, never thrown', async () => {
    const log = vi.fn();
    const poisoned = { name: '坏.lrmx', get data(): Uint8Array { throw new Error('boom'); } };
    const { errors } = await readLrmxFiles([poisoned, fixture('li-na-minimal.lrmx')], { log });
    expect(errors).toEqual([{ fileName: '坏.lrmx', message: expect.stringContaining('意外错误') }]);
    expect(log).toHaveBeenCalledOnce();
  });
});

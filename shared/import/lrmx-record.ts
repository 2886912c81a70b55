import { z } from 'zod';

// What a 干部任免审批表 file holds, as read in main from `.lrmx` (任免审批表 3.x, XML) or `.lrm`
// (2.0, GBK text + `.pic` photo) before any mapping to the cadre (DOMAIN §5). It crosses the bridge
// as the result of `lrmx:read`; shared/import/lrmx-cadre.ts maps it onto the cadre's fields.

/** The key that pairs an LRM 2.0 file with its photo: the base name without extension, case-insensitive (`张三.LRM` ↔ `张三.pic`). */
export function lrmPairKey(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return (dot < 0 ? fileName : fileName.slice(0, dot)).toLowerCase();
}

/** The person-level elements of DOMAIN §5.2, in the order of the 3.x template, with their Chinese meaning. */
export const LRMX_ELEMENTS = {
  XingMing: '姓名',
  XingBie: '性别',
  ChuShengNianYue: '出生年月',
  MinZu: '民族',
  JiGuan: '籍贯',
  ChuShengDi: '出生地',
  RuDangShiJian: '入党时间',
  CanJiaGongZuoShiJian: '参加工作时间',
  DaoLingNianYue: '到龄年月',
  JianKangZhuangKuang: '健康状况',
  ZhuanYeJiShuZhiWu: '专业技术职务',
  ShuXiZhuanYeYouHeZhuanChang: '熟悉专业有何专长',
  ZhengZhiMianMao: '政治面貌',
  QuanRiZhiJiaoYu_XueLi: '全日制教育学历',
  QuanRiZhiJiaoYu_XueWei: '全日制教育学位',
  QuanRiZhiJiaoYu_XueLi_BiYeYuanXiaoXi: '全日制学历毕业院校系及专业',
  QuanRiZhiJiaoYu_XueWei_BiYeYuanXiaoXi: '全日制学位毕业院校系及专业',
  ZaiZhiJiaoYu_XueLi: '在职教育学历',
  ZaiZhiJiaoYu_XueWei: '在职教育学位',
  ZaiZhiJiaoYu_XueLi_BiYeYuanXiaoXi: '在职学历毕业院校系及专业',
  ZaiZhiJiaoYu_XueWei_BiYeYuanXiaoXi: '在职学位毕业院校系及专业',
  XianRenZhiWu: '现任职务',
  NiRenZhiWu: '拟任职务',
  NiMianZhiWu: '拟免职务',
  JianLi: '简历',
  JiangChengQingKuang: '奖惩情况',
  NianDuKaoHeJieGuo: '年度考核结果',
  RenMianLiYou: '任免理由',
  ChengBaoDanWei: '呈报单位',
  GaiGeQianRenZhiNianLingJieXian: '改革前任职年龄界限',
  JiSuanNianLingShiJian: '计算年龄时间',
  TianBiaoShiJian: '填表时间',
  TianBiaoRen: '填表人',
  ShenFenZheng: '身份证号',
  Version: '版本',
} as const;

/** A person-level text element of an LRMX file. */
export type LrmxElement = keyof typeof LRMX_ELEMENTS;

/** Elements that hold structure rather than text, read separately. */
export const LRMX_STRUCTURED_ELEMENTS = ['JiaTingChengYuan', 'ZhaoPian'] as const;

/** Longest text kept from one element (a 简历 of 60 lines is about 3,000 characters). */
export const LRMX_MAX_TEXT = 20_000;
/** Most warnings kept for one file. */
export const LRMX_MAX_WARNINGS = 50;

const text = z.string().max(LRMX_MAX_TEXT);

/** One row of 家庭主要成员及重要社会关系 (`JiaTingChengYuan/Item`). */
export const LrmxFamilyMemberSchema = z.object({
  /** 称谓: 妻子, 儿子, 父亲 … */
  relation: text,
  name: text,
  /** 出生日期 as written, usually `yyyyMM`. */
  birth: text,
  /** 政治面貌 label as written. */
  politicalStatus: text,
  /** 工作单位及职务 (may say 已去世). */
  workUnitAndPost: text,
});

/** The photo of the form: the image bytes, checked to be a JPEG or PNG of at most 2 MB. */
export const LrmxPhotoSchema = z.object({
  data: z.custom<Uint8Array>((value) => value instanceof Uint8Array, { message: '照片应为二进制数据' }),
  mime: z.enum(['image/jpeg', 'image/png']),
});

/** One person read from one file. */
export const LrmxRecordSchema = z.object({
  /** Base name of the file it came from (the `.lrm` for LRM 2.0). */
  fileName: z.string().min(1).max(255),
  format: z.enum(['lrmx', 'lrm']),
  /** Text of each element present, trimmed; entities and CDATA already resolved. */
  elements: z.partialRecord(z.enum(Object.keys(LRMX_ELEMENTS) as [LrmxElement, ...LrmxElement[]]), text),
  family: z.array(LrmxFamilyMemberSchema).max(50),
  photo: LrmxPhotoSchema.nullable(),
  /** Elements this app does not know (e.g. added by another system): shown to the clerk, never imported. */
  unknownElements: z.array(z.object({ name: z.string().max(200), text })).max(200),
  /** Problems that did not stop the reading (photo left out, encoding guessed …), in Chinese. */
  warnings: z.array(z.string()).max(LRMX_MAX_WARNINGS),
});

/** A file that could not be read at all, with a Chinese message naming it and saying what to do. */
export const LrmxFileErrorSchema = z.object({ fileName: z.string().min(1).max(255), message: z.string().min(1) });

/** The answer of `lrmx:read`: the persons read, and the files that could not be read. */
export const ReadLrmxResultSchema = z.object({
  records: z.array(LrmxRecordSchema),
  errors: z.array(LrmxFileErrorSchema),
});

export type LrmxFamilyMember = z.infer<typeof LrmxFamilyMemberSchema>;
export type LrmxPhoto = z.infer<typeof LrmxPhotoSchema>;
export type LrmxRecord = z.infer<typeof LrmxRecordSchema>;
export type LrmxFileError = z.infer<typeof LrmxFileErrorSchema>;
export type ReadLrmxResult = z.infer<typeof ReadLrmxResultSchema>;

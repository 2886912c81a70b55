// Chinese messages of the LRMX / LRM reader (kept together so the wording can be reviewed). Each
// names the file and says what to do; none is shown with technical detail.
import { formatBytes } from '@shared/ipc/errors';

const f = (name: string) => `文件“${name}”`;

export const LRMX_TEXTS = {
  tooLarge: (name: string, size: number, max: number) =>
    `${f(name)}大小为 ${formatBytes(size)}，超过 ${formatBytes(max)} 的上限，未读取。任免审批表文件通常不超过 1 MB，请确认选择的是 .lrmx 或 .lrm 文件。`,
  empty: (name: string) => `${f(name)}是空文件，未读取。请向报送单位重新索取该文件。`,
  zip: (name: string) => `${f(name)}是压缩包，不是任免审批表，未读取。请先解压，再选择其中的 .lrmx 文件导入。`,
  notXml: (name: string) =>
    `${f(name)}不是 XML 格式的任免审批表（.lrmx），未读取。请用“任免表编辑器”重新导出 .lrmx 文件后再导入。`,
  truncated: (name: string) =>
    `${f(name)}不完整（内容在中途中断，可能复制时出错），未读取。请重新复制该文件，或向报送单位重新索取。`,
  damaged: (name: string, line: number) =>
    `${f(name)}不完整或已损坏（第 ${line} 行附近格式有误），未读取。请重新复制该文件，或向报送单位重新索取。`,
  entities: (name: string) =>
    `${f(name)}含有自定义实体声明（<!ENTITY>），正常的任免审批表不会包含这种内容，为安全起见未读取。请向报送单位重新索取原始文件。`,
  wrongRoot: (name: string, root: string) =>
    `${f(name)}的根元素是 <${root}>，不是任免审批表的 <Person>，未读取。请确认选择的是任免审批表（.lrmx）文件。`,
  tooManyElements: (name: string, max: number) =>
    `${f(name)}包含的元素超过 ${max} 个，不像是一份任免审批表，未读取。请确认选择的是单个干部的 .lrmx 文件。`,
  notLrm: (name: string) => `${f(name)}不是任免审批表 2.0（.lrm）格式，未读取。请用“任免表编辑器”重新导出后再导入。`,
  lrmFieldCount: (count: number) => `文件有 ${count} 个字段（任免审批表 2.0 通常为 33 个），已按常见顺序读取，请核对导入结果。`,
  unknownLrmField: (index: number) => `第${index + 1}个字段`,
  orphanPic: (name: string) => `照片文件“${name}”没有同名的 .lrm 文件，已忽略。请同时选择同名的 .lrm 和 .pic 文件。`,
  unsupported: (name: string) =>
    `${f(name)}不是任免审批表（应为 .lrmx 或 .lrm 文件），未读取。Excel 花名册请在“导入花名册”中导入。`,
  timeBudget: (name: string, seconds: number) => `本次选择的文件较多，处理已超过 ${seconds} 秒，${f(name)}未读取。请分批导入。`,
  internal: (name: string) => `读取${f(name)}时出现意外错误，未读取。请确认文件完整后重试；如仍出现，请联系技术支持。`,
  lossyText: '文件中有部分文字无法识别（编码可能有误），已用“�”代替，请导入后核对姓名、简历等内容。',
  photoTooLarge: (size: number, max: number) =>
    `照片大小为 ${formatBytes(size)}，超过 ${formatBytes(max)} 的上限，未导入照片；其他信息照常读取。导入后可在干部信息中另行上传照片。`,
  photoNotImage: '照片不是 JPEG 或 PNG 图片，未导入照片；其他信息照常读取。导入后可在干部信息中另行上传照片。',
  photoDamaged: '照片数据已损坏（不是有效的 Base64 编码），未导入照片；其他信息照常读取。导入后可在干部信息中另行上传照片。',
  tooManyFamily: (max: number) => `家庭成员超过 ${max} 人，只读取了前 ${max} 人。`,
  textCut: (label: string, max: number) => `“${label}”超过 ${max} 个字，只读取了前 ${max} 个字，请核对。`,
  duplicate: (label: string) => `“${label}”在文件中出现了多次，只读取了第一个。`,
  tooManyUnknown: '文件中未识别的元素过多，只列出了前 200 个。',
} as const;

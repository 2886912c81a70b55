// What a picked file is, told from its content, never from its name: a clerk's `.xls` is often a
// renamed `.xlsx`, an HTML page or a CSV, and a `.xlsx` may be anything. Files that are no table
// the app reads are refused here with a message that names what they are and what to do.
import { BridgeException } from '@shared/ipc/errors';
import { encryptedWorkbook, notATable, notAWorkbook, oldExcelFormat } from './read-messages';

/** How to read a file that is not refused: as an .xlsx (a zip) or as delimited text (CSV). */
export type TableFileKind = 'zip' | 'text';

function startsWith(bytes: Uint8Array, signature: readonly number[], at = 0): boolean {
  return bytes.length >= at + signature.length && signature.every((byte, i) => bytes[at + i] === byte);
}

const ascii = (text: string): number[] => Array.from(text, (char) => char.charCodeAt(0));

const ZIP = ascii('PK\x03\x04');
const EMPTY_ZIP = ascii('PK\x05\x06');
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Other formats a clerk may pick by mistake: signature → what it is and what to do. */
const FOREIGN: readonly { signature: number[]; at?: number; what: string; todo?: string }[] = [
  { signature: ascii('%PDF'), what: 'PDF 文件' },
  { signature: [0x89, 0x50, 0x4e, 0x47], what: '图片文件（PNG）' },
  { signature: [0xff, 0xd8, 0xff], what: '图片文件（JPEG）' },
  { signature: ascii('GIF8'), what: '图片文件（GIF）' },
  { signature: ascii('WEBP'), at: 8, what: '图片文件（WebP）' },
  { signature: ascii('II*\0'), what: '图片文件（TIFF）' },
  { signature: ascii('MM\0*'), what: '图片文件（TIFF）' },
  { signature: ascii('Rar!'), what: '压缩包（.rar）', todo: '请先解压，再选择其中的 .xlsx 或 .csv 文件。' },
  { signature: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], what: '压缩包（.7z）', todo: '请先解压，再选择其中的 .xlsx 或 .csv 文件。' },
  { signature: [0x1f, 0x8b], what: '压缩文件（.gz）', todo: '请先解压，再选择其中的 .xlsx 或 .csv 文件。' },
];

/** True when `name` appears in `bytes` as UTF-16LE (how an OLE compound file stores stream names). */
function hasStreamName(bytes: Uint8Array, name: string): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(Buffer.from(name, 'utf16le'));
}

/** The refusal for an OLE compound file: an encrypted .xlsx, an old .xls / .et, or another Office file. */
function compoundFileRefusal(bytes: Uint8Array): BridgeException {
  if (hasStreamName(bytes, 'EncryptionInfo') || hasStreamName(bytes, 'EncryptedPackage')) return encryptedWorkbook();
  if (hasStreamName(bytes, 'WordDocument')) return notAWorkbook('旧版 Word 文档（.doc）');
  if (hasStreamName(bytes, 'PowerPoint Document')) return notAWorkbook('旧版 PowerPoint 演示文稿（.ppt）');
  return oldExcelFormat();
}

/**
 * Bytes that look like text: no NUL outside a UTF-16 pattern, and hardly any control characters
 * other than tab, line feed, carriage return and form feed.
 */
function looksLikeText(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 64 * 1024);
  if (startsWith(sample, [0xff, 0xfe]) || startsWith(sample, [0xfe, 0xff])) return true;
  let zeroEven = 0;
  let zeroOdd = 0;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const byte = sample[i]!;
    if (byte === 0) {
      if (i % 2 === 0) zeroEven++;
      else zeroOdd++;
    } else if ((byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) || byte === 0x7f) {
      control++;
    }
  }
  const half = sample.length / 2;
  // UTF-16 without BOM: ASCII characters put a zero in every other byte.
  if (half > 0 && (zeroOdd > half * 0.3 || zeroEven > half * 0.3) && Math.min(zeroOdd, zeroEven) < half * 0.05) return control <= half * 0.01;
  return zeroEven + zeroOdd === 0 && control <= sample.length * 0.01;
}

/**
 * Tells how to read `bytes` (a non-empty file): `zip` for anything that starts like a zip (an
 * .xlsx, or a zip the workbook reader then names), `text` for delimited text. Throws the Chinese
 * refusal for a password-protected workbook, an old .xls, PDF, images, other archives and any
 * other binary content.
 */
export function recognizeTableFile(bytes: Uint8Array): TableFileKind {
  if (startsWith(bytes, ZIP) || startsWith(bytes, EMPTY_ZIP)) return 'zip';
  if (startsWith(bytes, CFB)) throw compoundFileRefusal(bytes);
  const foreign = FOREIGN.find(({ signature, at }) => startsWith(bytes, signature, at ?? 0));
  if (foreign) throw notAWorkbook(foreign.what, foreign.todo);
  if (!looksLikeText(bytes)) throw notATable();
  return 'text';
}

/**
 * Refuses text that is markup rather than a delimited table: an LRMX 任免审批表, an HTML page (what
 * many systems export as “.xls”), an Excel 2003 XML spreadsheet, or any other XML.
 */
export function refuseMarkup(text: string): void {
  const head = text.slice(0, 4096).replace(/^[\ufeff\s]+/, '');
  if (!head.startsWith('<')) return;
  const lower = head.toLowerCase();
  if (/<person[\s>]/.test(lower)) throw notAWorkbook('干部任免审批表文件（LRMX）', '请使用“导入任免审批表”功能导入它。');
  if (lower.includes('urn:schemas-microsoft-com:office:spreadsheet')) {
    throw notAWorkbook('Excel 2003 XML 表格', '请用 Excel 或 WPS 打开后另存为 .xlsx，再导入。');
  }
  if (/<(!doctype html|html|table|head|body|meta)[\s>]/.test(lower)) {
    throw notAWorkbook('网页格式（HTML）的表格（常见于从其他系统导出的“.xls”）', '请用 Excel 或 WPS 打开后另存为 .xlsx，再导入。');
  }
  throw notAWorkbook('XML 文件', '请选择 Excel 工作簿（.xlsx）或 CSV 表格文件。');
}

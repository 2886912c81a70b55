// The number format of each cell style (`xl/styles.xml`): what tells a date from a number.
// Built-in format ids are resolved as a Chinese (zh-CN) Excel or WPS shows them; exceljs's own
// table has no entry for the locale ids 27–36 and 50–58, so a date formatted 2024年5月6日
// (id 31) read as a bare serial number.
import { readXml } from './xml-events';

/** Built-in number formats (ECMA-376 Part 1 §18.8.30), with the zh-CN locale's date formats. */
export const BUILTIN_NUMBER_FORMATS: Readonly<Record<number, string>> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'yyyy/m/d',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'yyyy/m/d h:mm',
  27: 'yyyy"年"m"月"',
  28: 'm"月"d"日"',
  29: 'm"月"d"日"',
  30: 'm-d-yy',
  31: 'yyyy"年"m"月"d"日"',
  32: 'h"时"mm"分"',
  33: 'h"时"mm"分"ss"秒"',
  34: '上午/下午h"时"mm"分"',
  35: '上午/下午h"时"mm"分"ss"秒"',
  36: 'yyyy"年"m"月"',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00 ;(#,##0.00)',
  40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mm:ss.0',
  48: '##0.0E+0',
  49: '@',
  50: 'yyyy"年"m"月"',
  51: 'm"月"d"日"',
  52: 'yyyy"年"m"月"',
  53: 'm"月"d"日"',
  54: 'm"月"d"日"',
  55: '上午/下午h"时"mm"分"',
  56: '上午/下午h"时"mm"分"ss"秒"',
  57: 'yyyy"年"m"月"',
  58: 'm"月"d"日"',
};

/**
 * Reads the styles part: element i of the result is the number format code of cell style i (the
 * `s` attribute of a cell), undefined for General or an unknown id.
 */
export async function readNumberFormats(source: AsyncIterable<string>, afterBatch: () => void): Promise<(string | undefined)[]> {
  const custom = new Map<number, string>();
  const styleFormatIds: number[] = [];
  let inCellXfs = false;
  await readXml(
    source,
    {
      open(name, attributes) {
        if (name === 'numFmt' && attributes.numFmtId !== undefined && attributes.formatCode !== undefined) {
          custom.set(Number(attributes.numFmtId), attributes.formatCode);
        } else if (name === 'cellXfs') {
          inCellXfs = true;
        } else if (name === 'xf' && inCellXfs) {
          styleFormatIds.push(Number(attributes.numFmtId ?? 0));
        }
      },
      close(name) {
        if (name === 'cellXfs') inCellXfs = false;
      },
      text() {},
    },
    afterBatch,
  );
  return styleFormatIds.map((id) => {
    const code = custom.get(id) ?? BUILTIN_NUMBER_FORMATS[id];
    return code === 'General' ? undefined : code;
  });
}

import ExcelJS from 'exceljs';
import { idCardCheckChar } from '@shared/domain/id-card';
import { ROSTER_FIELDS } from '@shared/import/roster-columns';

/** A valid ID number for a made-up person (address code 511723, 开江县). */
export function idNo(birth: string, seq: string): string {
  const first17 = `511723${birth}${seq}`;
  return first17 + idCardCheckChar(first17);
}

/**
 * A filled-in import template the way a clerk fills it: a title row, the header, and rows typed
 * with the usual variety (汉 / 汉族, 党员, 1985年3月, 2026.3.1, trailing spaces).
 */
export async function rosterWorkbook(rows: Record<string, string>[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('花名册');
  const headers = ROSTER_FIELDS.map((f) => f.header);
  ws.addRow(['开江县挂职干部花名册（导入）']);
  ws.addRow(headers);
  for (const r of rows) ws.addRow(ROSTER_FIELDS.map((f) => r[f.key] ?? ''));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

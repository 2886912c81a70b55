import ExcelJS from 'exceljs';
import { idCardCheckChar } from '@shared/domain/id-card';
import { ROSTER_FIELDS } from '@shared/import/roster-columns';

/**
 * A roster for the import benchmark: new people (address code 511722, so no ID collides with the
 * sample county's 511723; another `addressCode` gives other people) posted from county bodies to
 * towns that exist in the sample.
 */
export async function importWorkbook(rows: number, bodies: string[], towns: string[], addressCode = '511722'): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('花名册');
  ws.addRow(ROSTER_FIELDS.map((f) => f.header));
  for (let i = 0; i < rows; i++) {
    const birth = `19${80 + (i % 18)}${String((i % 12) + 1).padStart(2, '0')}${String((i % 28) + 1).padStart(2, '0')}`;
    const first17 = `${addressCode}${birth}${String(i % 1000).padStart(3, '0')}`;
    const values: Record<string, string> = {
      name: `测试${'甲乙丙丁戊己庚辛壬癸'[i % 10]}${'子丑寅卯辰巳午未申酉戌亥'[Math.floor(i / 10) % 12]}${'东南西北中'[Math.floor(i / 120) % 5]}`,
      idCardNo: first17 + idCardCheckChar(first17),
      ethnicity: '汉族',
      politicalStatus: '中共党员',
      partyJoinDate: '2010.06',
      workStartDate: '2008.07',
      fullTimeEducation: '大学',
      staffCategory: '公务员',
      homeUnit: bodies[i % bodies.length]!,
      currentPost: '科员',
      postingType: '下派',
      receivingUnit: towns[i % towns.length]!,
      secondedPost: '镇长助理',
      startDate: '2026.3.1',
    };
    ws.addRow(ROSTER_FIELDS.map((f) => values[f.key] ?? ''));
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

import ExcelJS from 'exceljs';
import { idCardCheckChar } from '@shared/domain/id-card';

/** A valid ID number of a made-up person of 开江县 (address code 511722, so no sample cadre shares it). */
export function countyIdNo(birth: string, seq: string): string {
  const first17 = `511722${birth}${seq}`;
  return first17 + idCardCheckChar(first17);
}

/** The header of the county's own roster: its column order and names, no 参加工作时间 or 入党时间. */
export const COUNTY_HEADER = ['序号', '姓名', '性别', '民族', '出生年月', '身份证号码', '政治面貌', '学历学位', '原工作单位及职务', '挂职单位及职务', '挂职类型', '挂职起止时间', '联系电话', '备注'];

/**
 * The rows of the roster a county keeps, as a clerk typed them over the years (issue 9 “Done
 * when”): names with spaces and a minority name with the wrong dot, unit-and-post cells that start
 * with the county's name (one of a unit named differently in the app: 开江县农业局), units outside
 * the county (registered: 达州市农业农村局; not: 眉山市东坡区卫生健康局), an ended posting, a person without
 * ID number, and two genuinely wrong rows (a wrong check digit, 民族 “汉民”). Excel rows 4–12.
 */
export const COUNTY_ROWS: (string | number | null)[][] = [
  [1, '张 伟', '男', '汉', '1988.03', countyIdNo('19880315', '011'), '中共党员', '大学学士', '开江县发展和改革局投资股股长', '讲治镇党委委员、副镇长', '下派挂职', '2025.03—2027.02', '13908180001', null],
  [2, '李　娜', '女', '土家族', '1990.05', countyIdNo('19900512', '022'), '群众', '大专', '开江县财政局预算股副股长', '普安镇镇长助理', '下派', '2025.03—2027.02', '13908180002', null],
  [3, '阿依古丽•买买提', '女', '维吾尔族', '1991.07', countyIdNo('19910722', '042'), '中共党员', '大学', '开江县教育局科员', '达州市农业农村局科员', '上挂', '2026.09—2027.08', null, '上挂锻炼'],
  [4, '王志刚', '男', '汉族', '1984.11', countyIdNo('19841102', '031'), '中共党员', '研究生硕士', '开江县农业局副局长', '回龙镇党委副书记', '下派挂职', '2025.03—2027.02', '13908180004', null],
  [5, '赵 磊', '男', '汉族', '1986.02', countyIdNo('19860218', '051'), '中共党员', '大学学士', '开江县卫生健康局医政股股长', '眉山市东坡区卫生健康局副局长', '外派挂职', '2026.03—2026.12', '13908180005', '东西部协作'],
  [6, '刘洋', '男', '汉族', '1987.08', countyIdNo('19870809', '071'), '中共党员', '大学', '开江县财政局综合股股长', '讲治镇副镇长', '下派挂职', '2021.03—2023.02', '13908180006', null],
  [7, '陈静', '女', '汉族', '1989.04', '511722198904120024', '共青团员', '大学', '开江县教育局科员', '普安镇党政办副主任', '下派挂职', '2025.03—2027.02', null, null],
  [8, '周敏', '女', '汉民', '1992.01', countyIdNo('19920105', '082'), '群众', '大专', '开江县财政局科员', '讲治镇经济发展办公室副主任', '下派挂职', '2025.03—2027.02', null, null],
  [9, '孙浩', '男', '汉族', '1992.11', null, '中共党员', '大学', '开江县教育局科员', '回龙镇镇长助理', '下派挂职', '2025.03—2027.02', null, '身份证号待补'],
];

/** The county roster as an .xlsx: merged title on row 1, 填报单位 on row 2, header on row 3, totals below. */
export async function countyRosterWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('挂职干部');
  ws.addRow(['开江县2025年挂职干部花名册']);
  ws.mergeCells(1, 1, 1, COUNTY_HEADER.length);
  ws.addRow(['填报单位：（盖章）中共开江县委组织部', null, null, null, null, null, null, null, '填报日期：2025年9月30日']);
  ws.mergeCells(2, 1, 2, 8);
  ws.mergeCells(2, 9, 2, COUNTY_HEADER.length);
  ws.addRow(COUNTY_HEADER);
  for (const r of COUNTY_ROWS) ws.addRow(r);
  ws.addRow([`合计：共${COUNTY_ROWS.length}人`]);
  ws.getColumn(6).numFmt = '@';
  return Buffer.from(await wb.xlsx.writeBuffer());
}

import { describe, expect, it } from 'vitest';
import { autoMapColumns } from '@shared/import/roster-import';
import { RosterValidation, rowView } from '@shared/import/roster-session';
import { TEMPLATE_HEADER, context, templateRow } from '../../fixtures/roster/roster-rows';

function session(rows: unknown[][]) {
  const s = new RosterValidation(autoMapColumns(TEMPLATE_HEADER));
  s.addRows(0, [TEMPLATE_HEADER, ...rows]);
  s.setContext(context());
  s.evaluate(s.dataRowNumbers);
  s.finish();
  return s;
}
const statuses = (s: RosterValidation) => s.preview().rows.map((r) => [r.rowNumber, r.status]);

describe('the validation of one sheet, edited in the preview (issue 8 item 3)', () => {
  it('a skip re-evaluates that row and the cross-row checks; only rows whose view changed come back', () => {
    const s = session([templateRow({ name: '李梅', idCardNo: '511723198706200048' }), templateRow(), templateRow({ receivingUnit: '广福镇' })]);
    expect(statuses(s)).toEqual([
      [2, 'ok'],
      [3, 'ok'],
      [4, 'error'],
    ]);
    const changed = s.edit({ skip: [3] });
    expect(changed.map((r) => [r.rowNumber, r.status])).toEqual([
      [3, 'skipped'],
      [4, 'ok'],
    ]);
    expect(s.meta().summary).toMatchObject({ total: 3, ok: 2, skipped: 1, error: 0, cadresToCreate: 2 });
    expect(s.edit({ restore: [3] }).map((r) => [r.rowNumber, r.status])).toEqual([
      [3, 'ok'],
      [4, 'error'],
    ]);
  });

  it('the row editor fills a field the file lacks (入党时间) and the row is no longer 待补充', () => {
    const header = TEMPLATE_HEADER.filter((h) => !h.startsWith('入党时间'));
    const row = templateRow().filter((_v, i) => !TEMPLATE_HEADER[i]!.startsWith('入党时间'));
    const s = new RosterValidation(autoMapColumns(header));
    s.addRows(0, [header, row]);
    s.setContext(context());
    s.evaluate(s.dataRowNumbers);
    s.finish();
    expect(s.preview().rows[0]!.pending).toEqual(['入党时间']);
    expect(s.meta().notices).toContain('文件中没有以下各列：入党时间。导入后待补充，可在“干部库”中补充。');
    const fields = s.rowFields(2);
    expect(fields).toMatchObject({ name: '张志强', receivingUnit: '讲治镇' });
    expect(fields.partyJoinDate).toBeUndefined();
    const [edited] = s.edit({ fields: { rowNumber: 2, values: { ...fields, partyJoinDate: '2008.06' } } });
    expect(edited!.pending).toEqual([]);
    expect(edited!.cells.partyJoinDate).toMatchObject({ text: '2008.06', edited: true, column: null });
    expect(s.plan().rows[0]!.cadre).toMatchObject({ action: 'create', input: { partyJoinDate: '2008-06' } });
    expect(s.rowFields(2).partyJoinDate).toBe('2008.06');
  });

  it('a reading chosen for a unit-and-post cell re-reads the row', () => {
    const header = ['姓名', '身份证号', '工作单位', '现任职务', '挂职单位及职务', '到岗日期'];
    const s = new RosterValidation(autoMapColumns(header));
    s.addRows(0, [header, ['张志强', '511723198503150036', '县发改局', '科员', '开江县农业局副局长', '2025.3.1']]);
    s.setContext(context({ units: [{ id: 'u-gov', name: '开江县人民政府', shortName: null }, { id: 'u-fgj', name: '开江县发展和改革局', shortName: '县发改局' }] }));
    s.evaluate(s.dataRowNumbers);
    s.finish();
    const first = rowView(s.preview().rows[0]!);
    expect(first.choices).toEqual([{ key: 'receivingUnitAndPost', column: 4, options: ['单位“开江县农业局”，职务“副局长”', '单位“开江县”，职务“农业局副局长”'], chosen: 0 }]);
    expect(first.errors.map((e) => e.message)).toEqual(['接收单位：找不到单位“开江县农业局”，请检查名称，或先在“单位”中添加，或勾选“自动新建找不到的单位”']);
    const [chosen] = s.edit({ reading: { rowNumber: 2, key: 'receivingUnitAndPost', index: 1 } });
    expect(chosen!.errors).toEqual([]);
    expect(chosen!.posting).toMatchObject({ receivingUnitId: 'u-gov', secondedPost: '农业局副局长' });
  });
});

import { describe, expect, it } from 'vitest';
import { createUnitLookup, guessNewUnit } from '@shared/import/unit-names';

const UNITS = [
  { id: 'u-gov', name: '开江县人民政府', shortName: '县政府' },
  { id: 'u-fgj', name: '开江县发展和改革局', shortName: '县发改局' },
  { id: 'u-nync', name: '开江县农业农村局', shortName: null },
  { id: 'u-jz', name: '讲治镇人民政府', shortName: '讲治镇' },
];
const lookup = createUnitLookup(UNITS);
const shown = (text: string) => lookup.readings(text).map((r) => [r.unitText, r.unit?.id ?? null, r.post]);

describe('reading a unit-and-post cell (issue 9 item 4)', () => {
  it('takes the longest registered unit and the rest as the post', () => {
    expect(shown('开江县农业农村局副局长')).toEqual([['开江县农业农村局', 'u-nync', '副局长']]);
    expect(shown('县发改局办公室主任')).toEqual([['县发改局', 'u-fgj', '办公室主任']]);
    expect(shown('讲治镇党委委员、副镇长')).toEqual([['讲治镇', 'u-jz', '党委委员、副镇长']]);
  });

  it('never cuts silently at the county’s own name: the longer unit first, both readings offered', () => {
    expect(shown('开江县农业局副局长')).toEqual([
      ['开江县农业局', null, '副局长'],
      ['开江县', 'u-gov', '农业局副局长'],
    ]);
  });

  it('reads units that are not registered by the shape of the text, and a space the clerk typed', () => {
    expect(shown('眉山市东坡区农业农村局副局长')).toEqual([['眉山市东坡区农业农村局', null, '副局长']]);
    expect(shown('县财政局 预算股股长')).toEqual([['县财政局', null, '预算股股长']]);
    expect(shown('讲治镇')).toEqual([['讲治镇', 'u-jz', '']]);
    expect(shown('某某某')).toEqual([]);
  });
});

describe('placing a unit created from a cell', () => {
  const place = (name: string) => {
    const u = guessNewUnit(name, { countyName: '开江县' });
    return [u.level, u.kind, u.isInCounty];
  };

  it('inside the county by its name', () => {
    expect(place('开江县农业局')).toEqual(['county', 'govOrgan', true]);
    expect(place('县乡村振兴局')).toEqual(['county', 'govOrgan', true]);
    expect(place('新民乡')).toEqual(['township', 'township', true]);
    expect(place('石岭村')).toEqual(['village', 'village', true]);
    expect(place('中共开江县委组织部')).toEqual(['county', 'partyOrgan', true]);
  });

  it('outside the county at its level when the name starts with another place', () => {
    expect(place('眉山市农业农村局')).toEqual(['city', 'govOrgan', false]);
    expect(place('中共达州市委组织部')).toEqual(['city', 'partyOrgan', false]);
    expect(place('成都市成华区信访局')).toEqual(['external', 'govOrgan', false]);
    expect(place('平昌县教育局')).toEqual(['external', 'govOrgan', false]);
    expect(place('四川省农业农村厅')).toEqual(['province', 'govOrgan', false]);
    expect(place('浙江省宁波市鄞州区发展和改革局')).toEqual(['external', 'govOrgan', false]);
  });
});

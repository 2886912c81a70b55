import { describe, expect, it } from 'vitest';
import { unitPlacementIssues, unitRemovalIssues } from '@shared/domain/rules/unit-rules';

const units = [
  { id: 'town', name: '讲治镇人民政府', parentId: null },
  { id: 'village', name: '石岭村', parentId: 'town' },
  { id: 'village2', name: '金山村', parentId: 'town' },
];

describe('unit placement', () => {
  it('a unit cannot go under itself or one of its descendants', () => {
    expect(unitPlacementIssues({ name: '讲治镇人民政府', parentId: 'village' }, 'town', units)).toEqual([
      { field: 'parentId', message: '不能把单位放到它自己或它的下级单位之下' },
    ]);
    expect(unitPlacementIssues({ name: '讲治镇人民政府', parentId: 'town' }, 'town', units)).toHaveLength(1);
  });

  it('the parent must exist, and siblings must have different names', () => {
    expect(unitPlacementIssues({ name: '新村', parentId: 'gone' }, undefined, units)).toEqual([{ field: 'parentId', message: '上级单位不存在或已删除，请重新选择' }]);
    expect(unitPlacementIssues({ name: '石岭村', parentId: 'town' }, undefined, units)).toEqual([{ field: 'name', message: '同一上级单位下已有“石岭村”，请勿重复添加' }]);
    expect(unitPlacementIssues({ name: '石岭村', parentId: 'town' }, 'village', units)).toEqual([]);
    expect(unitPlacementIssues({ name: '石岭村', parentId: null }, undefined, units)).toEqual([]);
  });
});

describe('unit removal', () => {
  const free = { isHomeUnit: false, children: 0, cadres: 0, postings: 0 };
  it('says what still refers to the unit, the most fundamental reason first', () => {
    expect(unitRemovalIssues('讲治镇人民政府', { ...free, isHomeUnit: true, children: 2 })[0]!.message).toBe('这是本机设置中的本单位，不能删除。如需更换，请先在“设置”中修改本单位');
    expect(unitRemovalIssues('讲治镇人民政府', { ...free, children: 2, cadres: 1 })[0]!.message).toBe('“讲治镇人民政府”下还有2个下级单位，请先删除或移走下级单位');
    expect(unitRemovalIssues('讲治镇人民政府', { ...free, cadres: 1 })[0]!.message).toBe('还有1名干部的工作单位是“讲治镇人民政府”，不能删除');
    expect(unitRemovalIssues('讲治镇人民政府', { ...free, postings: 3 })[0]!.message).toBe('还有3条挂职记录的派出或接收单位是“讲治镇人民政府”，不能删除');
    expect(unitRemovalIssues('讲治镇人民政府', free)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { codeOf, labelOf, shortLabelOf } from '@shared/domain/codes/lookup';
import { POSITION_LEVEL } from '@shared/domain/codes/position-level';

describe('POSITION_LEVEL (GB/T 12407-2008)', () => {
  it('has the civil-servant levels 101…199 with standard labels', () => {
    const civil = POSITION_LEVEL.items.filter((i) => i.code.startsWith('1')).map((i) => i.code);
    expect(civil).toEqual(['101', '102', '111', '112', '121', '122', '131', '132', '141', '142', '150', '160', '199']);
    expect(labelOf(POSITION_LEVEL, '132')).toBe('县处级副职');
    expect(labelOf(POSITION_LEVEL, '199')).toBe('未定职公务员');
  });

  it('has the 职员 levels of 事业单位 management posts', () => {
    expect(labelOf(POSITION_LEVEL, '211')).toBe('一级职员');
    expect(labelOf(POSITION_LEVEL, '231')).toBe('五级职员');
    expect(labelOf(POSITION_LEVEL, '260')).toBe('十级职员');
    expect(codeOf(POSITION_LEVEL, '八级职员')).toBe('242');
  });

  it('maps colloquial levels to the code', () => {
    expect(codeOf(POSITION_LEVEL, '正处')).toBe('131');
    expect(codeOf(POSITION_LEVEL, '副处')).toBe('132');
    expect(codeOf(POSITION_LEVEL, '正科')).toBe('141');
    expect(codeOf(POSITION_LEVEL, '副科')).toBe('142');
    expect(codeOf(POSITION_LEVEL, '科员')).toBe('150');
    expect(codeOf(POSITION_LEVEL, '办事员')).toBe('160');
    expect(codeOf(POSITION_LEVEL, '正处级')).toBe('131');
    expect(codeOf(POSITION_LEVEL, '副科级')).toBe('142');
    expect(codeOf(POSITION_LEVEL, '副县级')).toBe('132');
    expect(codeOf(POSITION_LEVEL, 142)).toBe('142');
  });

  it('prints the short level used on rosters', () => {
    expect(shortLabelOf(POSITION_LEVEL, '141')).toBe('正科级');
    expect(shortLabelOf(POSITION_LEVEL, '150')).toBe('科员级');
  });
});

import { describe, expect, it } from 'vitest';
import { matchesQuery, pinyinFull, pinyinInitials } from '@shared/domain/pinyin';

describe('pinyinInitials', () => {
  it.each([
    ['张三', 'zs'],
    ['单雄信', 'sxx'],
    ['曾国藩', 'zgf'],
    ['欧阳修', 'oyx'],
    ['解缙', 'xj'],
    ['阿依古丽·买买提', 'ayglmmt'],
    ['王 小明', 'wxm'],
    ['李Tom', 'ltom'],
  ])('%s → %s', (name, initials) => {
    expect(pinyinInitials(name)).toBe(initials);
  });
});

describe('pinyinFull', () => {
  it('joins the syllables without tones, reading surnames as surnames', () => {
    expect(pinyinFull('张三')).toBe('zhangsan');
    expect(pinyinFull('单雄信')).toBe('shanxiongxin');
    expect(pinyinFull('曾国藩')).toBe('zengguofan');
  });

  it('writes ü as v, as pinyin keyboards do', () => {
    expect(pinyinFull('吕布')).toBe('lvbu');
  });
});

describe('matchesQuery', () => {
  it('matches part of the name', () => {
    expect(matchesQuery('欧阳修', '阳')).toBe(true);
    expect(matchesQuery('欧阳修', '阳明')).toBe(false);
  });

  it('matches the beginning of the initials or the full pinyin, ignoring case and spaces', () => {
    expect(matchesQuery('单雄信', 'sx')).toBe(true);
    expect(matchesQuery('单雄信', 'SXX')).toBe(true);
    expect(matchesQuery('单雄信', 'shanx')).toBe(true);
    expect(matchesQuery('单雄信', ' shan xiong ')).toBe(true);
    expect(matchesQuery('单雄信', 'dan')).toBe(false);
    expect(matchesQuery('单雄信', 'xx')).toBe(false);
  });

  it('finds minority names by initials across the middle dot', () => {
    expect(matchesQuery('阿依古丽·买买提', 'aygl')).toBe(true);
    expect(matchesQuery('阿依古丽·买买提', 'ayglm')).toBe(true);
  });

  it('matches everything for an empty query', () => {
    expect(matchesQuery('张三', '  ')).toBe(true);
  });
});

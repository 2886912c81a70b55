import { describe, expect, it } from 'vitest';
import { normalizeText, toHalfWidth } from '@shared/domain/text';

describe('toHalfWidth', () => {
  it('turns full-width digits, letters and punctuation into ASCII', () => {
    expect(toHalfWidth('１２３ＡＢｃ（）－')).toBe('123ABc()-');
  });

  it('turns the ideographic space into an ordinary space and leaves Chinese alone', () => {
    expect(toHalfWidth('张\u3000三')).toBe('张 三');
  });
});

describe('normalizeText', () => {
  it('trims and collapses NBSP, tabs and runs of spaces into one space', () => {
    expect(normalizeText('\u00a0 城关镇\t\t 人民政府\u3000')).toBe('城关镇 人民政府');
  });

  it('drops zero-width characters pasted from web pages', () => {
    expect(normalizeText('\ufeff李\u200b四')).toBe('李四');
  });

  it.each(['・', '•', '‧', '･'])('writes the middle dot %s in minority names as ·', (dot) => {
    expect(normalizeText(`阿依古丽${dot}买买提`)).toBe('阿依古丽·买买提');
  });

  it('keeps the standard middle dot', () => {
    expect(normalizeText('热依拉·吐尔逊')).toBe('热依拉·吐尔逊');
  });

  it('makes full-width digits in a phone number half-width', () => {
    expect(normalizeText('１３８００１３８０００')).toBe('13800138000');
  });
});

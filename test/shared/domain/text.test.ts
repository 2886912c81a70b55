import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isBlankText, normalizeText, toHalfWidth } from '@shared/domain/text';

/** The normalisation spelled out step by step, without the shortcut for values that need nothing. */
function normalizedSlowly(s: string): string {
  let half = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    half += cp >= 0xff01 && cp <= 0xff5e ? String.fromCodePoint(cp - 0xfee0) : cp === 0x3000 ? ' ' : ch;
  }
  return half.replace(/[\u200b\u2060\ufeff]/g, '').replace(/[\u2022\u2027\u2219\u22c5\u30fb\uff65\u318d]/g, '·').replace(/\s+/g, ' ').trim();
}

/** Text made of what a pasted cell holds: Chinese, ASCII, full-width, spaces of every kind, zero-width and middle dots. */
const pasted = fc.string({ unit: fc.constantFrom('张', '三', 'a', '1', ' ', '  ', '\t', '\n', '\u00a0', '\u3000', '\u200b', '\ufeff', '\u2060', '・', '•', '·', '１', 'Ａ', '（', '\ud83d\ude00'), maxLength: 12 });

describe('normalizeText and isBlankText against the step-by-step normalisation', () => {
  it('give the same text and the same blankness for any pasted value', () => {
    fc.assert(
      fc.property(fc.oneof(pasted, fc.string()), (s) => {
        expect(normalizeText(s)).toBe(normalizedSlowly(s));
        expect(isBlankText(s)).toBe(normalizedSlowly(s) === '');
      }),
      { numRuns: 2000 },
    );
  });
});

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

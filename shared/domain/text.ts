/** Full-width ASCII block U+FF01–U+FF5E maps onto U+0021–U+007E by this fixed offset. */
const FULL_WIDTH_OFFSET = 0xfee0;

/** Characters used as the separator in minority and foreign names, all written as `·` (U+00B7). */
const MIDDLE_DOTS = /[\u2022\u2027\u2219\u22c5\u30fb\uff65\u318d]/g;

/** Zero-width characters that Excel and web pages leave behind; they are never meaningful in data. */
const ZERO_WIDTH = /[\u200b\u2060\ufeff]/g;

/** Converts full-width ASCII (U+FF01–U+FF5E) to ASCII and the ideographic space U+3000 to a space. */
export function toHalfWidth(s: string): string {
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp >= 0xff01 && cp <= 0xff5e) out += String.fromCodePoint(cp - FULL_WIDTH_OFFSET);
    else if (cp === 0x3000) out += ' ';
    else out += ch;
  }
  return out;
}

/**
 * Normalises a single-line value typed or pasted by a clerk: full-width letters, digits and
 * punctuation become half-width, every middle-dot variant becomes `·`, zero-width characters are
 * dropped, NBSP and other Unicode spaces (also tabs and line breaks) become one ordinary space,
 * and the result is trimmed.
 */
export function normalizeText(s: string): string {
  return toHalfWidth(s).replace(ZERO_WIDTH, '').replace(MIDDLE_DOTS, '·').replace(/\s+/g, ' ').trim();
}

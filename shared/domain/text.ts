/** Full-width ASCII block U+FF01–U+FF5E maps onto U+0021–U+007E by this fixed offset. */
const FULL_WIDTH_OFFSET = 0xfee0;

/** Characters used as the separator in minority and foreign names, all written as `·` (U+00B7). */
const MIDDLE_DOTS = /[\u2022\u2027\u2219\u22c5\u30fb\uff65\u318d]/g;

/** Zero-width characters that Excel and web pages leave behind; they are never meaningful in data. */
const ZERO_WIDTH = /[\u200b\u2060\ufeff]/g;

/** Full-width ASCII and the ideographic space. */
const FULL_WIDTH = /[\uff01-\uff5e\u3000]/g;

/** A value normalizeText changes: full-width, zero-width or middle-dot characters, or spaces other than single inner ones. */
const NEEDS_NORMALIZING = /[\uff01-\uff5e\u3000\u200b\u2060\ufeff\u2022\u2027\u2219\u22c5\u30fb\uff65\u318d]|[^\S ]|\s\s|^\s|\s$/;

/** Only spaces and zero-width characters. */
const BLANK = /^[\s\u200b\u2060\ufeff]*$/;

/** Converts full-width ASCII (U+FF01–U+FF5E) to ASCII and the ideographic space U+3000 to a space. */
export function toHalfWidth(s: string): string {
  return s.replace(FULL_WIDTH, (ch) => (ch === '\u3000' ? ' ' : String.fromCharCode(ch.charCodeAt(0) - FULL_WIDTH_OFFSET)));
}

/**
 * Normalises a single-line value typed or pasted by a clerk: full-width letters, digits and
 * punctuation become half-width, every middle-dot variant becomes `·`, zero-width characters are
 * dropped, NBSP and other Unicode spaces (also tabs and line breaks) become one ordinary space,
 * and the result is trimmed.
 */
export function normalizeText(s: string): string {
  // Most cells need nothing: one scan instead of four replacements.
  if (!NEEDS_NORMALIZING.test(s)) return s;
  return toHalfWidth(s).replace(ZERO_WIDTH, '').replace(MIDDLE_DOTS, '·').replace(/\s+/g, ' ').trim();
}

/** True when normalizeText would give '' (only spaces and zero-width characters). */
export function isBlankText(s: string): boolean {
  return BLANK.test(s);
}

import { normalizeText } from '../domain/text';

/** Separators written between the parts of a minority or foreign name, besides the middle-dot variants normalizeText knows. */
const NAME_DOTS = /(?<=\p{Script=Han})[.．。・·•‧∙⋅](?=\p{Script=Han})/gu;

/**
 * A person's name as the cadre record stores it (issue 9 item 3): full-width characters folded,
 * every space removed (`张 三`, `李␣娜` with an ideographic space), and the dot between the parts
 * of a minority name written `·` (U+00B7) whatever code point was typed. Two names that differ
 * only in spacing or in the dot are the same name.
 */
export function normalizePersonName(raw: string): string {
  return normalizeText(raw).replace(/\s+/g, '').replace(NAME_DOTS, '·');
}

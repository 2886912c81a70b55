import { normalizeText } from '../text';
import type { CodeItem, CodeList } from './types';

interface ListIndex {
  byCode: Map<string, CodeItem>;
  /** Normalised spelling (code, label, short label, alias) → code. */
  byKey: Map<string, string>;
  /** Width of the codes when every code is numeric and equally long, else 0. */
  numericWidth: number;
}

const cache = new WeakMap<CodeList, ListIndex>();

/** Lookup key: normalised, without any space, ASCII letters upper-cased (so 'm', 'ha' match 'M', 'HA'). */
function keyOf(text: string): string {
  return normalizeText(text).replace(/\s+/g, '').toUpperCase();
}

function rankOf(item: CodeItem): number {
  if (item.heading) return 2;
  if (item.legacy) return 1;
  return 0;
}

function indexOf(list: CodeList): ListIndex {
  const cached = cache.get(list);
  if (cached) return cached;
  const byCode = new Map<string, CodeItem>();
  for (const item of list.items) byCode.set(item.code, item);
  // Earlier spellings win: codes, then labels, then short labels, then aliases; within each kind a
  // selectable item beats a legacy item, which beats a heading (so '其他' finds a code a person may hold).
  const ranked = [...list.items].sort((a, b) => rankOf(a) - rankOf(b));
  const byKey = new Map<string, string>();
  const add = (text: string | undefined, code: string): void => {
    if (!text) return;
    const key = keyOf(text);
    if (key && !byKey.has(key)) byKey.set(key, code);
  };
  for (const item of ranked) add(item.code, item.code);
  for (const item of ranked) add(item.label, item.code);
  for (const item of ranked) add(item.short, item.code);
  for (const item of ranked) for (const alias of item.aliases ?? []) add(alias, item.code);
  const widths = new Set(list.items.map((i) => (/^\d+$/.test(i.code) ? i.code.length : -1)));
  const only = widths.size === 1 ? [...widths][0] : undefined;
  const numericWidth = only !== undefined && only > 0 ? only : 0;
  const index = { byCode, byKey, numericWidth };
  cache.set(list, index);
  return index;
}

/** The code's standard label; '' for an empty code, the raw code itself if the list does not know it. */
export function labelOf(list: CodeList, code: string | null | undefined): string {
  if (code === null || code === undefined || code === '') return '';
  return indexOf(list).byCode.get(code)?.label ?? code;
}

/** The code's short label if it has one, else its standard label (same fallbacks as labelOf). */
export function shortLabelOf(list: CodeList, code: string | null | undefined): string {
  if (code === null || code === undefined || code === '') return '';
  const item = indexOf(list).byCode.get(code);
  return item ? (item.short ?? item.label) : code;
}

/** Whether the code may be stored on a record; headings and legacy codes only when allowed. */
export function isValidCode(
  list: CodeList,
  code: string | null | undefined,
  opts: { allowLegacy?: boolean; allowHeading?: boolean } = {},
): boolean {
  if (!code) return false;
  const item = indexOf(list).byCode.get(code);
  if (!item) return false;
  if (item.heading && !opts.allowHeading) return false;
  if (item.legacy && !opts.allowLegacy) return false;
  return true;
}

/** Items offered in forms: no group headings and no legacy codes, in standard order. */
export function selectableItems(list: CodeList): CodeItem[] {
  return list.items.filter((i) => !i.heading && !i.legacy);
}

/**
 * Tolerant text → code for imports: accepts the code itself (also a number, or a numeric code
 * missing its leading zeros, e.g. 1 → '01'), the standard label, the short label or any alias,
 * ignoring spaces, full-width characters and letter case. Returns undefined when nothing matches.
 */
export function codeOf(list: CodeList, text: string | number | null | undefined): string | undefined {
  if (text === null || text === undefined) return undefined;
  let raw: string;
  if (typeof text === 'number') {
    if (!Number.isFinite(text) || !Number.isInteger(text) || text < 0) return undefined;
    raw = String(text);
  } else {
    raw = text;
  }
  const key = keyOf(raw);
  if (!key) return undefined;
  const index = indexOf(list);
  const found = index.byKey.get(key);
  if (found !== undefined) return found;
  if (index.numericWidth > 0 && /^\d+$/.test(key) && key.length < index.numericWidth) {
    const padded = key.padStart(index.numericWidth, '0');
    if (index.byCode.has(padded)) return padded;
  }
  return undefined;
}

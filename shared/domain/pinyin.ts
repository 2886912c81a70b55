import { pinyin } from 'pinyin-pro';
import { normalizeText } from './text';

interface NameKeys {
  initials: string;
  full: string;
}

/** Names are searched on every keystroke: keep their pinyin, dropping the whole cache when it grows too big. */
const CACHE_LIMIT = 20_000;
const cache = new Map<string, NameKeys>();

function keysOf(name: string): NameKeys {
  const cached = cache.get(name);
  if (cached) return cached;
  const text = normalizeText(name);
  // surname: 'head' reads the first characters as a surname (单 shan, 曾 zeng, 解 xie, 区 ou).
  const parts = pinyin(text, { toneType: 'none', type: 'all', surname: 'head', v: true });
  let initials = '';
  let full = '';
  for (const p of parts) {
    if (p.isZh) {
      initials += p.first.toLowerCase();
      full += p.pinyin.toLowerCase();
    } else {
      // Latin letters and digits are kept as typed (lower-cased); `·`, spaces and punctuation are dropped.
      const kept = p.origin.toLowerCase().replace(/[^a-z0-9]/g, '');
      initials += kept;
      full += kept;
    }
  }
  const keys = { initials, full };
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(name, keys);
  return keys;
}

/** Lower-case pinyin initials of a name, surname read as a surname: 张三 → 'zs', 单雄信 → 'sxx', 欧阳修 → 'oyx'. */
export function pinyinInitials(name: string): string {
  return keysOf(name).initials;
}

/** Lower-case full pinyin of a name without tones or separators (ü written v): 张三 → 'zhangsan', 吕布 → 'lvbu'. */
export function pinyinFull(name: string): string {
  return keysOf(name).full;
}

/**
 * Search match for name lists: true when the query (trimmed, case-insensitive) occurs in the name,
 * or is the beginning of the name's pinyin initials or full pinyin. An empty query matches every name.
 */
export function matchesQuery(name: string, query: string): boolean {
  const q = normalizeText(query).toLowerCase();
  if (q === '') return true;
  if (normalizeText(name).toLowerCase().includes(q)) return true;
  const compact = q.replace(/[\s·]/g, '').replace(/ü/g, 'v');
  if (compact === '') return false;
  const keys = keysOf(name);
  return keys.initials.startsWith(compact) || keys.full.startsWith(compact);
}

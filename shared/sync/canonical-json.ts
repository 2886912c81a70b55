/**
 * Canonical JSON: one byte-exact text per value, used to compare field values and to checksum
 * package content. Rules:
 * - object keys sorted by UTF-16 code unit order (the default `Array.prototype.sort`), no whitespace;
 * - object keys whose value is `undefined` are omitted; `undefined` (and holes) in arrays become
 *   `null`, as in JSON;
 * - strings escaped exactly as `JSON.stringify` escapes them; finite numbers as `JSON.stringify`
 *   writes them, with `-0` written `0`;
 * - everything that JSON cannot carry faithfully is refused with a TypeError naming the path:
 *   NaN and ±Infinity, bigint, functions, symbols, cycles, and every object that is not a plain
 *   object or an array — Date, Map, Set, typed arrays, class instances, boxed primitives. Records
 *   keep dates as ISO strings, so a Date reaching this point is a bug, not data;
 * - a top-level `undefined` is refused (it has no JSON text).
 */
export function canonicalJson(value: unknown): string {
  // Indexes and keys down to the value being written, formatted only for a failure's message (a
  // string per element would double the time of checksumming a package).
  const path: (number | string)[] = [];
  const ancestors = new Set<object>();

  const fail = (what: string): never => {
    const at = path.map((step) => `[${typeof step === 'number' ? step : JSON.stringify(step)}]`).join('');
    throw new TypeError(`canonicalJson: cannot encode ${what} at $${at}`);
  };

  const write = (v: unknown): string => {
    switch (typeof v) {
      case 'string':
        return JSON.stringify(v);
      case 'number':
        if (!Number.isFinite(v)) return fail(String(v));
        return Object.is(v, -0) ? '0' : JSON.stringify(v);
      case 'boolean':
        return v ? 'true' : 'false';
      case 'undefined':
        return fail('undefined');
      case 'bigint':
        return fail('a bigint');
      case 'function':
        return fail('a function');
      case 'symbol':
        return fail('a symbol');
    }
    if (v === null) return 'null';
    const obj = v as object;
    if (ancestors.has(obj)) return fail('a cyclic reference');
    let out: string;
    ancestors.add(obj);
    if (Array.isArray(obj)) {
      const parts: string[] = [];
      for (let i = 0; i < obj.length; i++) {
        const item: unknown = obj[i];
        path.push(i);
        parts.push(item === undefined ? 'null' : write(item));
        path.pop();
      }
      out = `[${parts.join(',')}]`;
    } else {
      const proto: unknown = Object.getPrototypeOf(obj);
      if (proto !== Object.prototype && proto !== null) {
        if (obj instanceof Date) fail('a Date (store dates as ISO strings)');
        if (obj instanceof Map || obj instanceof Set) fail(`a ${obj instanceof Map ? 'Map' : 'Set'} (use a plain object or an array)`);
        const name = (obj as { constructor?: { name?: unknown } }).constructor?.name;
        fail(`a non-plain object${typeof name === 'string' && name ? ` (${name})` : ''}`);
      }
      const rec = obj as Record<string, unknown>;
      const parts: string[] = [];
      for (const key of Object.keys(rec).sort()) {
        const item = rec[key];
        if (item === undefined) continue;
        path.push(key);
        parts.push(`${JSON.stringify(key)}:${write(item)}`);
        path.pop();
      }
      out = `{${parts.join(',')}}`;
    }
    ancestors.delete(obj);
    return out;
  };

  return write(value);
}

/**
 * True when `canonicalJson(value)` would succeed, found without writing the text (checking the
 * stamped fields of every record written costs a fraction of encoding them). canonicalJson itself
 * tells why a value is refused.
 */
export function isJsonData(value: unknown): boolean {
  const ancestors = new Set<object>();
  const check = (v: unknown): boolean => {
    switch (typeof v) {
      case 'string':
      case 'boolean':
        return true;
      case 'number':
        return Number.isFinite(v);
      case 'object':
        break;
      default:
        return false;
    }
    if (v === null) return true;
    const obj = v as object;
    if (ancestors.has(obj)) return false;
    ancestors.add(obj);
    let good = true;
    if (Array.isArray(obj)) {
      for (let i = 0; good && i < obj.length; i++) {
        const item: unknown = obj[i];
        good = item === undefined || check(item);
      }
    } else {
      const proto: unknown = Object.getPrototypeOf(obj);
      good = proto === Object.prototype || proto === null;
      const rec = obj as Record<string, unknown>;
      if (good) {
        for (const key of Object.keys(rec)) {
          const item = rec[key];
          if (item !== undefined && !check(item)) {
            good = false;
            break;
          }
        }
      }
    }
    ancestors.delete(obj);
    return good;
  };
  return check(value);
}

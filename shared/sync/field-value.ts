import { canonicalJson } from './canonical-json';

/**
 * Empty field values. A cleared field is stored as the key with value `null` and keeps its clock
 * entry: clearing is a write like any other, stamped, exported and merged by the same per-field
 * rule (the domain schemas also turn empty inputs into null). `undefined` / a missing key means
 * "never written" in a record, and "clear this field" in a patch. Both are empty: comparisons treat
 * null and undefined as the same value, so clearing an empty field changes nothing and is not stamped.
 */
export function isEmptyValue(v: unknown): v is null | undefined {
  return v === null || v === undefined;
}

/** Whether two field values are equal: both empty, or the same canonical JSON. */
export function sameFieldValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  const emptyA = isEmptyValue(a);
  const emptyB = isEmptyValue(b);
  if (emptyA || emptyB) return emptyA && emptyB;
  if (typeof a !== 'object' || typeof b !== 'object') return false;
  return canonicalJson(a) === canonicalJson(b);
}

/** Domain fields of a stored record (no id, no sync metadata, no local derived fields): a form's values. */
export function domainFields<T extends object>(record: T): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(record)) if (k !== 'id' && !k.startsWith('_')) out[k] = v;
  return out;
}

import type { z } from 'zod';
import { fieldMeta } from '../entities/fields';
import type { FieldIssue } from '../issues';

/** The one message for a reference to a record that does not exist or was deleted. */
export function missingReference(field: string, label: string): FieldIssue {
  return { field, message: `${label}不存在或已删除，请重新选择` };
}

/**
 * References of a record that point nowhere, named by the schema's Chinese labels: `present`
 * says, for each reference field that is set, whether the record it points to exists and is live.
 */
export function referenceIssues<S extends z.ZodObject>(schema: S, present: Partial<Record<keyof S['shape'] & string, boolean>>): FieldIssue[] {
  const out: FieldIssue[] = [];
  for (const [field, ok] of Object.entries(present) as [string, boolean | undefined][]) {
    if (ok !== false) continue;
    const label = fieldMeta(schema.shape[field] as z.ZodType)?.title ?? field;
    out.push(missingReference(field, label));
  }
  return out;
}

/** One problem with one field, in Chinese, ready to show next to the input or in an import preview. */
export interface FieldIssue {
  field: string;
  message: string;
}

/** Errors block a write; warnings are shown and the clerk decides. */
export interface CheckResult {
  errors: FieldIssue[];
  warnings: FieldIssue[];
}

/** Turns schema issues (zod) into field messages; the first path segment names the field. */
export function zodIssues(error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }): FieldIssue[] {
  return error.issues.map((i) => ({ field: i.path.map(String).join('.'), message: i.message }));
}

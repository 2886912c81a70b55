import type { FormInstance } from 'antd';
import { errorText } from '../app/errors';
import type { FieldIssue } from '@shared/domain/issues';
import { ValidationError } from '../db/errors';
import { T } from './texts';

/**
 * Runs the form's own rules and resolves the values, or undefined when a rule failed (antd shows
 * each message under its field and the first bad field is scrolled into view). antd's
 * `validateFields()` rejects on a failed rule; awaited bare in a click handler, that rejection was
 * an uncaught promise rejection on every click with empty required fields. Other errors propagate.
 */
export async function validateForm<T>(form: FormInstance<T>): Promise<T | undefined> {
  try {
    return await form.validateFields();
  } catch (e) {
    const failed = (e as { errorFields?: { name: (string | number)[] }[] } | null)?.errorFields;
    if (!Array.isArray(failed)) throw e;
    if (failed[0]) form.scrollToField(failed[0].name);
    return undefined;
  }
}

/**
 * The issues of a check (a rule of shared/, an operation's preview) about fields that do not
 * already show a message of their own form rule: the field's rule said it first and more precisely
 * (what is wrong with `2099.13`), so its message stays.
 */
export function freshIssues(form: FormInstance<any>, issues: readonly FieldIssue[]): FieldIssue[] {
  return issues.filter((i) => form.getFieldError(i.field as never).length === 0);
}

/** The part of antd's `App.useApp().message` used here. */
interface Toast {
  error: (text: string) => unknown;
}

/**
 * Shows why an operation failed. A refusal (ValidationError) puts each message next to its field
 * on `form` (`fields` renames an operation's field to the form's) and says in a toast how many
 * items need fixing and the first one, so a message about a field the form does not show is still
 * seen; without a form, or for any other error, one toast with `errorText`.
 */
export function showError(e: unknown, message: Toast, form?: FormInstance<any>, opts: { fields?: Record<string, string> } = {}): void {
  if (e instanceof ValidationError && e.issues.length > 0) {
    form?.setFields(e.issues.map((i) => ({ name: opts.fields?.[i.field] ?? i.field, errors: [i.message] })));
    message.error(form ? T.formErrors(e.issues.length, e.issues[0]!.message) : errorText(e));
    return;
  }
  message.error(errorText(e));
}

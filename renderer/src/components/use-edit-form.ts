import { App, type FormInstance } from 'antd';
import { useCallback, useEffect, useRef } from 'react';
import { clearDraft, writeDraft } from './form-drafts';
import { confirmDiscard, registerOpenForm } from './unsaved-changes';

/** What a form screen gets from `useEditForm`. */
export interface EditForm<V> {
  /** Pass to `<Form onValuesChange>`: clears the changed fields' messages, keeps the draft, then calls the form's own handler. */
  onValuesChange: (changed: Partial<V>, all: V) => void;
  /** Closes the form through `close`, asking first when the clerk changed something (Escape, mask, 取消, ×). */
  requestClose: (close: () => void) => void;
  /** After a successful save: the draft is dropped and closing asks again only after a new change. */
  saved: () => void;
}

/**
 * The behaviour every edit form shares:
 * - a message put under a field by a refused save (`showError`) clears as soon as the clerk
 *   changes that field, instead of staying until the next save (fields with their own rules are
 *   re-checked by antd right after);
 * - closing a changed form asks "放弃未保存的修改？", and so does leaving the screen by the menu
 *   (`confirmLeave`);
 * - with `draft`, every change is kept as a draft (form-drafts.ts) for the record `draftId` (none
 *   for a new record), so a reload brings the form back as it was; saving or discarding drops it.
 *   A form opened from a draft (`restored`) counts as changed.
 */
export function useEditForm<V extends object>(
  form: FormInstance<V>,
  opts: { draft?: string; draftId?: string | undefined; restored?: boolean; onValuesChange?: (changed: Partial<V>, all: V) => void } = {},
): EditForm<V> {
  const { modal } = App.useApp();
  // Changed by the clerk since the form opened or was last saved (a form reopened from its draft is).
  const dirty = useRef(!!opts.restored);
  const { draft, draftId } = opts;
  const keepDraft = useCallback(() => {
    if (draft && dirty.current) writeDraft(draft, form.getFieldsValue(true), draftId);
  }, [draft, draftId, form]);
  const isDirty = useCallback(() => dirty.current, []);
  const discard = useCallback(() => {
    dirty.current = false;
    if (draft) clearDraft(draft);
  }, [draft]);
  useEffect(() => registerOpenForm({ isDirty, discard }), [isDirty, discard]);

  const own = opts.onValuesChange;
  const onValuesChange = useCallback(
    (changed: Partial<V>, all: V) => {
      const names = Object.keys(changed);
      if (names.length) form.setFields(names.map((name) => ({ name: name as never, errors: [] })));
      dirty.current = true;
      keepDraft();
      own?.(changed, all);
      // Fields the handler fills in (a cadre's home unit, the planned end date) land after it.
      setTimeout(keepDraft, 0);
    },
    [form, keepDraft, own],
  );
  const requestClose = useCallback(
    (close: () => void) => {
      if (!isDirty()) {
        discard();
        return close();
      }
      void confirmDiscard(modal).then((yes) => {
        if (!yes) return;
        discard();
        close();
      });
    },
    [isDirty, discard, modal],
  );
  const saved = useCallback(() => discard(), [discard]);
  return { onValuesChange, requestClose, saved };
}

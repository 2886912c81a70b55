import type { KeyboardEvent } from 'react';

/**
 * Keyboard data entry as clerks expect it: Enter in a single-line text box moves to the next field
 * (Shift+Enter to the previous one) instead of submitting. Dropdowns, text areas and buttons keep
 * their own Enter behaviour.
 */
export function enterToNext(e: KeyboardEvent<HTMLElement>): void {
  if (e.key !== 'Enter' || e.nativeEvent.isComposing) return;
  const target = e.target as HTMLElement;
  if (!(target instanceof HTMLInputElement) || target.getAttribute('role') === 'combobox') return;
  if (!['text', 'search', 'tel', 'number', ''].includes(target.type)) return;
  const fields = Array.from(
    e.currentTarget.querySelectorAll<HTMLElement>('input:not([disabled]):not([type=hidden]), textarea:not([disabled])'),
  ).filter((el) => el.offsetParent !== null || el === target);
  const i = fields.indexOf(target);
  const next = fields[i + (e.shiftKey ? -1 : 1)];
  if (i >= 0 && next) {
    e.preventDefault();
    next.focus();
  }
}

import type { ModalStaticFunctions } from 'antd/es/modal/confirm';
import { T } from './texts';

/** A form that is open: whether the clerk changed it, and how to throw its changes away. */
interface OpenForm {
  isDirty: () => boolean;
  discard: () => void;
}

const open = new Set<OpenForm>();

/** Registers an open form; returns the function that unregisters it. */
export function registerOpenForm(form: OpenForm): () => void {
  open.add(form);
  return () => open.delete(form);
}

/** Asks whether to throw away the changes of a form ("放弃未保存的修改？"); resolves true to discard. */
export function confirmDiscard(modal: Pick<ModalStaticFunctions, 'confirm'>): Promise<boolean> {
  return new Promise((resolve) => {
    modal.confirm({
      title: T.discard.title,
      content: T.discard.content,
      okText: T.discard.ok,
      cancelText: T.discard.keep,
      okButtonProps: { danger: true },
      onOk: () => resolve(true),
      onCancel: () => resolve(false),
    });
  });
}

/**
 * Before leaving the current screen (the menu): true at once when no open form has changes;
 * otherwise asks, and when the clerk agrees throws those changes (and their drafts) away.
 */
export async function confirmLeave(modal: Pick<ModalStaticFunctions, 'confirm'>): Promise<boolean> {
  const dirty = [...open].filter((f) => f.isDirty());
  if (dirty.length === 0) return true;
  if (!(await confirmDiscard(modal))) return false;
  for (const f of dirty) f.discard();
  return true;
}

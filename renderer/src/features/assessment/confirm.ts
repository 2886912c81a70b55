import type { ModalStaticFunctions } from 'antd/es/modal/confirm';

/** Asks a yes/no question with antd's modal; resolves true on OK. */
export function ask(modal: Pick<ModalStaticFunctions, 'confirm'>, q: { title: string; content: string; ok: string; cancel: string }): Promise<boolean> {
  return new Promise((resolve) => {
    modal.confirm({ title: q.title, content: q.content, okText: q.ok, cancelText: q.cancel, width: 520, onOk: () => resolve(true), onCancel: () => resolve(false) });
  });
}

import { Button, Space } from 'antd';
import type { KeyboardEvent } from 'react';

/** A keydown handler: Ctrl+S (⌘S on a Mac) saves, after the field being typed in hands over its value. */
export function saveOnCtrlS(save: () => unknown): (e: KeyboardEvent<HTMLElement>) => void {
  return (e) => {
    if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
      e.preventDefault();
      (document.activeElement as HTMLElement | null)?.blur();
      void save();
    }
  };
}

/** The 取消 and 保存 buttons at the top of a form drawer. */
export function DrawerSaveButtons(props: { onCancel: () => void; onSave: () => unknown; saving: boolean; disabled?: boolean; cancelText: string; saveText: string }) {
  return (
    <Space>
      <Button onClick={props.onCancel}>{props.cancelText}</Button>
      <Button type="primary" loading={props.saving} disabled={props.disabled} onClick={() => void props.onSave()}>
        {props.saveText}
      </Button>
    </Space>
  );
}

import type { ModalStaticFunctions } from 'antd/es/modal/confirm';
import type { FieldIssue } from '@shared/domain/issues';
import { T } from './texts';

/**
 * Shows the rule warnings (DOMAIN §7.3 T10/T11: not blocks) and asks whether to save anyway.
 * Resolves true when there is nothing to confirm or the clerk confirms.
 */
export function confirmWarnings(modal: Pick<ModalStaticFunctions, 'confirm'>, warnings: FieldIssue[]): Promise<boolean> {
  if (warnings.length === 0) return Promise.resolve(true);
  return new Promise((resolve) => {
    modal.confirm({
      title: T.warnings.title,
      content: (warnings.map((w) => `• ${w.message}`).join('\n')),
      okText: T.warnings.ok,
      cancelText: T.warnings.back,
      width: 520,
      styles: { body: { whiteSpace: 'pre-line' } },
      onOk: () => resolve(true),
      onCancel: () => resolve(false),
    });
  });
}

import { Form, type FormItemProps } from 'antd';
import { MonthInput, dateRule } from './month-input';
import { T } from './texts';

type Props = Omit<FormItemProps, 'rules' | 'children'> & {
  /** 'date' (YYYY-MM-DD, the default) or 'month' (YYYY-MM). */
  kind?: 'month' | 'date';
  /** The label used in the "please fill in" message when `label` is not plain text. */
  fieldLabel?: string;
  /** The field must be filled in (the message names `fieldLabel` or `label`). */
  required?: boolean;
  disabled?: boolean;
  autoFocus?: boolean;
};

/**
 * A form field holding a date or a month: a MonthInput with the rule that checks the typed text
 * (on blur, and on save through the form's validation), so every date field of every form says
 * what is wrong with `2099.13`, `201.06` or `2024.2.30` the same way.
 */
export function DateItem({ kind = 'date', fieldLabel, required, disabled, autoFocus, ...item }: Props) {
  const label = fieldLabel ?? (typeof item.label === 'string' ? item.label : '');
  return (
    <Form.Item {...item} required={!!required} rules={[dateRule(kind, required ? T.term.pleaseFill(label) : undefined)]}>
      <MonthInput kind={kind} {...(disabled !== undefined ? { disabled } : {})} {...(autoFocus ? { autoFocus } : {})} />
    </Form.Item>
  );
}

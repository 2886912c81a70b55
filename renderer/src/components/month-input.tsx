import { Form, Input, type InputProps } from 'antd';
import type { Rule } from 'antd/es/form';
import { useEffect, useState } from 'react';
import { formatDateDotted, formatMonthDotted, isValidIsoDate, isValidIsoMonth, parseDateInput, parseMonthInput } from '@shared/domain/dates';
import { T } from './texts';

type Kind = 'month' | 'date';

type Props = Omit<InputProps, 'value' | 'onChange'> & {
  value?: string | null;
  onChange?: (value: string | null) => void;
  /** 'month' stores YYYY-MM (出生年月, 入党时间); 'date' stores YYYY-MM-DD. */
  kind?: Kind;
};

const isIsoOf = (kind: Kind) => (kind === 'month' ? isValidIsoMonth : isValidIsoDate);
const parseOf = (kind: Kind) => (kind === 'month' ? parseMonthInput : parseDateInput);

/**
 * What is wrong with a stored date field's value, or undefined when it is fine: empty when
 * `required`, or text that is not a date (kept as typed by MonthInput), explained by the parser
 * (年份应为4位数字, 月份应为1至12, 2024年2月没有30日 …).
 */
export function dateProblem(kind: Kind, value: unknown, required: string | undefined): string | undefined {
  if (value === null || value === undefined || (typeof value === 'string' && value.trim() === '')) return required;
  if (isIsoOf(kind)(value)) return undefined;
  const parsed = parseOf(kind)(value);
  return parsed.ok ? undefined : parsed.error;
}

/** The form rule of a date or month field: checks the text the clerk typed and says what is wrong. */
export function dateRule(kind: Kind, required?: string): Rule {
  return {
    validator: async (_rule, value: unknown) => {
      const problem = dateProblem(kind, value, required);
      if (problem) throw new Error(problem);
    },
  };
}

/**
 * A date typed the way clerks type it (1985.3, 1985年3月, 2024-5-6, 20240506 …), stored in the ISO
 * form and shown dotted (1985.03). Unparseable text is kept as typed, so the field's `dateRule`
 * says on blur what is wrong with it; once the field shows an error, the value is committed as soon
 * as the text reads as a date, so the message clears while the clerk corrects it.
 */
export function MonthInput({ value, onChange, kind = 'month', ...rest }: Props) {
  const show = (v: string | null | undefined) => (!v ? '' : isIsoOf(kind)(v) ? (kind === 'month' ? formatMonthDotted(v) : formatDateDotted(v)) : v);
  const [text, setText] = useState(show(value));
  const { status } = Form.Item.useStatus();
  useEffect(() => setText(show(value)), [value]); // eslint-disable-line react-hooks/exhaustive-deps
  const commit = (typed: string, reformat: boolean) => {
    const t = typed.trim();
    if (t === '') return onChange?.(null);
    const parsed = parseOf(kind)(t);
    if (parsed.ok) {
      onChange?.(parsed.value);
      if (reformat) setText(show(parsed.value));
    } else onChange?.(t);
  };
  return (
    <Input
      placeholder={kind === 'month' ? T.monthInput.month : T.monthInput.date}
      {...rest}
      value={text}
      onChange={(e) => {
        setText(e.target.value);
        if (status === 'error' && (e.target.value.trim() === '' || parseOf(kind)(e.target.value).ok)) commit(e.target.value, false);
      }}
      onBlur={() => commit(text, true)}
      onPressEnter={() => commit(text, true)}
    />
  );
}

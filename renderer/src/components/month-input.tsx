import { Input, type InputProps } from 'antd';
import { useEffect, useState } from 'react';
import { formatDateDotted, formatMonthDotted, isValidIsoDate, isValidIsoMonth, parseDateInput, parseMonthInput } from '@shared/domain/dates';
import { T } from './texts';

type Props = Omit<InputProps, 'value' | 'onChange'> & {
  value?: string | null;
  onChange?: (value: string | null) => void;
  /** 'month' stores YYYY-MM (出生年月, 入党时间); 'date' stores YYYY-MM-DD. */
  kind?: 'month' | 'date';
};

/**
 * A date typed the way clerks type it (1985.3, 1985年3月, 2024-5-6, 20240506 …), stored in the ISO
 * form and shown dotted (1985.03). Unparseable text is kept as typed so validation can say why.
 */
export function MonthInput({ value, onChange, kind = 'month', ...rest }: Props) {
  const isIso = kind === 'month' ? isValidIsoMonth : isValidIsoDate;
  const show = (v: string | null | undefined) => (!v ? '' : isIso(v) ? (kind === 'month' ? formatMonthDotted(v) : formatDateDotted(v)) : v);
  const [text, setText] = useState(show(value));
  useEffect(() => setText(show(value)), [value]); // eslint-disable-line react-hooks/exhaustive-deps
  const commit = () => {
    const t = text.trim();
    if (t === '') return onChange?.(null);
    const parsed = kind === 'month' ? parseMonthInput(t) : parseDateInput(t);
    if (parsed.ok) {
      onChange?.(parsed.value);
      setText(show(parsed.value));
    } else onChange?.(t);
  };
  return (
    <Input
      placeholder={kind === 'month' ? T.monthInput.month : T.monthInput.date}
      {...rest}
      value={text}
      onChange={(e) => setText(e.target.value)}
      onBlur={commit}
      onPressEnter={commit}
    />
  );
}

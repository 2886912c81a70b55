import type { Rule } from 'antd/es/form';
import { T } from './texts';

/** Bounds of a numeric field and how to name it in messages. */
export interface NumberBounds {
  label: string;
  min: number;
  max: number;
  integer?: boolean;
  required?: boolean;
  /** printed after the bound: 个月, 元 … */
  unit?: string;
}

/**
 * What is wrong with a number a clerk typed, or undefined when it is fine. antd's `InputNumber`
 * with `min`/`max` silently clamps 999 to 120, so the clerk never learns the term was cut: fields
 * keep the typed number and this rule says it is out of range instead.
 */
export function numberProblem(value: unknown, b: NumberBounds): string | undefined {
  if (value === null || value === undefined || value === '') return b.required ? T.number.required(b.label) : undefined;
  const n = typeof value === 'number' ? value : Number(value);
  const unit = b.unit ?? '';
  if (!Number.isFinite(n)) return T.number.notNumber(b.label);
  if (b.integer && !Number.isInteger(n)) return T.number.integer(b.label);
  if (n < b.min) return T.number.tooSmall(b.label, b.min, unit);
  if (n > b.max) return T.number.tooLarge(b.label, b.max, unit);
  return undefined;
}

/** The form rule of a numeric field with bounds and a Chinese message. */
export function numberRule(b: NumberBounds): Rule {
  return {
    validator: async (_rule, value: unknown) => {
      const problem = numberProblem(value, b);
      if (problem) throw new Error(problem);
    },
  };
}

/** The form rule of a text field with a length limit: over-long text is refused with a message, never cut. */
export function maxLengthRule(label: string, max: number): Rule {
  return {
    validator: async (_rule, value: unknown) => {
      if (typeof value === 'string' && value.trim().length > max) throw new Error(T.text.tooLong(label, max, value.trim().length));
    },
  };
}

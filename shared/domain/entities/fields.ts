import { z } from 'zod';
import type { CodeList } from '../codes/types';
import { isValidCode } from '../codes/lookup';
import { isValidIsoDate, isValidIsoMonth } from '../dates';

/**
 * Field builders for entity schemas: every field carries its Chinese label (`meta().title`), and
 * every message a clerk can see is written here in Chinese. Optional fields store `null` when empty
 * (a blank form input arrives as '' or undefined and is turned into null), so a cleared value is a
 * real write that syncs like any other.
 */

export interface FieldMeta {
  title: string;
  /** code list used to display and parse the value */
  codeList?: CodeList;
  /** 'month' (YYYY-MM) or 'date' (YYYY-MM-DD) for date-like strings */
  dateKind?: 'month' | 'date';
}

/** '' / blank / undefined → null, other strings trimmed. */
const blankToNull = (v: string | null | undefined): string | null => {
  if (v === null || v === undefined) return null;
  const t = v.trim();
  return t === '' ? null : t;
};

/** An optional string field: accepts string | null | undefined, stores the checked string or null. */
function optional(inner: z.ZodType<string, string>, typeError: string) {
  return z.string({ error: typeError }).nullish().transform(blankToNull).pipe(inner.nullable());
}

function meta<T extends z.ZodType>(schema: T, m: FieldMeta): T {
  return schema.meta(m as unknown as Record<string, unknown>) as T;
}

/** Reads the Chinese label (and code list) attached to a field schema. */
export function fieldMeta(schema: z.ZodType): FieldMeta | undefined {
  return schema.meta() as FieldMeta | undefined;
}

/** Required single-line text. */
export function text(title: string, opts: { max?: number; min?: number; pattern?: RegExp; patternMessage?: string } = {}) {
  const max = opts.max ?? 200;
  let s = z
    .string({ error: `请填写${title}` })
    .trim()
    .min(opts.min ?? 1, opts.min ? `${title}至少${opts.min}个字` : `请填写${title}`)
    .max(max, `${title}不能超过${max}个字`);
  if (opts.pattern) s = s.regex(opts.pattern, opts.patternMessage ?? `${title}格式不正确`);
  return meta(s, { title });
}

/** Optional text; '' becomes null. */
export function optText(title: string, opts: { max?: number; pattern?: RegExp; patternMessage?: string } = {}) {
  const max = opts.max ?? 200;
  let s = z.string().max(max, `${title}不能超过${max}个字`);
  if (opts.pattern) s = s.regex(opts.pattern, opts.patternMessage ?? `${title}格式不正确`);
  return meta(optional(s, `${title}应为文字`), { title });
}

/** Required date `YYYY-MM-DD`. */
export function date(title: string) {
  return meta(
    z.string({ error: `请填写${title}` }).refine(isValidIsoDate, { message: `${title}应为有效日期（如2024-05-06）` }),
    { title, dateKind: 'date' },
  );
}

/** Optional date `YYYY-MM-DD`. */
export function optDate(title: string) {
  return meta(optional(z.string().refine(isValidIsoDate, { message: `${title}应为有效日期（如2024-05-06）` }), `${title}应为日期`), {
    title,
    dateKind: 'date',
  });
}

/** Required month `YYYY-MM`. */
export function month(title: string) {
  return meta(
    z.string({ error: `请填写${title}` }).refine(isValidIsoMonth, { message: `${title}应为有效年月（如1985.03）` }),
    { title, dateKind: 'month' },
  );
}

/** Optional month `YYYY-MM`. */
export function optMonth(title: string) {
  return meta(optional(z.string().refine(isValidIsoMonth, { message: `${title}应为有效年月（如1985.03）` }), `${title}应为年月`), {
    title,
    dateKind: 'month',
  });
}

/** Required code from a code list (GB standard or app enumeration). */
export function code(list: CodeList, title: string = list.name) {
  return meta(
    z
      .string({ error: `请选择${title}` })
      .min(1, `请选择${title}`)
      .refine((c) => isValidCode(list, c, { allowLegacy: true }), { message: `${title}不在《${list.name}》代码表中` }),
    { title, codeList: list },
  );
}

/** Optional code; '' becomes null. */
export function optCode(list: CodeList, title: string = list.name) {
  return meta(
    optional(
      z.string().refine((c) => isValidCode(list, c, { allowLegacy: true }), { message: `${title}不在《${list.name}》代码表中` }),
      `请选择${title}`,
    ),
    { title, codeList: list },
  );
}

/** A list of codes (multi-select); absent means `defaults`. */
export function codes(list: CodeList, title: string = list.name, defaults: string[] = []) {
  return meta(
    z
      .array(z.string().refine((c) => isValidCode(list, c), { message: `${title}不在《${list.name}》代码表中` }))
      .default(defaults),
    { title, codeList: list },
  );
}

/** Required reference to another record's id. */
export function ref(title: string) {
  return meta(z.string({ error: `请选择${title}` }).min(1, `请选择${title}`), { title });
}

/** Optional reference; '' becomes null. */
export function optRef(title: string) {
  return meta(optional(z.string(), `请选择${title}`), { title });
}

/** Boolean flag (absent = false). */
export function flag(title: string) {
  return meta(
    z
      .boolean({ error: `${title}应为“是”或“否”` })
      .nullish()
      .transform((v) => v ?? false),
    { title },
  );
}

/** Required integer in a range. */
export function int(title: string, min: number, max: number) {
  return meta(
    z
      .number({ error: `请填写${title}` })
      .int(`${title}应为整数`)
      .min(min, `${title}不能小于${min}`)
      .max(max, `${title}不能大于${max}`),
    { title },
  );
}

/** Optional number in a range. */
export function optNumber(title: string, min: number, max: number) {
  return meta(
    z
      .union([z.number({ error: `${title}应为数字` }), z.literal('')])
      .nullish()
      .transform((v) => (v === '' || v === undefined ? null : v))
      .pipe(z.number().min(min, `${title}不能小于${min}`).max(max, `${title}不能大于${max}`).nullable()),
    { title },
  );
}

/** Required money amount in yuan, rounded to fen by the caller. */
export function money(title: string) {
  return meta(z.number({ error: `请填写${title}` }).min(0, `${title}不能为负数`).max(1e9, `${title}过大`), { title });
}

/** Mobile `1[3-9]xxxxxxxxx` or a landline such as 0818-1234567. */
export const PHONE_PATTERN = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8}(-\d{1,6})?)$/;

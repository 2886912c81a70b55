// Print routes (ARCHITECTURE §4a): `#/print/<kind>?<params>` pages of the renderer laid out with
// CSS paged media, outside the menu. The renderer shows them; main opens them in a hidden window
// for `print:pdf`. Both build and read the hash here, so they always agree.
import { z } from 'zod';

/** Where print routes start in the location hash. */
export const PRINT_HASH_PREFIX = '#/print/';
/** The parameter the web bridge adds so the page opens the browser's print dialog once ready. */
export const AUTOPRINT_PARAM = 'autoprint';
/** Most parameters one print route may carry. */
const MAX_PRINT_PARAMS = 30;

/** A print route's kind, e.g. `test`, `record-book`, `leave-form`. */
export const PrintKindSchema = z
  .string()
  .regex(/^[a-z][a-z0-9-]{0,39}$/, '打印页面名称只能由小写字母、数字和“-”组成');

/** A print route: which printed form, and its parameters (ids, period, options), as text. */
export const PrintRouteSchema = z.strictObject({
  kind: PrintKindSchema,
  params: z
    .record(z.string().regex(/^[A-Za-z][A-Za-z0-9_]{0,39}$/, '打印参数名称无效'), z.string().max(2000, '打印参数过长'))
    .refine((params) => Object.keys(params).length <= MAX_PRINT_PARAMS, `打印参数不能超过 ${MAX_PRINT_PARAMS} 个`),
});

export type PrintRoute = z.infer<typeof PrintRouteSchema>;

/** `#/print/record-book?postingId=p1&variant=a4` for a route. */
export function printRouteHash(route: PrintRoute): string {
  const query = Object.entries(route.params)
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`)
    .join('&');
  return `${PRINT_HASH_PREFIX}${route.kind}${query ? `?${query}` : ''}`;
}

function decode(text: string): string | undefined {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return undefined;
  }
}

/** The print route a location hash names, or undefined when it is not a (valid) print route. */
export function parsePrintHash(hash: string): PrintRoute | undefined {
  if (!hash.startsWith(PRINT_HASH_PREFIX)) return undefined;
  const [kind = '', query = ''] = hash.slice(PRINT_HASH_PREFIX.length).split('?');
  const params: Record<string, string> = {};
  for (const pair of query.split('&')) {
    if (!pair) continue;
    const at = pair.indexOf('=');
    const key = decode(at < 0 ? pair : pair.slice(0, at));
    const value = decode(at < 0 ? '' : pair.slice(at + 1));
    if (key !== undefined && value !== undefined) params[key] = value;
  }
  const parsed = PrintRouteSchema.safeParse({ kind, params });
  return parsed.success ? parsed.data : undefined;
}

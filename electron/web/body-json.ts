// Decoding a request body of the web host's wire format (shared/ipc/http-codec.ts) straight from
// its bytes. The generic path — the body as one string, JSON.parse, base64 in JavaScript — holds a
// 150 MB body three to four times over at its peak. Here every `{"$bytes":"…"}` is found in the
// buffer and its base64 decoded natively from there; only the small JSON around it becomes a
// string. The wire format and its strictness are unchanged: invalid base64 is refused the same.
import { BYTES_KEY, decodeHttpJson } from '@shared/ipc/http-codec';

const OPEN = Buffer.from(`{"${BYTES_KEY}":"`);
const QUOTE = 0x22;
const CLOSE_BRACE = 0x7d;
/** The placeholder key a decoded part leaves in the JSON (never a key of any request schema). */
const PART_KEY = '$part';
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** `\u`: a JSON escape that could spell any character of a key. */
const UNICODE_ESCAPE = Buffer.from('\\u');

/** JSON text without bytes and without escapes, parsed as the wire format (empty = no arguments). */
function parsePlain(json: string): unknown {
  if (json.trim() === '') return [];
  try {
    return JSON.parse(json) as unknown;
  } catch (err) {
    throw new BodyFormatError(err instanceof Error ? err.message : String(err));
  }
}

/** The body is not valid JSON of the wire format. */
export class BodyFormatError extends Error {
  override readonly name = 'BodyFormatError';
}

/**
 * The value of the JSON `body`, every `{"$bytes": base64}` as a Uint8Array of its own. Throws
 * BodyFormatError for malformed JSON or base64. (Inside a JSON string a quote is always escaped, so
 * the bytes `{"$bytes":"` only ever start a bytes object; base64 has no quote or backslash.)
 */
export function decodeBodyJson(body: Buffer): unknown {
  // Most bodies (a package's records, rows of a report) carry no bytes: they need no reviver, which
  // costs more than the parse itself on 2,000 records. A body without `$bytes` and without any `\u`
  // escape (which could spell `$bytes` or the placeholder key) decodes exactly as the slow path would.
  if (body.indexOf(BYTES_KEY) < 0 && body.indexOf(UNICODE_ESCAPE) < 0) return parsePlain(body.toString('utf8'));
  const parts: Uint8Array[] = [];
  let json = '';
  let at = 0;
  for (let open = body.indexOf(OPEN, at); open >= 0; open = body.indexOf(OPEN, at)) {
    const start = open + OPEN.length;
    const end = body.indexOf(QUOTE, start);
    if (end < 0 || body[end + 1] !== CLOSE_BRACE) throw new BodyFormatError('unterminated bytes');
    const base64 = body.toString('latin1', start, end);
    if (base64.length % 4 !== 0 || !BASE64.test(base64)) throw new BodyFormatError('invalid base64');
    const decoded = Buffer.from(base64, 'base64');
    // Small Buffers share a pool; every part gets a buffer of its own (it may be transferred).
    parts.push(decoded.byteLength === decoded.buffer.byteLength ? new Uint8Array(decoded.buffer, decoded.byteOffset, decoded.byteLength) : new Uint8Array(decoded));
    json += `${body.toString('utf8', at, open)}{"${PART_KEY}":${parts.length - 1}}`;
    at = end + 2;
  }
  json += body.toString('utf8', at);
  if (json.trim() === '') return [];
  try {
    return JSON.parse(json, (_key, value: unknown) => {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
      const keys = Object.keys(value);
      if (keys.length === 1 && keys[0] === PART_KEY) {
        const part = parts[(value as Record<string, unknown>)[PART_KEY] as number];
        if (part) return part;
      }
      // Anything else (a stray $bytes the scan did not take) goes the generic way.
      return keys.includes(BYTES_KEY) ? decodeHttpJson(JSON.stringify(value)) : value;
    });
  } catch (err) {
    throw new BodyFormatError(err instanceof Error ? err.message : String(err));
  }
}

// The one wire format of the web host (ARCHITECTURE §5), used by electron/web/server.ts and
// renderer/src/bridge/web-bridge.ts.
//
//   request   POST /api/<channel>          e.g. POST /api/app:info
//             Content-Type: application/json
//             body: the method's argument list as a JSON array (`[]`, `[{...}]`); empty body = `[]`
//   response  Content-Type: application/json
//             body: `{ "ok": true, "value": ... }` or `{ "ok": false, "error": { "code", "message" } }`
//
// Binary: every Uint8Array (a Node Buffer included) anywhere in the value is written as the object
// `{ "$bytes": "<standard base64 with padding>" }` and read back as a Uint8Array. The key `$bytes`
// is therefore reserved: an object whose only key is `$bytes` always means bytes. Base64 costs a
// third more bytes on the wire, which is nothing on 127.0.0.1 and keeps one codec for all channels.
import type { Channel } from './channels';
import type { BridgeError } from './contract';

/** The reserved key that marks base64 bytes in the JSON. */
export const BYTES_KEY = '$bytes';

/** Path prefix of the web host's channel routes. */
export const WEB_API_PREFIX = '/api/';

/** The web host route of `channel`: `/api/app:info`. */
export function webApiPath(channel: Channel): string {
  return WEB_API_PREFIX + channel;
}

/** Body of every web host API response. */
export type HttpEnvelope<T = unknown> = { ok: true; value: T } | { ok: false; error: BridgeError };

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const ENCODE = Uint8Array.from(ALPHABET, (char) => char.charCodeAt(0));
const DECODE = new Uint8Array(128).fill(255);
for (let i = 0; i < ALPHABET.length; i++) DECODE[ALPHABET.charCodeAt(i)] = i;
const PAD = '='.charCodeAt(0);

/** Standard base64 (RFC 4648 §4, with padding) of `bytes`. Pure: no Buffer, no btoa. */
export function bytesToBase64(bytes: Uint8Array): string {
  const out = new Uint8Array(Math.ceil(bytes.length / 3) * 4);
  let o = 0;
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out[o++] = ENCODE[n >>> 18]!;
    out[o++] = ENCODE[(n >>> 12) & 63]!;
    out[o++] = ENCODE[(n >>> 6) & 63]!;
    out[o++] = ENCODE[n & 63]!;
  }
  const rest = bytes.length - i;
  if (rest > 0) {
    const n = (bytes[i]! << 16) | (rest === 2 ? bytes[i + 1]! << 8 : 0);
    out[o++] = ENCODE[n >>> 18]!;
    out[o++] = ENCODE[(n >>> 12) & 63]!;
    out[o++] = rest === 2 ? ENCODE[(n >>> 6) & 63]! : PAD;
    out[o] = PAD;
  }
  return new TextDecoder().decode(out); // ASCII only, so UTF-8 decoding is exact
}

/** Bytes of a standard base64 string; throws on anything that is not canonical base64. */
export function base64ToBytes(text: string): Uint8Array {
  if (text.length % 4 !== 0) throw new Error('base64 length is not a multiple of 4');
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const out = new Uint8Array((text.length / 4) * 3 - padding);
  let o = 0;
  for (let i = 0; i < text.length; i += 4) {
    const last = i + 4 === text.length;
    let n = 0;
    for (let j = 0; j < 4; j++) {
      const code = text.charCodeAt(i + j);
      let value: number;
      if (code === PAD && last && j >= 4 - padding) value = 0;
      else if (code >= 128 || (value = DECODE[code]!) === 255) throw new Error('invalid base64 character');
      n = (n << 6) | value;
    }
    out[o++] = n >>> 16;
    if (o < out.length) out[o++] = (n >>> 8) & 255;
    if (o < out.length) out[o++] = n & 255;
  }
  return out;
}

/** Whether a Uint8Array is anywhere in `value` (plain objects and arrays looked through). */
function containsBytes(value: unknown, depth = 0): boolean {
  if (typeof value !== 'object' || value === null) return false;
  if (value instanceof Uint8Array) return true;
  // Deeper than any request goes: let the replacer handle it (and JSON.stringify refuse a cycle).
  if (depth > 64) return true;
  if (Array.isArray(value)) {
    for (const item of value) if (containsBytes(item, depth + 1)) return true;
    return false;
  }
  for (const key in value) if (containsBytes((value as Record<string, unknown>)[key], depth + 1)) return true;
  return false;
}

/** JSON text of `value`, with every Uint8Array written as `{ "$bytes": base64 }`. */
export function encodeHttpJson(value: unknown): string {
  // A replacer makes JSON.stringify several times slower: thousands of records carry no bytes.
  if (!containsBytes(value)) return JSON.stringify(value);
  return JSON.stringify(value, function replacer(this: Record<string, unknown>, key: string, replaced: unknown) {
    // Look at the holder's original value: Buffer#toJSON has already run on `replaced`.
    const original = this[key];
    if (original instanceof Uint8Array) return { [BYTES_KEY]: bytesToBase64(original) };
    return replaced;
  });
}

/**
 * Parses JSON text from `encodeHttpJson`, turning `{ "$bytes": base64 }` back into Uint8Array. Text
 * without `$bytes` and without any `\u` escape (which could spell it) holds no bytes and is parsed
 * without a reviver: the rows of a 100,000-punch clock-in export parse about twice as fast.
 */
export function decodeHttpJson(text: string): unknown {
  if (!text.includes(BYTES_KEY) && !text.includes('\\u')) return JSON.parse(text) as unknown;
  return JSON.parse(text, (_key, value: unknown) => {
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      const keys = Object.keys(value);
      const encoded = (value as Record<string, unknown>)[BYTES_KEY];
      if (keys.length === 1 && keys[0] === BYTES_KEY && typeof encoded === 'string') return base64ToBytes(encoded);
    }
    return value;
  });
}

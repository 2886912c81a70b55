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
// is therefore reserved: an object whose only key is `$bytes` always means bytes.
//
// Frames: a value that carries bytes may instead go as `Content-Type: application/x-gzt-frames`:
//   [length of the JSON in bytes, uint32 little-endian][the JSON, UTF-8][every part's bytes, in order]
// where the JSON holds the i-th Uint8Array as `{ "$bytes": [start, length] }`, counted from the end
// of the JSON; the parts follow one another and fill the rest exactly. The page sends its requests
// so and asks for its answers so (`Accept: application/x-gzt-frames`); anything else gets JSON. A
// 100,000-punch file then crosses as its 8.7 MB, not as 11.6 MB of base64 encoded and decoded in
// JavaScript, and a finished package comes back the same way.
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

/** JSON text of `value`, every Uint8Array in it written as `{ "$bytes": bytes(it) }`. */
function stringifyWithBytes(value: unknown, bytes: (original: Uint8Array) => unknown): string {
  // A replacer makes JSON.stringify several times slower: thousands of records carry no bytes.
  if (!containsBytes(value)) return JSON.stringify(value);
  return JSON.stringify(value, function replacer(this: Record<string, unknown>, key: string, replaced: unknown) {
    // Look at the holder's original value: Buffer#toJSON has already run on `replaced`.
    const original = this[key];
    return original instanceof Uint8Array ? { [BYTES_KEY]: bytes(original) } : replaced;
  });
}

/** JSON text of `value`, with every Uint8Array written as `{ "$bytes": base64 }`. */
export function encodeHttpJson(value: unknown): string {
  return stringifyWithBytes(value, bytesToBase64);
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

/** Content type of a body in frames (JSON with its bytes beside it, see the head of this file). */
export const FRAMES_TYPE = 'application/x-gzt-frames';

/** Whether a Content-Type header names frames. */
export function isFramesType(contentType: string | null | undefined): boolean {
  return /^application\/x-gzt-frames\s*(;|$)/i.test(contentType ?? '');
}

/**
 * The body of `value`: frames (as chunks to send one after another) when it carries bytes, else its
 * JSON text (encodeHttpJson).
 */
export function encodeHttpBody(value: unknown): { frames: Uint8Array[] } | { json: string } {
  if (!containsBytes(value)) return { json: JSON.stringify(value) };
  const parts: Uint8Array[] = [];
  let at = 0;
  const json = stringifyWithBytes(value, (original) => {
    parts.push(original);
    at += original.byteLength;
    return [at - original.byteLength, original.byteLength];
  });
  const text = new TextEncoder().encode(json);
  const head = new Uint8Array(4);
  new DataView(head.buffer).setUint32(0, text.byteLength, true);
  return { frames: [head, text, ...parts] };
}

/** A body in frames is malformed (cut short, parts out of place, JSON or UTF-8 broken). */
export class FramesFormatError extends Error {
  override readonly name = 'FramesFormatError';
}

/**
 * The value of a body in frames, every `{ "$bytes": [start, length] }` as a Uint8Array of its own
 * (copied out of `body`, so it can be transferred). Throws FramesFormatError when the body does not
 * hold exactly the JSON and the parts it announces.
 */
export function decodeHttpFrames(body: Uint8Array): unknown {
  if (body.byteLength < 4) throw new FramesFormatError('body shorter than its header');
  const jsonLength = new DataView(body.buffer, body.byteOffset, 4).getUint32(0, true);
  const dataStart = 4 + jsonLength;
  if (dataStart > body.byteLength) throw new FramesFormatError('JSON longer than the body');
  let json: string;
  try {
    json = new TextDecoder('utf-8', { fatal: true }).decode(body.subarray(4, dataStart));
  } catch {
    throw new FramesFormatError('JSON is not UTF-8');
  }
  const dataLength = body.byteLength - dataStart;
  let next = 0;
  let value: unknown;
  try {
    value = JSON.parse(json, (_key, item: unknown) => {
      if (typeof item !== 'object' || item === null || Array.isArray(item) || !Object.hasOwn(item, BYTES_KEY)) return item;
      const keys = Object.keys(item);
      const slot = (item as Record<string, unknown>)[BYTES_KEY];
      if (keys.length !== 1 || !Array.isArray(slot) || slot.length !== 2 || !slot.every((n) => Number.isSafeInteger(n) && (n as number) >= 0)) return item;
      const [start, length] = slot as [number, number];
      // Parts come in the order JSON.parse meets them (the order they were written), end to end.
      if (start !== next || start + length > dataLength) throw new FramesFormatError('a part is out of place');
      next = start + length;
      return new Uint8Array(body.subarray(dataStart + start, dataStart + next));
    });
  } catch (err) {
    throw err instanceof FramesFormatError ? err : new FramesFormatError(err instanceof Error ? err.message : String(err));
  }
  if (next !== dataLength) throw new FramesFormatError('bytes after the last part');
  return value;
}

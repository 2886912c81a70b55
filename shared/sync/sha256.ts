/** SHA-256 of a string (encoded as UTF-8) or of bytes, as 64 lower-case hex digits. */
export async function sha256Hex(data: string | Uint8Array): Promise<string> {
  // Web Crypto wants bytes over a plain ArrayBuffer; a view over anything else is copied first.
  const bytes: Uint8Array<ArrayBuffer> =
    typeof data === 'string'
      ? (new TextEncoder().encode(data) as Uint8Array<ArrayBuffer>)
      : data.buffer instanceof ArrayBuffer
        ? (data as Uint8Array<ArrayBuffer>)
        : new Uint8Array(data);
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  let out = '';
  for (const b of digest) out += b.toString(16).padStart(2, '0');
  return out;
}

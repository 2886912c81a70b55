// Text of a file whose encoding cannot be trusted: .lrmx files are meant to be UTF-8 but some say
// encoding="GB2312" and are UTF-8, others say UTF-8 and are GBK; .lrm files are GBK. The bytes
// decide, never the declaration.
import chardet from 'chardet';
import iconv from 'iconv-lite';

/** Decoded text, the encoding used, and whether some bytes could not be decoded (shown as U+FFFD). */
export interface DecodedText {
  text: string;
  encoding: string;
  lossy: boolean;
}

/** Encodings chardet may report that these files really use; anything else is a misreading of GBK bytes. */
const TRUSTED_GUESSES = new Set(['GB18030', 'Big5', 'UTF-16LE', 'UTF-16BE']);

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/**
 * Decodes `bytes` by their content: a byte-order mark wins; otherwise bytes that are valid UTF-8 are
 * UTF-8; otherwise chardet's best Chinese or UTF-16 guess, and GB18030 (a superset of GB2312 and
 * GBK) when it has none. A leading BOM is not part of the text.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  let encoding: string;
  let body = bytes;
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    encoding = 'UTF-8';
    body = bytes.subarray(3);
  } else if (startsWith(bytes, [0xff, 0xfe])) {
    encoding = 'UTF-16LE';
    body = bytes.subarray(2);
  } else if (startsWith(bytes, [0xfe, 0xff])) {
    encoding = 'UTF-16BE';
    body = bytes.subarray(2);
  } else {
    try {
      return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8', lossy: false };
    } catch {
      encoding = chardet.analyse(bytes).find((m) => TRUSTED_GUESSES.has(m.name))?.name ?? 'GB18030';
    }
  }
  const text = encoding === 'UTF-8' ? new TextDecoder('utf-8').decode(body) : iconv.decode(body, encoding);
  return { text, encoding, lossy: text.includes('\ufffd') };
}

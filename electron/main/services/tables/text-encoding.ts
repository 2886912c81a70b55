// The character encoding of a text table (CSV) and its decoding.
//
// What clerks' files are in: UTF-8 with or without BOM (WPS, “CSV UTF-8”, DingTalk and WeChat Work
// web exports), GBK/GB18030 (“CSV” saved by Excel or WPS on Chinese Windows), UTF-16LE with BOM
// (Excel's “Unicode 文本”). Byte-order marks decide first; then strict UTF-8; then GB18030, the
// superset of GBK and GB2312 — chardet alone guesses short GBK text as KOI8-R or Big5, so it is
// asked only when neither fits, and only for the other East Asian encodings. A file that decodes
// cleanly in none of them is refused rather than shown as mojibake.
import { analyse } from 'chardet';
import iconv from 'iconv-lite';
import { unknownEncoding } from './read-messages';

/** A decoded text and the encoding it was read in (as iconv-lite names it). */
export interface DecodedText {
  text: string;
  encoding: string;
}

/** Multi-byte encodings chardet may name that are worth decoding with (Big5 from Hong Kong or Taiwan …). */
const EAST_ASIAN = new Set(['Big5', 'Shift_JIS', 'EUC-JP', 'EUC-KR']);

/** Share of non-ASCII characters that may be undecodable (U+FFFD) in an accepted decoding. */
const MAX_BAD_SHARE = 0.02;

/** True when `text` has few enough replacement characters among its non-ASCII ones. */
function decodesCleanly(text: string): boolean {
  let nonAscii = 0;
  let bad = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    nonAscii++;
    if (code === 0xfffd) bad++;
  }
  return bad === 0 || bad <= nonAscii * MAX_BAD_SHARE;
}

function decodeWith(bytes: Uint8Array, encoding: string): string {
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding, { stripBOM: true });
}

/**
 * Decodes the text table in `bytes`: BOM (UTF-8, UTF-16LE/BE), else UTF-8, else GB18030, else
 * chardet's best guess. Throws the Chinese refusal when none decodes cleanly.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: decodeWith(bytes, 'utf8'), encoding: 'utf8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: decodeWith(bytes, 'utf16le'), encoding: 'utf16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: decodeWith(bytes, 'utf16be'), encoding: 'utf16be' };

  const sample = bytes.subarray(0, 64 * 1024);
  const guesses = analyse(sample);
  // UTF-16 without a BOM (zeros in every other byte), which the text check let through.
  const utf16 = guesses.find((guess) => /^UTF-16(LE|BE)$/i.test(guess.name) && guess.confidence >= 50);
  if (utf16) return { text: decodeWith(bytes, utf16.name.toLowerCase().replace('-', '')), encoding: utf16.name.toLowerCase().replace('-', '') };

  const utf8 = new TextDecoder('utf-8').decode(bytes);
  if (decodesCleanly(utf8)) return { text: utf8, encoding: 'utf8' };
  const gb = decodeWith(bytes, 'gb18030');
  if (decodesCleanly(gb)) return { text: gb, encoding: 'gb18030' };
  // Single-byte code pages decode any bytes at all, and chardet picks one confidently for garbage:
  // beyond UTF-8 and GB18030 only the other East Asian multi-byte encodings are worth a try.
  for (const guess of guesses) {
    if (guess.confidence < 50 || !EAST_ASIAN.has(guess.name) || !iconv.encodingExists(guess.name)) continue;
    const text = decodeWith(bytes, guess.name);
    if (decodesCleanly(text)) return { text, encoding: guess.name.toLowerCase() };
  }
  throw unknownEncoding();
}

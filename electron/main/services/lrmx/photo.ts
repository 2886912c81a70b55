// The photo of a 任免审批表: Base64 in <ZhaoPian> (LRMX) or the bytes of the sibling .pic file (LRM).
import { base64ToBytes } from '@shared/ipc/http-codec';
import type { LrmxPhoto } from '@shared/import/lrmx-record';
import { LRMX_TEXTS } from './texts';

/** Largest photo accepted, decoded (2 MiB); a one-inch ID photo is 20–100 KB. */
export const LRMX_MAX_PHOTO_BYTES = 2 * 1024 * 1024;

/** The photo, or null with the reason in Chinese (a warning: the rest of the file is still read). */
export type PhotoResult = { photo: LrmxPhoto; warning?: undefined } | { photo: null; warning?: string };

const JPEG = [0xff, 0xd8, 0xff];
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Checks image bytes: at most 2 MiB, and a JPEG or PNG by their magic bytes (never by a name or a claim). */
export function checkPhotoBytes(data: Uint8Array): PhotoResult {
  if (data.byteLength === 0) return { photo: null };
  if (data.byteLength > LRMX_MAX_PHOTO_BYTES) return { photo: null, warning: LRMX_TEXTS.photoTooLarge(data.byteLength, LRMX_MAX_PHOTO_BYTES) };
  const is = (magic: readonly number[]) => magic.every((b, i) => data[i] === b);
  if (is(JPEG)) return { photo: { data, mime: 'image/jpeg' } };
  if (is(PNG)) return { photo: { data, mime: 'image/png' } };
  return { photo: null, warning: LRMX_TEXTS.photoNotImage };
}

/**
 * Decodes the Base64 text of <ZhaoPian>: line breaks and spaces inside are ignored, a `data:image/…;base64,`
 * prefix and missing padding are tolerated. The size is checked before decoding, so a huge photo
 * costs no memory.
 */
export function decodePhotoBase64(text: string): PhotoResult {
  const compact = text.replace(/^data:[^,]*;base64,/i, '').replace(/\s+/g, '');
  if (compact === '') return { photo: null };
  const decodedSize = Math.floor((compact.replace(/=+$/, '').length * 3) / 4);
  if (decodedSize > LRMX_MAX_PHOTO_BYTES) return { photo: null, warning: LRMX_TEXTS.photoTooLarge(decodedSize, LRMX_MAX_PHOTO_BYTES) };
  let bytes: Uint8Array;
  try {
    const unpadded = compact.replace(/=+$/, '');
    if (unpadded.length % 4 === 1) throw new Error('impossible base64 length');
    bytes = base64ToBytes(unpadded.padEnd(Math.ceil(unpadded.length / 4) * 4, '='));
  } catch {
    return { photo: null, warning: LRMX_TEXTS.photoDamaged };
  }
  return checkPhotoBytes(bytes);
}

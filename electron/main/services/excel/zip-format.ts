// The record signatures and limits of the zip format (APPNOTE 4.3), shared by the reader
// (zip-archive.ts) and the writer (zip-writer.ts).

/** Local file header. */
export const LOCAL = 0x04034b50;
/** Data descriptor after an entry's data (general purpose flag bit 3). */
export const DESCRIPTOR = 0x08074b50;
/** Central directory file header. */
export const CENTRAL = 0x02014b50;
/** End of central directory record. */
export const EOCD = 0x06054b50;
/** Zip64 end of central directory locator. */
export const EOCD64_LOCATOR = 0x07064b50;
/** Zip64 end of central directory record. */
export const EOCD64 = 0x06064b50;
/** A 16-bit field's largest value (in zip64 archives: "see the zip64 record"). */
export const U16_MAX = 0xffff;
/** A 32-bit field's largest value (in zip64 archives: "see the zip64 extra field"). */
export const U32_MAX = 0xffffffff;

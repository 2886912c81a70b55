// Text of a cell as OOXML stores it → the text the clerk typed.
//
// ST_Xstring (ECMA-376 Part 1, §22.9.2.19) escapes characters XML cannot carry as `_xHHHH_`
// (UTF-16 code unit in hex): Excel writes a line break typed as CR LF as `_x000D_` + LF, and a
// literal `_x…_` in the text as `_x005F_x…_`. Line breaks become LF, as Excel shows them.

const ESCAPE = /_x([0-9A-Fa-f]{4})_/g;

/** Decodes `_xHHHH_` escapes and turns CR LF / CR line breaks into LF. */
export function decodeCellText(text: string): string {
  const decoded = text.includes('_x') ? text.replace(ESCAPE, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : text;
  return decoded.includes('\r') ? decoded.replace(/\r\n?/g, '\n') : decoded;
}

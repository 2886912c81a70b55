// Types of exceljs's SAX helper (exceljs/lib/utils/parse-sax.js, unchanged since exceljs 4.0): the
// saxes parser exceljs itself reads workbooks with, fed from an async iterable of text chunks and
// yielding the events of each chunk as one batch. Attribute values are plain strings (no xmlns).
declare module 'exceljs/lib/utils/parse-sax.js' {
  interface SaxTag {
    name: string;
    attributes: Record<string, string>;
    isSelfClosing: boolean;
  }
  type SaxEvent = { eventType: 'opentag'; value: SaxTag } | { eventType: 'closetag'; value: SaxTag } | { eventType: 'text'; value: string };
  function parseSax(iterable: AsyncIterable<string | Uint8Array>): AsyncGenerator<SaxEvent[], void, undefined>;
  export default parseSax;
}

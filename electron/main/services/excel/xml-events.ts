// Streaming XML for the parts of a workbook: the saxes parser exceljs itself uses (through its
// parse-sax helper), with element names stripped of their prefix (`x:row` → `row`, as some
// writers emit) and a check that the document really ends (saxes alone accepts a part cut off
// after any complete element). parse-sax drops CDATA sections, so a part using one is refused
// rather than read with text missing (Excel, WPS and LibreOffice never write CDATA).
import parseSax from 'exceljs/lib/utils/parse-sax.js';
import { BridgeException } from '@shared/ipc/errors';

/** What a part reader does with the events, in document order (names without their prefix). */
export interface XmlHandler {
  open(name: string, attributes: Record<string, string>): void;
  close(name: string): void;
  /** Text inside the root element (between any tags). */
  text(text: string): void;
}

/** The part is not well-formed XML, is cut off, or its bytes failed to unpack. */
export class PartFormatError extends Error {
  override readonly name = 'PartFormatError';
}

const CDATA = '<![CDATA[';

/** The chunks of `source`, failing with PartFormatError at the first CDATA section. */
async function* withoutCdata(source: AsyncIterable<string>): AsyncGenerator<string> {
  let tail = '';
  for await (const chunk of source) {
    if ((tail + chunk.slice(0, CDATA.length)).includes(CDATA) || chunk.includes(CDATA)) {
      throw new PartFormatError('CDATA sections are not read');
    }
    tail = chunk.slice(-(CDATA.length - 1));
    yield chunk;
  }
}

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

/**
 * Parses the text chunks of `source`, calling `handler` for every event in document order and
 * `afterBatch` after each chunk's events (for budget and clock checks). Resolves when the root
 * element has closed. Malformed or truncated XML and unpacking failures reject with
 * PartFormatError; a BridgeException (a budget refusal) and anything `handler` throws pass through.
 */
export async function readXml(
  source: AsyncIterable<string>,
  handler: XmlHandler,
  afterBatch: () => void = () => undefined,
): Promise<void> {
  const batches = parseSax(withoutCdata(source))[Symbol.asyncIterator]();
  let depth = 0;
  let sawRoot = false;
  try {
    for (;;) {
      let step: Awaited<ReturnType<typeof batches.next>>;
      try {
        step = await batches.next();
      } catch (err) {
        if (err instanceof BridgeException) throw err;
        throw new PartFormatError(err instanceof Error ? err.message : String(err));
      }
      if (step.done) break;
      for (const event of step.value) {
        if (event.eventType === 'opentag') {
          depth++;
          sawRoot = true;
          handler.open(localName(event.value.name), event.value.attributes);
        } else if (event.eventType === 'closetag') {
          depth--;
          handler.close(localName(event.value.name));
        } else if (depth > 0) {
          handler.text(event.value);
        }
      }
      afterBatch();
    }
  } finally {
    // Stopped early (a refusal): close the parser and, through it, the unpacking stream.
    await batches.return(undefined).catch(() => undefined);
  }
  if (!sawRoot || depth !== 0) throw new PartFormatError('the XML ends before its root element closes');
}

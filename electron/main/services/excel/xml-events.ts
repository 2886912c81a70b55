// Streaming XML for the parts of a workbook: a tokenizer made for what OOXML parts hold (elements,
// attributes, text, the five predefined entities and character references; comments, processing
// instructions and the XML declaration skipped). It replaced exceljs's parse-sax over saxes, which
// built an event object per tag and took 3.1 s for the 85 MiB sheet of a 100,000-punch export, 1.2 s
// of it collecting those objects (figures in the 打卡导入 report of issue 10).
//
// Element names reach the handler without their prefix (`x:row` → `row`, as some writers emit);
// attribute names keep theirs (`r:id`). DOCTYPE and CDATA are refused rather than half read
// (Excel, WPS and LibreOffice write neither). Well-formedness is checked as far as a reader needs:
// tags balanced with matching names, one root, nothing but whitespace outside it, entities known,
// and the document must really end (a part cut off after any complete element is refused).
import { BridgeException } from '@shared/ipc/errors';

/** What a part reader does with the events, in document order (names without their prefix). */
export interface XmlHandler {
  /** `attributes` is read during the call only (elements without attributes share one frozen object). */
  open(name: string, attributes: Readonly<Record<string, string>>): void;
  close(name: string): void;
  /** Text inside the root element (between any tags); one run of text may come in several calls. */
  text(text: string): void;
}

/** The part is not well-formed XML, is cut off, or its bytes failed to unpack. */
export class PartFormatError extends Error {
  override readonly name = 'PartFormatError';
}

/** `&#x10FFFF;` and `&#1114111;` are the longest references a document can hold. */
const LONGEST_REFERENCE = 10;
/**
 * The longest tag, comment or instruction read. Parts carry an unfinished one into the next chunk
 * and scan it again there; without a bound, one endless tag would cost time quadratic in its length.
 */
const LONGEST_MARKUP = 1 << 20;

const LT = 60; // <
const AMP = 38;
const GT = 62; // >
const SLASH = 47;
const EQUALS = 61;
const QUOT = 34;
const APOS = 39;
const BANG = 33;
const QUESTION = 63;

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 9 || code === 13;
}

/** 1 for the characters that end a name: whitespace, `/`, `>`, `=`, quotes and `<`. */
const NAME_ENDS = new Uint8Array(128);
for (const c of ' \n\t\r/>="\'<') NAME_ENDS[c.charCodeAt(0)] = 1;

function endsName(code: number): boolean {
  return code < 128 && NAME_ENDS[code] === 1;
}

/** The attributes of every element written without any (most of a sheet's): one object, never changed. */
const NO_ATTRIBUTES: Record<string, string> = Object.freeze({});

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

const NAMED_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** A code point XML 1.0 allows in a document. */
function isXmlChar(code: number): boolean {
  return code === 9 || code === 10 || code === 13 || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
}

/** `text` with its entity and character references replaced; PartFormatError for an unknown or unfinished one. */
function decodeEntities(text: string): string {
  let out = '';
  let from = 0;
  for (let amp = text.indexOf('&'); amp >= 0; amp = text.indexOf('&', from)) {
    const semi = text.indexOf(';', amp + 1);
    if (semi < 0) throw new PartFormatError('an entity reference is not terminated');
    const body = text.slice(amp + 1, semi);
    let decoded: string | undefined;
    if (body.charCodeAt(0) === 35 /* # */) {
      const hex = body.charCodeAt(1) === 120; /* x */
      const digits = body.slice(hex ? 2 : 1);
      const valid = hex ? /^[0-9a-fA-F]{1,6}$/.test(digits) : /^[0-9]{1,7}$/.test(digits);
      const code = valid ? Number.parseInt(digits, hex ? 16 : 10) : Number.NaN;
      if (isXmlChar(code)) decoded = String.fromCodePoint(code);
    } else {
      decoded = NAMED_ENTITIES[body];
    }
    if (decoded === undefined) throw new PartFormatError(`unknown entity &${body.slice(0, 20)};`);
    out += text.slice(from, amp) + decoded;
    from = semi + 1;
  }
  return out + text.slice(from);
}

/** Text as XML reads it: line ends normalised to `\n`, references decoded. */
function textValue(raw: string): string {
  const lines = raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw;
  return lines.includes('&') ? decodeEntities(lines) : lines;
}

/** An attribute value as XML reads it: whitespace characters become spaces, references decoded. */
function attributeValue(raw: string): string {
  if (raw.includes('<')) throw new PartFormatError('"<" inside an attribute value');
  const spaced = /[\t\n\r]/.test(raw) ? raw.replace(/\r\n|[\t\n\r]/g, ' ') : raw;
  return spaced.includes('&') ? decodeEntities(spaced) : spaced;
}

/**
 * The tokenizer of one document: `write` each decoded chunk, then `end`. Whatever a chunk leaves
 * unfinished (a tag, a comment, an entity in text, a CR) is carried into the next one, so any split
 * of a document gives the same events as the whole (text runs may come in more pieces).
 */
export class XmlTokenizer {
  /** Names of the open elements, as written (with prefix), innermost last. */
  private readonly open: string[] = [];
  /** The same names without their prefix. */
  private readonly openLocal: string[] = [];
  private carry = '';
  private started = false;
  private rootClosed = false;

  constructor(private readonly handler: XmlHandler) {}

  /** Reads `chunk`, calling the handler for each complete event. */
  write(chunk: string): void {
    let buffer = this.carry === '' ? chunk : this.carry + chunk;
    this.carry = '';
    if (!this.started && buffer.length > 0) {
      this.started = true;
      if (buffer.charCodeAt(0) === 0xfeff) buffer = buffer.slice(1);
    }
    const length = buffer.length;
    let pos = 0;
    while (pos < length) {
      const lt = buffer.indexOf('<', pos);
      const textEnd = lt < 0 ? length : lt;
      if (textEnd > pos) {
        let end = textEnd;
        if (lt < 0) {
          // Keep an unfinished reference or a CR that may pair with an LF for the next chunk.
          const amp = buffer.lastIndexOf('&', end - 1);
          if (amp >= pos && buffer.indexOf(';', amp) < 0) {
            if (end - amp > LONGEST_REFERENCE) throw new PartFormatError('an entity reference is not terminated');
            end = amp;
          } else if (buffer.charCodeAt(end - 1) === 13) end--;
        }
        if (end > pos) this.text(buffer.slice(pos, end));
        if (lt < 0) {
          this.carry = buffer.slice(end);
          return;
        }
      }
      const next = this.markup(buffer, lt);
      if (next < 0) {
        if (length - lt > LONGEST_MARKUP) throw new PartFormatError('a tag, comment or instruction longer than 1 MiB');
        this.carry = buffer.slice(lt);
        return;
      }
      pos = next;
    }
  }

  /** The document has ended: PartFormatError unless it was complete. */
  end(): void {
    if (this.carry !== '') {
      if (this.carry.charCodeAt(0) === LT) throw new PartFormatError('the XML ends inside a tag, comment or instruction');
      this.text(this.carry);
      this.carry = '';
    }
    if (!this.rootClosed) throw new PartFormatError('the XML ends before its root element closes');
  }

  private text(raw: string): void {
    if (this.open.length > 0) {
      this.handler.text(textValue(raw));
      return;
    }
    for (let i = 0; i < raw.length; i++) {
      if (!isSpace(raw.charCodeAt(i))) throw new PartFormatError(this.rootClosed ? 'text after the root element' : 'text before the root element');
    }
  }

  /** Reads the markup starting with the `<` at `lt`; the position after it, or -1 when the buffer ends first. */
  private markup(buffer: string, lt: number): number {
    const first = buffer.charCodeAt(lt + 1);
    if (Number.isNaN(first)) return -1;
    if (first === SLASH) return this.closeTag(buffer, lt);
    if (first === QUESTION) {
      const end = buffer.indexOf('?>', lt + 2);
      return end < 0 ? -1 : end + 2;
    }
    if (first === BANG) return this.declaration(buffer, lt);
    return this.openTag(buffer, lt);
  }

  /** A comment (skipped); CDATA and DOCTYPE refused. */
  private declaration(buffer: string, lt: number): number {
    const rest = buffer.length - lt;
    if (buffer.startsWith('<!--', lt)) {
      const end = buffer.indexOf('-->', lt + 4);
      return end < 0 ? -1 : end + 3;
    }
    if (buffer.startsWith('<![CDATA[', lt)) throw new PartFormatError('CDATA sections are not read');
    if (buffer.startsWith('<!DOCTYPE', lt)) throw new PartFormatError('a DOCTYPE is not read');
    // Too short yet to tell which declaration it is.
    if (rest < 9 && ('<!--'.startsWith(buffer.slice(lt, lt + 4)) || '<![CDATA['.startsWith(buffer.slice(lt)) || '<!DOCTYPE'.startsWith(buffer.slice(lt)))) return -1;
    throw new PartFormatError('unknown markup declaration');
  }

  private closeTag(buffer: string, lt: number): number {
    const gt = buffer.indexOf('>', lt + 2);
    if (gt < 0) return -1;
    const expected = this.open.pop();
    const local = this.openLocal.pop();
    // Compared in place: no string made for the name of every closing tag.
    let nameEnd = lt + 2 + (expected?.length ?? 0);
    const matches = expected !== undefined && nameEnd <= gt && buffer.startsWith(expected, lt + 2);
    while (nameEnd < gt && isSpace(buffer.charCodeAt(nameEnd))) nameEnd++;
    if (!matches || nameEnd !== gt) {
      const name = buffer.slice(lt + 2, gt).trim().slice(0, 40);
      if (expected === undefined) throw new PartFormatError(`closing tag </${name}> without an open element`);
      throw new PartFormatError(`closing tag </${name}> does not match <${expected.slice(0, 40)}>`);
    }
    if (this.open.length === 0) this.rootClosed = true;
    this.handler.close(local!);
    return gt + 1;
  }

  private openTag(buffer: string, lt: number): number {
    const length = buffer.length;
    let i = lt + 1;
    while (i < length && !endsName(buffer.charCodeAt(i))) i++;
    if (i >= length) return -1;
    if (i === lt + 1) throw new PartFormatError('a tag without a name');
    const name = buffer.slice(lt + 1, i);
    const end = buffer.charCodeAt(i);
    if (end === GT) {
      this.opened(name, NO_ATTRIBUTES, false);
      return i + 1;
    }
    const attributes: Record<string, string> = {};
    for (;;) {
      while (i < length && isSpace(buffer.charCodeAt(i))) i++;
      if (i >= length) return -1;
      const code = buffer.charCodeAt(i);
      if (code === GT) {
        this.opened(name, attributes, false);
        return i + 1;
      }
      if (code === SLASH) {
        if (i + 1 >= length) return -1;
        if (buffer.charCodeAt(i + 1) !== GT) throw new PartFormatError(`"/" inside tag <${name.slice(0, 40)}>`);
        this.opened(name, attributes, true);
        return i + 2;
      }
      const nameStart = i;
      while (i < length && !endsName(buffer.charCodeAt(i))) i++;
      if (i >= length) return -1;
      if (i === nameStart) throw new PartFormatError(`malformed attribute in tag <${name.slice(0, 40)}>`);
      const attribute = buffer.slice(nameStart, i);
      while (i < length && isSpace(buffer.charCodeAt(i))) i++;
      if (i >= length) return -1;
      if (buffer.charCodeAt(i) !== EQUALS) throw new PartFormatError(`attribute ${attribute.slice(0, 40)} without a value`);
      i++;
      while (i < length && isSpace(buffer.charCodeAt(i))) i++;
      if (i >= length) return -1;
      const quote = buffer.charCodeAt(i);
      if (quote !== QUOT && quote !== APOS) throw new PartFormatError(`attribute ${attribute.slice(0, 40)} without quotes`);
      // One pass to the closing quote, noting what the value needs done to it.
      let close = i + 1;
      let plain = true;
      for (; close < length; close++) {
        const c = buffer.charCodeAt(close);
        if (c === quote) break;
        if (c === AMP || c === LT || c === 9 || c === 10 || c === 13) plain = false;
      }
      if (close >= length) return -1;
      if (Object.hasOwn(attributes, attribute)) throw new PartFormatError(`attribute ${attribute.slice(0, 40)} written twice`);
      const raw = buffer.slice(i + 1, close);
      attributes[attribute] = plain ? raw : attributeValue(raw);
      i = close + 1;
      const after = buffer.charCodeAt(i);
      if (i < length && !isSpace(after) && after !== GT && after !== SLASH) throw new PartFormatError(`no space between attributes in <${name.slice(0, 40)}>`);
    }
  }

  private opened(name: string, attributes: Record<string, string>, selfClosing: boolean): void {
    if (this.rootClosed) throw new PartFormatError('a second root element');
    const local = localName(name);
    this.handler.open(local, attributes);
    if (selfClosing) {
      if (this.open.length === 0) this.rootClosed = true;
      this.handler.close(local);
    } else {
      this.open.push(name);
      this.openLocal.push(local);
    }
  }
}

/**
 * Parses the text chunks of `source`, calling `handler` for every event in document order and
 * `afterBatch` after each chunk's events (for budget and clock checks). Resolves when the document
 * has ended with its root closed. Malformed or truncated XML and unpacking failures reject with
 * PartFormatError; a BridgeException (a budget refusal) and anything `handler` throws pass through.
 */
export async function readXml(source: AsyncIterable<string>, handler: XmlHandler, afterBatch: () => void = () => undefined): Promise<void> {
  const tokenizer = new XmlTokenizer(handler);
  const chunks = source[Symbol.asyncIterator]();
  let finished = false;
  try {
    for (;;) {
      let step: IteratorResult<string>;
      try {
        step = await chunks.next();
      } catch (err) {
        if (err instanceof BridgeException) throw err;
        throw new PartFormatError(err instanceof Error ? err.message : String(err));
      }
      if (step.done) break;
      tokenizer.write(step.value);
      afterBatch();
    }
    finished = true;
  } finally {
    // Stopped early (a refusal): close the source and, through it, the unpacking stream.
    if (!finished) {
      try {
        await chunks.return?.(undefined);
      } catch {
        // The refusal that stopped the read is what the caller hears about.
      }
    }
  }
  tokenizer.end();
}

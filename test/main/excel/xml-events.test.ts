import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PartFormatError, readXml, XmlTokenizer, type XmlHandler } from '../../../electron/main/services/excel/xml-events';

type Event = ['open', string, Record<string, string>] | ['close', string] | ['text', string];

/** The events of `chunks` read one after the other, adjacent text runs joined. */
function eventsOf(chunks: readonly string[]): Event[] {
  const events: Event[] = [];
  const handler: XmlHandler = {
    open: (name, attributes) => events.push(['open', name, { ...attributes }]),
    close: (name) => events.push(['close', name]),
    text: (text) => {
      const last = events.at(-1);
      if (last?.[0] === 'text') last[1] += text;
      else events.push(['text', text]);
    },
  };
  const tokenizer = new XmlTokenizer(handler);
  for (const chunk of chunks) tokenizer.write(chunk);
  tokenizer.end();
  return events;
}

async function* chunksOf(...chunks: string[]): AsyncGenerator<string> {
  yield* chunks;
}

const SHEET =
  '\uFEFF<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n' +
  '<!-- written by hand --><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="urn:r">' +
  "<x:sheetData><x:row r='1'><x:c r=\"A1\" t=\"inlineStr\"><x:is><x:t xml:space=\"preserve\"> 张三 &amp; 李四 &lt;&gt;&quot;&apos;&#x4E00;&#19968;&#x1F600;\r\n</x:t></x:is></x:c>" +
  '<x:c r="B1" s = "2" ><x:v>45000.5</x:v></x:c><x:c r="C1"/></x:row><?pi data?>' +
  '<x:row r="2" spans="1:3"><x:c r="A2" t="s"><x:v>0</x:v></x:c></x:row></x:sheetData>' +
  '<x:hyperlink r:id="rId1" display="a&#10;b&amp;c\tline"/></x:worksheet>\n<!-- after -->\n';

describe('XmlTokenizer', () => {
  it('reads elements, attributes, text and references as an OOXML reader needs them', () => {
    const events = eventsOf([SHEET]);
    expect(events.slice(0, 6)).toEqual([
      ['open', 'worksheet', { 'xmlns:x': 'http://schemas.openxmlformats.org/spreadsheetml/2006/main', 'xmlns:r': 'urn:r' }],
      ['open', 'sheetData', {}],
      ['open', 'row', { r: '1' }],
      ['open', 'c', { r: 'A1', t: 'inlineStr' }],
      ['open', 'is', {}],
      ['open', 't', { 'xml:space': 'preserve' }],
    ]);
    expect(events[6]).toEqual(['text', ' 张三 & 李四 <>"\'一一😀\n']);
    expect(events).toContainEqual(['open', 'c', { r: 'B1', s: '2' }]);
    // A self-closing element opens and closes.
    const c1 = events.findIndex((e) => e[0] === 'open' && e[2].r === 'C1');
    expect(events[c1 + 1]).toEqual(['close', 'c']);
    // Whitespace in attribute values reads as spaces, references after that.
    expect(events).toContainEqual(['open', 'hyperlink', { 'r:id': 'rId1', display: 'a\nb&c line' }]);
    expect(events.at(-1)).toEqual(['close', 'worksheet']);
  });

  it('gives the same events for any split of a document into chunks', () => {
    const whole = eventsOf([SHEET]);
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: SHEET.length - 1 }), { maxLength: 30 }), (cuts) => {
        const at = [0, ...cuts.sort((a, b) => a - b), SHEET.length];
        const chunks = at.slice(1).map((end, i) => SHEET.slice(at[i], end));
        expect(eventsOf(chunks)).toEqual(whole);
      }),
      { numRuns: 2000 },
    );
  });

  it('gives the same events for any split of generated documents', () => {
    const name = fc.constantFrom('a', 'x:row', 'c', 'sheetData', 'v');
    const text = fc.constantFrom('', ' ', 'abc', '&amp;', '&#x4E00;', '张三', '\r\n', '1 &lt; 2', '&#128512;');
    const attribute = fc.tuple(fc.constantFrom('r', 's', 't', 'r:id'), text, fc.boolean());
    const element: fc.Memo<string> = fc.memo((n) =>
      fc.tuple(name, fc.uniqueArray(attribute, { selector: (a) => a[0], maxLength: 3 }), n > 1 ? fc.array(fc.oneof(text, element(n - 1)), { maxLength: 4 }) : fc.array(text, { maxLength: 2 })).map(([tag, attributes, content]) => {
        const attrs = attributes.map(([key, value, single]) => (single ? ` ${key}='${value}'` : ` ${key}="${value}"`)).join('');
        return content.length === 0 ? `<${tag}${attrs}/>` : `<${tag}${attrs}>${content.join('')}</${tag}>`;
      }),
    );
    fc.assert(
      fc.property(element(4), fc.array(fc.nat(), { maxLength: 8 }), (doc, rawCuts) => {
        const cuts = [...new Set(rawCuts.map((c) => c % (doc.length + 1)))].sort((a, b) => a - b);
        const at = [0, ...cuts, doc.length];
        expect(eventsOf(at.slice(1).map((end, i) => doc.slice(at[i], end)))).toEqual(eventsOf([doc]));
      }),
      { numRuns: 1000 },
    );
  });

  it.each([
    ['unbalanced tags', '<a><b></a>'],
    ['a closing tag whose name does not match', '<a><b></c></a>'],
    ['a closing tag with no element open', '<a/></a>'],
    ['a document cut off after an element', '<a><b/>'],
    ['a document cut off inside a tag', '<a><b r="1"'],
    ['a document cut off inside an attribute value', '<a><b r="1'],
    ['a document cut off inside a comment', '<a><!-- note'],
    ['a document cut off inside a reference', '<a>x &am'],
    ['an unknown entity', '<a>&nbsp;</a>'],
    ['an unterminated reference', '<a>x & y</a>'],
    ['a character reference to no character', '<a>&#0;</a>'],
    ['a character reference out of range', '<a>&#x110000;</a>'],
    ['text after the root', '<a/>junk'],
    ['text before the root', 'junk<a/>'],
    ['a second root', '<a/><b/>'],
    ['a CDATA section', '<a><![CDATA[x]]></a>'],
    ['a DOCTYPE', '<!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>'],
    ['an attribute written twice', '<a r="1" r="2"/>'],
    ['an attribute without quotes', '<a r=1/>'],
    ['an attribute without a value', '<a r/>'],
    ['"<" inside an attribute value', '<a r="<"/>'],
    ['a tag without a name', '<a>< b/></a>'],
    ['an empty document', ''],
    ['only a declaration', '<?xml version="1.0"?>'],
  ])('refuses %s', (_what, doc) => {
    expect(() => eventsOf([doc])).toThrow(PartFormatError);
    // the same refusal when the document comes one character at a time
    expect(() => eventsOf([...doc])).toThrow(PartFormatError);
  });

  it('refuses an endless tag without scanning it again and again', () => {
    const tokenizer = new XmlTokenizer({ open() {}, close() {}, text() {} });
    tokenizer.write('<a><b r="');
    const chunk = 'x'.repeat(64 * 1024);
    expect(() => {
      for (let i = 0; i < 100; i++) tokenizer.write(chunk);
    }).toThrow(/longer than 1 MiB/);
  });
});

describe('readXml', () => {
  it('reads a document split into chunks and calls afterBatch per chunk', async () => {
    const names: string[] = [];
    let batches = 0;
    await readXml(chunksOf('<a><b', '/></a>'), { open: (n) => names.push(n), close() {}, text() {} }, () => batches++);
    expect(names).toEqual(['a', 'b']);
    expect(batches).toBe(2);
  });

  it('turns a failing source into PartFormatError and lets the handler’s own errors through', async () => {
    async function* failing(): AsyncGenerator<string> {
      yield '<a>';
      throw new Error('inflate failed');
    }
    await expect(readXml(failing(), { open() {}, close() {}, text() {} })).rejects.toThrow(PartFormatError);
    const refusal = new Error('预算已用完');
    await expect(
      readXml(chunksOf('<a>', '<b/></a>'), {
        open(name) {
          if (name === 'b') throw refusal;
        },
        close() {},
        text() {},
      }),
    ).rejects.toBe(refusal);
  });

  it('closes the source when it stops early', async () => {
    let closed = false;
    async function* source(): AsyncGenerator<string> {
      try {
        yield '<a>';
        yield '</b>';
        yield '</a>';
      } finally {
        closed = true;
      }
    }
    await expect(readXml(source(), { open() {}, close() {}, text() {} })).rejects.toThrow(PartFormatError);
    expect(closed).toBe(true);
  });
});

// LRMX (任免审批表 3.x): one UTF-8 XML file, root <Person>, the elements of DOMAIN §5.2. Parsed with
// fast-xml-parser with entity processing OFF: only the five XML entities and character references
// are resolved (by decodeXmlText below), and a file declaring its own entities is refused before
// parsing, so no entity expansion (billion laughs) can happen.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import {
  LRMX_ELEMENTS,
  LRMX_MAX_TEXT,
  type LrmxElement,
  type LrmxFamilyMember,
  type LrmxRecord,
} from '@shared/import/lrmx-record';
import { decodePhotoBase64 } from './photo';
import { LrmxReadError } from './read-error';
import { LRMX_TEXTS } from './texts';

/** Most markup tags a file may hold (a full form has about 100). */
export const LRMX_MAX_TAGS = 5_000;
/** Most family rows read. */
export const LRMX_MAX_FAMILY = 50;
const MAX_UNKNOWN = 200;
const UNKNOWN_TEXT_SHOWN = 200;

/** What parseLrmx reads out of one file (the caller adds the file name and format). */
export type ParsedPerson = Omit<LrmxRecord, 'fileName' | 'format'>;

/** A node of fast-xml-parser's `preserveOrder` output: `{ tag: children }`, `{ '#text': s }` or `{ '#cdata': [...] }`. */
type XmlNode = Record<string, unknown>;

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: true,
  removeNSPrefix: true,
  parseTagValue: false,
  trimValues: false,
  processEntities: false,
  cdataPropName: '#cdata',
  commentPropName: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
});

const XML_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Resolves the five predefined XML entities and character references; anything else stays as written. */
export function decodeXmlText(text: string): string {
  return text.replace(/&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|amp|lt|gt|quot|apos);/g, (whole, name: string) => {
    if (name[0] !== '#') return XML_ENTITIES[name]!;
    const cp = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    const valid = cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff);
    return valid ? String.fromCodePoint(cp) : whole;
  });
}

function tagOf(node: XmlNode): string | undefined {
  return Object.keys(node).find((k) => k !== ':@' && k !== '#text' && k !== '#cdata');
}

function childrenOf(node: XmlNode, tag: string): XmlNode[] {
  const value = node[tag];
  return Array.isArray(value) ? (value as XmlNode[]) : [];
}

/** The text directly inside an element: text pieces with entities resolved, CDATA as written, in order. */
function textOf(children: readonly XmlNode[]): string {
  let out = '';
  for (const child of children) {
    if (typeof child['#text'] === 'string') out += decodeXmlText(child['#text']);
    else if (Array.isArray(child['#cdata'])) out += (child['#cdata'] as XmlNode[]).map((c) => String(c['#text'] ?? '')).join('');
  }
  return out.replace(/\r\n?/g, '\n').trim();
}

function isKnown(tag: string): tag is LrmxElement {
  return Object.hasOwn(LRMX_ELEMENTS, tag);
}

const FAMILY_FIELDS: Readonly<Record<string, keyof LrmxFamilyMember>> = {
  ChengWei: 'relation',
  XingMing: 'name',
  ChuShengRiQi: 'birth',
  ZhengZhiMianMao: 'politicalStatus',
  GongZuoDanWeiJiZhiWu: 'workUnitAndPost',
};

function clip(text: string, label: string, warnings: string[]): string {
  if (text.length <= LRMX_MAX_TEXT) return text;
  warnings.push(LRMX_TEXTS.textCut(label, LRMX_MAX_TEXT));
  return text.slice(0, LRMX_MAX_TEXT);
}

/** Rows of <JiaTingChengYuan>; the empty <Item> slots some editors always write are skipped. */
function readFamily(items: readonly XmlNode[], warnings: string[]): LrmxFamilyMember[] {
  const rows: LrmxFamilyMember[] = [];
  for (const item of items) {
    if (tagOf(item) !== 'Item') continue;
    const row: LrmxFamilyMember = { relation: '', name: '', birth: '', politicalStatus: '', workUnitAndPost: '' };
    for (const field of childrenOf(item, 'Item')) {
      const tag = tagOf(field);
      const key = tag && Object.hasOwn(FAMILY_FIELDS, tag) ? FAMILY_FIELDS[tag] : undefined;
      if (key && row[key] === '') row[key] = clip(textOf(childrenOf(field, tag!)), '家庭主要成员及重要社会关系', warnings);
    }
    if (Object.values(row).every((v) => v === '')) continue;
    if (rows.length === LRMX_MAX_FAMILY) {
      warnings.push(LRMX_TEXTS.tooManyFamily(LRMX_MAX_FAMILY));
      break;
    }
    rows.push(row);
  }
  return rows;
}

/**
 * The refusal for a failed validation: elements left open at the end, or an error on the last line,
 * mean the file was cut off; anything else is damage at the line reported.
 */
function invalidXml(result: Exclude<ReturnType<typeof XMLValidator.validate>, true>, body: string, fileName: string): LrmxReadError {
  const line = Math.max(1, Number(result.err.line) || 1);
  const unclosed = result.err.code === 'InvalidXml' && /^Invalid '\[/.test(result.err.msg);
  const lastLine = body.trimEnd().split('\n').length;
  if (unclosed || line >= lastLine) return new LrmxReadError(LRMX_TEXTS.truncated(fileName));
  return new LrmxReadError(LRMX_TEXTS.damaged(fileName, line));
}

/**
 * Reads the person of an LRMX document. Unknown elements are kept aside (shown, never imported),
 * missing ones are simply absent, a duplicated element counts once. Throws LrmxReadError (Chinese,
 * naming `fileName`) for text that is not XML, a damaged or truncated document, entity
 * declarations, too many tags, or a root other than <Person>.
 */
export function parseLrmx(text: string, fileName: string): ParsedPerson {
  const body = text.replace(/^\ufeff/, '');
  if (!body.trimStart().startsWith('<')) throw new LrmxReadError(LRMX_TEXTS.notXml(fileName));
  if (/<!ENTITY/i.test(body)) throw new LrmxReadError(LRMX_TEXTS.entities(fileName));
  let tags = 0;
  for (let i = body.indexOf('<'); i !== -1; i = body.indexOf('<', i + 1)) {
    if (++tags > LRMX_MAX_TAGS) throw new LrmxReadError(LRMX_TEXTS.tooManyElements(fileName, LRMX_MAX_TAGS));
  }
  const valid = XMLValidator.validate(body);
  if (valid !== true) throw invalidXml(valid, body, fileName);
  let nodes: XmlNode[];
  try {
    nodes = parser.parse(body) as XmlNode[];
  } catch {
    throw new LrmxReadError(LRMX_TEXTS.damaged(fileName, 1));
  }
  const roots = nodes.filter((n) => tagOf(n) !== undefined);
  if (roots.length !== 1) throw new LrmxReadError(LRMX_TEXTS.damaged(fileName, 1));
  const rootTag = tagOf(roots[0]!)!;
  if (rootTag.toLowerCase() !== 'person') throw new LrmxReadError(LRMX_TEXTS.wrongRoot(fileName, rootTag));

  const person: ParsedPerson = { elements: {}, family: [], photo: null, unknownElements: [], warnings: [] };
  const seen = new Set<string>();
  for (const node of childrenOf(roots[0]!, rootTag)) {
    const tag = tagOf(node);
    if (!tag) continue;
    const children = childrenOf(node, tag);
    if (seen.has(tag)) {
      const label = isKnown(tag) ? LRMX_ELEMENTS[tag] : tag === 'JiaTingChengYuan' ? '家庭主要成员及重要社会关系' : tag === 'ZhaoPian' ? '照片' : undefined;
      // Once per element, however often it repeats (the reader keeps the list of warnings short).
      if (label && !person.warnings.includes(LRMX_TEXTS.duplicate(label))) person.warnings.push(LRMX_TEXTS.duplicate(label));
      continue;
    }
    seen.add(tag);
    if (tag === 'JiaTingChengYuan') {
      person.family = readFamily(children, person.warnings);
    } else if (tag === 'ZhaoPian') {
      const result = decodePhotoBase64(textOf(children));
      person.photo = result.photo;
      if (result.warning) person.warnings.push(result.warning);
    } else if (isKnown(tag)) {
      const value = textOf(children);
      if (value !== '') person.elements[tag] = clip(value, LRMX_ELEMENTS[tag], person.warnings);
    } else if (person.unknownElements.length < MAX_UNKNOWN) {
      person.unknownElements.push({ name: tag.slice(0, 200), text: textOf(children).slice(0, UNKNOWN_TEXT_SHOWN) });
    } else if (!person.warnings.includes(LRMX_TEXTS.tooManyUnknown)) {
      person.warnings.push(LRMX_TEXTS.tooManyUnknown);
    }
  }
  return person;
}

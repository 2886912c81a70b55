// Relationship parts (`_rels/*.rels`, ECMA-376 Part 2 §9.3): which part is the workbook, which
// parts are its sheets, shared strings and styles. Targets resolve against the part that owns the
// relationships, so workbooks whose parts are not at Excel's usual paths read too.
import { posix } from 'node:path';
import { readXml } from './xml-events';

/** One relationship of a part. */
export interface Relationship {
  id: string;
  /** The type URI; compare its last segment (`…/worksheet`), the same in transitional and strict OOXML. */
  type: string;
  target: string;
  external: boolean;
}

/** The relationships in a `.rels` part. */
export async function readRelationships(source: AsyncIterable<string>, afterBatch: () => void): Promise<Relationship[]> {
  const found: Relationship[] = [];
  await readXml(
    source,
    {
      open(name, attributes) {
        if (name !== 'Relationship') return;
        const { Id, Type, Target, TargetMode } = attributes;
        if (Id && Type && Target !== undefined) found.push({ id: Id, type: Type, target: Target, external: TargetMode === 'External' });
      },
      close() {},
      text() {},
    },
    afterBatch,
  );
  return found;
}

/** True when `relationship` has the type whose last URI segment is `kind` (`worksheet`, `styles` …). */
export function hasType(relationship: Relationship, kind: string): boolean {
  return relationship.type.endsWith(`/${kind}`);
}

/** The `.rels` part of `part`: `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`; `''` (the package) → `_rels/.rels`. */
export function relationshipsPartOf(part: string): string {
  return posix.join(posix.dirname(part), '_rels', `${posix.basename(part)}.rels`);
}

/**
 * The zip entry name a relationship of `fromPart` points at (`worksheets/sheet1.xml` from
 * `xl/workbook.xml` → `xl/worksheets/sheet1.xml`; `/xl/x.xml` is absolute), or null when it leaves
 * the package or is external.
 */
export function resolveTarget(fromPart: string, relationship: Relationship): string | null {
  if (relationship.external) return null;
  let target: string;
  try {
    target = decodeURIComponent(relationship.target);
  } catch {
    target = relationship.target;
  }
  const joined = target.startsWith('/') ? target.slice(1) : posix.join(posix.dirname(fromPart), target);
  const normalized = posix.normalize(joined);
  return normalized.startsWith('../') || normalized === '..' || normalized.startsWith('/') ? null : normalized;
}

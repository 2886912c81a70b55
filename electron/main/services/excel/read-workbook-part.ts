// The workbook part (`xl/workbook.xml`): its sheets in tab order and its date system.
import { readXml } from './xml-events';

/** A sheet as the workbook lists it. */
export interface WorkbookSheet {
  name: string;
  /** Id of the relationship that points at the sheet's part. */
  relationshipId: string;
  /** Hidden or very hidden in Excel. */
  hidden: boolean;
}

/** What the workbook part says. */
export interface WorkbookPart {
  sheets: WorkbookSheet[];
  /** Dates count from 1904-01-01 (old Mac Excel) instead of 1900. */
  date1904: boolean;
}

const TRUE = new Set(['1', 'true', 'on']);

/** The relationship id attribute, whatever prefix the writer bound the namespace to (`r:id`, `ns1:id`). */
function relationshipIdOf(attributes: Record<string, string>): string | undefined {
  for (const [key, value] of Object.entries(attributes)) if (key.endsWith(':id')) return value;
  return undefined;
}

/** Reads the workbook part; `onSheet(count)` is called as each sheet is listed (for the sheet budget). */
export async function readWorkbookPart(source: AsyncIterable<string>, afterBatch: () => void, onSheet: (count: number) => void): Promise<WorkbookPart> {
  const part: WorkbookPart = { sheets: [], date1904: false };
  await readXml(
    source,
    {
      open(name, attributes) {
        if (name === 'workbookPr') part.date1904 = TRUE.has((attributes.date1904 ?? '').toLowerCase());
        if (name !== 'sheet') return;
        const relationshipId = relationshipIdOf(attributes);
        if (relationshipId === undefined) return;
        const state = attributes.state ?? 'visible';
        part.sheets.push({ name: attributes.name ?? `Sheet${part.sheets.length + 1}`, relationshipId, hidden: state === 'hidden' || state === 'veryHidden' });
        onSheet(part.sheets.length);
      },
      close() {},
      text() {},
    },
    afterBatch,
  );
  return part;
}

// The shared-string table (`xl/sharedStrings.xml`): the text of every `<si>`, rich-text runs
// joined, phonetic guides (`<rPh>`) left out, `_xHHHH_` escapes decoded.
import type { ReadBudget } from '../tables/read-limits';
import { cellTooLong } from '../tables/read-messages';
import { decodeCellText } from './ooxml-text';
import { readXml } from './xml-events';

/** Reads the shared strings, counting each entry and its length against `budget`. */
export async function readSharedStrings(source: AsyncIterable<string>, budget: ReadBudget): Promise<string[]> {
  const strings: string[] = [];
  let inItem = false;
  let inText = false;
  let phoneticDepth = 0;
  let pieces: string[] = [];
  let length = 0;
  await readXml(
    source,
    {
      open(name) {
        if (name === 'si') {
          inItem = true;
          pieces = [];
          length = 0;
        } else if (name === 'rPh') phoneticDepth++;
        else if (name === 't' && inItem && phoneticDepth === 0) inText = true;
      },
      close(name) {
        if (name === 't') inText = false;
        else if (name === 'rPh') phoneticDepth--;
        else if (name === 'si' && inItem) {
          budget.sharedString();
          strings.push(decodeCellText(pieces.join('')));
          inItem = false;
        }
      },
      text(text) {
        if (!inText) return;
        length += text.length;
        if (length > budget.limits.maxCellChars) throw cellTooLong(`共享文字第 ${strings.length + 1} 条`, budget.limits.maxCellChars);
        pieces.push(text);
      },
    },
    () => budget.tick(),
  );
  return strings;
}

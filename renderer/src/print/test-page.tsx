import { useEffect } from 'react';
import type { PrintPageProps } from './print-routes';
import { PRINT_TEXTS } from './texts';

/** Rows of the test table: enough to run onto a second page. */
const TEST_ROWS = 40;

/** `#/print/test`: a Chinese title, a paragraph and a table over two pages, to check printing. */
export default function PrintTestPage({ onReady }: PrintPageProps) {
  useEffect(() => onReady(), [onReady]);
  return (
    <article className="print-document">
      <h1 className="print-title">{PRINT_TEXTS.testTitle}</h1>
      <p className="print-paragraph">{PRINT_TEXTS.testLead}</p>
      <table className="print-table">
        <thead>
          <tr>
            {PRINT_TEXTS.testColumns.map((label) => (
              <th key={label}>{label}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: TEST_ROWS }, (_, i) => (
            <tr key={i}>
              <td className="print-center">{i + 1}</td>
              <td className="print-center">{PRINT_TEXTS.testNames[i % PRINT_TEXTS.testNames.length]}</td>
              <td>{PRINT_TEXTS.testPosts[i % PRINT_TEXTS.testPosts.length]}</td>
              <td className="print-center">{`2024.03.${String((i % 28) + 1).padStart(2, '0')}`}</td>
              <td />
            </tr>
          ))}
        </tbody>
      </table>
      <p className="print-center">{PRINT_TEXTS.testEnd}</p>
    </article>
  );
}

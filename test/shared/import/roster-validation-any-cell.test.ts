import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ROSTER_FIELDS } from '@shared/import/roster-columns';
import { autoMapColumns } from '@shared/import/roster-import';
import { RosterValidation } from '@shared/import/roster-session';
import { TEMPLATE_HEADER, context, templateRow } from '../../fixtures/roster/roster-rows';

const CHINESE = /[\u4e00-\u9fff]/;

/** Whatever a cell of a read sheet can hold, biased towards what broke the validator before. */
const cell = fc.oneof(
  fc.constantFrom(1e308, -1e308, 95_800, 511723198503150000, Number.MAX_SAFE_INTEGER, -1, 0, 0.5, 2.5, 60, 45000, Number.NaN, Infinity, -0),
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom('大'.repeat(32_767), '-'.repeat(32_767), '2024.03'.repeat(4000), '开江县'.repeat(10_000), '\u0000\u200b\ufeff', '＝1+1'),
);

/** The issues and notices of a whole session, after a full pass and after one edit of every kind. */
function run(rows: unknown[][]): string[] {
  const s = new RosterValidation(autoMapColumns(TEMPLATE_HEADER));
  s.addRows(0, [TEMPLATE_HEADER, ...rows]);
  s.setContext(context({ createMissingUnits: true }));
  s.evaluate(s.dataRowNumbers);
  s.finish();
  s.edit({ skip: [2] });
  s.edit({ restore: [2] });
  s.edit({ fields: { rowNumber: 2, values: s.rowFields(2) } });
  const messages = s.preview().rows.flatMap((r) => [...r.errors, ...r.warnings].map((i) => i.message));
  s.plan();
  return [...messages, ...s.meta().notices];
}

describe('the roster validator on any cell (issue 8 items 1 and 3)', () => {
  it('never throws, whatever a cell of any column holds, and every message is Chinese', () => {
    fc.assert(
      fc.property(
        fc.array(fc.dictionary(fc.constantFrom(...ROSTER_FIELDS.map((f) => f.key)), cell, { maxKeys: 6 }), { minLength: 1, maxLength: 3 }),
        (overrides) => {
          const messages = run(overrides.map((o) => templateRow(o)));
          expect(messages.filter((m) => !CHINESE.test(m))).toEqual([]);
        },
      ),
      { numRuns: 60 },
    );
  }, 120_000);
});

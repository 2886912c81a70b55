// The exchange property test (test/main/package/exchange-property.ts) at the scale issue 11 asks
// for: 1,000 random histories of 3–5 PCs, run by CI in the fuzz tier (`npm test` runs 200).
// EVERY package goes through the package codec: every 32nd (about 3 %, some 930 of the about
// 29,800 packages of 1,000 runs) as real .xlsx bytes — main's streaming writer, the app's table
// reader, the decoder — and all the others as the same cells in memory (the encoder's rows
// straight into the decoder); none travels as bare records. Not every package goes through .xlsx
// bytes because main's exceljs writer alone costs 60–130 ms for a package's 26 sheets however few
// records it carries (measured here: write 56 ms, read 29 ms, decode 3 ms on a quiet machine, 2–3×
// that on a loaded one), which for 29,800 packages is close to an hour; the cells path costs about
// 6 ms a package. The cells are exactly what the writer is given and what the reader gives back
// (package-codec.test.ts checks both ways), so what the .xlsx share adds is the file itself.
// GZT_FUZZ_SEED with GZT_FUZZ_PATH replays a printed counterexample.
// GZT_PROPERTY_RUNS and GZT_PROPERTY_XLSX_EVERY change the figures (GZT_PROPERTY_XLSX_EVERY=1:
// every package as .xlsx bytes); the line printed says how many packages went which way.
import { describe, it } from 'vitest';
import { checkExchangeProperty } from '../main/package/exchange-property';

const RUNS = Number(process.env.GZT_PROPERTY_RUNS) || 1000;
const XLSX_EVERY = Number(process.env.GZT_PROPERTY_XLSX_EVERY) || 32;

describe('fuzz tier: the exchange property at 1,000 runs', () => {
  it(`${RUNS} random histories converge, every package through the codec (1 in ${XLSX_EVERY} as .xlsx bytes)`, { timeout: 1_800_000 }, async () => {
    const seed = process.env.GZT_FUZZ_SEED ? Number(process.env.GZT_FUZZ_SEED) : undefined;
    const path = process.env.GZT_FUZZ_PATH;
    await checkExchangeProperty({ runs: RUNS, every: { xlsx: XLSX_EVERY, cells: 1 }, ...(seed !== undefined ? { seed } : {}), ...(path ? { path } : {}) });
  });
});

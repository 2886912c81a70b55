import { describe, it } from 'vitest';
import { checkExchangeProperty } from './exchange-property';

/*
 * The exchange property test (exchange-property.ts) at 200 runs for `npm test`: every 500th
 * package as real .xlsx bytes (main's writer, the app's table reader, the decoder), every 5th of
 * the others as the same cells in memory (encoder and decoder without exceljs), the rest as the
 * records themselves (what the codec is proven to deliver unchanged: package-codec.test.ts). The
 * fuzz tier (test/fuzz/exchange-property.fuzz.ts, run by CI) runs 1,000 with every package through
 * the codec. EXCHANGE_PROPERTY_SCALE=n runs n × 200; EXCHANGE_XLSX_EVERY / EXCHANGE_CELLS_EVERY
 * change the shares.
 */

const SCALE = Math.max(1, Number(process.env.EXCHANGE_PROPERTY_SCALE) || 1);
const RUNS = Number(process.env.EXCHANGE_PROPERTY_RUNS) || 200 * SCALE;
const XLSX_EVERY = Number(process.env.EXCHANGE_XLSX_EVERY) || 500;
const CELLS_EVERY = Number(process.env.EXCHANGE_CELLS_EVERY) || 5;

describe('exchange packages between PCs', () => {
  it(`${RUNS} random histories converge through the codec, scope-filtered and incremental, with nothing lost silently`, async () => {
    await checkExchangeProperty({ runs: RUNS, every: { xlsx: XLSX_EVERY, cells: CELLS_EVERY } });
  }, 600_000 * SCALE);
});

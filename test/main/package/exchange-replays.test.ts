import { describe, it } from 'vitest';
import { checkExchangeProperty } from './exchange-property';

/*
 * Counterexamples the fuzz tier's exchange property found, replayed on every `npm test`.
 *
 * 286081296 (CI on 701bb83, run 609 of 1,000): 组织部 imported a package 组织部二 had written for a
 * township, and confirmed it. 组织部二's next package to 组织部 continued that one but took a package
 * of everything to hold everything already (scope.ts `entered` ignored a township's snapshot), so
 * it left out a cadre and a posting 组织部 never had.
 */
const SEED = 286081296;
const PATH = '608:5:2:4:4:4:9:9:15:14:12:14:14:16:15:13:12:13:14:14:14:11:11:11:11:11:11:14:14:14:14:14:14:15:15:15:15:15:15:15:15:15:15:15:15:15:15:15:16:15:16:16:16:16:16:16:16:16:16:16:16:16:16:16:17:17:17:17:17:17:17:17:17:17:28:28:28:28:28:28:28:28:28:28:28:28:28:28:28:28:28:28:28:28:28:28:28:28:28:28:28:28:28:28:28:28:28:28:28:28:28:28:28:28:28:28:28:28:28:28:28:28:28:28:28:28:28:28:28:28:28:28:28:32:32:32:32:32:32:32:32:32:32:32:32:32:32:32:32:32:32:32:32:32:32:32:32:32:32:32:32:32:32';

describe('exchange: replays of counterexamples the fuzz tier found', () => {
  it('a package of everything continuing one written for a township carries what lay outside it (seed 286081296)', async () => {
    await checkExchangeProperty({ runs: 1, every: { xlsx: 32, cells: 1 }, seed: SEED, path: PATH });
  });
});

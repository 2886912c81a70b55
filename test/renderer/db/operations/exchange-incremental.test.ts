import { describe, expect, it } from 'vitest';
import { createCadre, createPosting, createUnit, exportPackage, importPackage, openPackage, type Receiver } from '../../../../renderer/src/db/operations';
import type { Store } from '../../../../renderer/src/db/store';
import { idCardCheckChar } from '@shared/domain/id-card';
import { cadreInput } from '../../../fixtures/cadres';
import { inProcessReader, packageBridge } from '../package-bridge';
import { newStore } from '../test-store';

const TODAY = '2026-11-21';

/*
 * An incremental package between two 组织部 PCs (issue 11 item 3) through the app's export and
 * import operations, in the history the fuzz tier found (seed 286081296): 组织部 imported a package
 * 组织部二 had written for one township and confirmed it, so 组织部二's next package to 组织部
 * continues that one. It must still carry the other township's posting and cadre, which 组织部 has
 * never had, though they have not changed since.
 */
describe('导出数据包 (增量) after the partner imported a package written for a township', { timeout: 120_000 }, () => {
  it('carries what lay outside that township, and the partner ends up with it', async () => {
    const { bridge } = packageBridge(inProcessReader());
    const send = async (from: Store, receiver: Receiver, to: Store) => {
      let file: { name: string; data: Uint8Array } | undefined;
      const out = await exportPackage(from, { receiver, full: false }, { bridge, download: async (name, data) => void (file = { name, data }) });
      if (!out.saved) throw new Error('not saved');
      await importPackage(to, await openPackage(file!, {}, { bridge }), {}, { bridge });
      return out;
    };
    const second = await newStore(); // 组织部二
    const main = await newStore(); // 组织部
    const bureau = await createUnit(second, { name: '开江县发展和改革局', level: 'county', kind: 'govOrgan', isInCounty: true });
    const postingIn = async (townName: string, first17: string) => {
      const idCardNo = first17 + idCardCheckChar(first17);
      const town = await createUnit(second, { name: townName, level: 'township', kind: 'township', isInCounty: true });
      const cadre = await createCadre(second, { ...cadreInput(bureau.id), idCardNo }, TODAY);
      const { posting } = await createPosting(
        second,
        { cadreId: cadre.id, type: 'secondmentDown', direction: 'down', dispatchingUnitId: bureau.id, originalPost: '科员', receivingUnitId: town.id, secondedPost: '副镇长', startDate: '2026-03-01', termMonths: 24, plannedEndDate: '2028-02-29', status: 'active' },
        TODAY,
      );
      return { town, cadre, posting };
    };
    const jz = await postingIn('讲治镇人民政府', '51372319900101123');
    const cg = await postingIn('城关镇人民政府', '51372319850202123');

    // 组织部二 writes a package for 讲治镇; it reaches 组织部, which imports it and answers with a package of its own.
    const forTown = await send(second, { kind: 'unit', role: 'receiving', unitId: jz.town.id }, main);
    expect(forTown).toMatchObject({ incremental: false });
    expect(await main.db.postings.get(cg.posting.id)).toBeUndefined();
    await send(main, { kind: 'pc', siteId: second.site!.siteId }, second);

    const next = await send(second, { kind: 'pc', siteId: main.site!.siteId }, main);
    expect(next).toMatchObject({ incremental: true });
    expect((await main.db.postings.get(cg.posting.id))?.receivingUnitId).toBe(cg.town.id);
    expect((await main.db.cadres.get(cg.cadre.id))?.idCardNo).toBe(cg.cadre.idCardNo);
    expect(await main.db.units.get(cg.town.id)).toBeDefined();
  });
});

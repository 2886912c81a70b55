import { describe, expect, it } from 'vitest';
import { createCadre, createPosting, createUnit, mergeIncoming, updateCadre } from '../../../renderer/src/db/operations';
import { collectAlerts } from '../../../renderer/src/db/queries/alerts';
import { cadreInput } from '../../fixtures/cadres';
import { exchange } from './exchange';
import { newStore } from './test-store';

const TODAY = '2026-11-21';

describe('per-table hooks (derived local fields)', () => {
  it('derive search keys, the data-quality flag and the posting sort keys on local writes and on merged records alike', async () => {
    const a = await newStore();
    const b = await newStore();
    const bureau = await createUnit(a, { name: '开江县发展和改革局', level: 'county', kind: 'govOrgan', isInCounty: true });
    const town = await createUnit(a, { name: '讲治镇人民政府', level: 'township', kind: 'township', isInCounty: true });
    const c = await createCadre(a, cadreInput(bureau.id, { name: '张三' }), TODAY);
    const { posting } = await createPosting(
      a,
      { cadreId: c.id, type: 'secondmentDown', direction: 'down', dispatchingUnitId: bureau.id, originalPost: '科员', receivingUnitId: town.id, secondedPost: '副镇长', startDate: '2026-03-01', termMonths: 24, plannedEndDate: '2028-02-29', status: 'active' },
      TODAY,
    );
    expect(await a.db.cadres.get(c.id)).toMatchObject({ _py: 'zs', _pinyin: 'zhangsan' });
    expect(await a.db.postings.get(posting.id)).toMatchObject({ _sName: 'zhangsan', _sBirth: '1980-01-01' });

    await exchange(a, b);
    expect(await b.db.cadres.get(c.id)).toMatchObject({ _py: 'zs', _live: 1 });
    expect((await b.db.cadres.get(c.id))?._dq).toBeUndefined();
    expect(await b.db.postings.get(posting.id)).toMatchObject({ _sName: 'zhangsan', _live: 1 });

    await updateCadre(a, c.id, { name: '李四' }, TODAY);
    await exchange(a, b);
    expect(await b.db.postings.get(posting.id)).toMatchObject({ _sName: 'lisi' });

    // A record that arrives with a bad ID number (forms never let one in) is flagged, not refused.
    const row = (await a.db.cadres.get(c.id))!;
    const stamp = '2099-01-01T00:00:00.000Z-0000-fedcba9876543210';
    const damaged = { ...row, idCardNo: '340524198001010013', _clock: { ...row._clock, idCardNo: stamp }, _hlc: stamp };
    await mergeIncoming(b, { tables: { cadres: [damaged] }, seen: {} });
    expect((await b.db.cadres.get(c.id))?._dq).toBe(1);
    expect((await collectAlerts(b.db, TODAY)).map((x) => x.kind)).toContain('dataQuality');
  });
});

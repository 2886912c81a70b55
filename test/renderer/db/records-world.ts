import type { PostingInput } from '@shared/domain/entities/posting';
import { createCadre, createPosting, createUnit } from '../../../renderer/src/db/operations';
import { cadreInput } from '../../fixtures/cadres';
import { newStore } from './test-store';

/** The day the 纪实 tests run on. */
export const TODAY = '2026-05-20';

/**
 * A county for the 纪实手册 tests: 讲治镇 with a village under it, 张三 posted to the town and 李四 to
 * the village as 第一书记 (both since 2026-03-02), 王五 posted elsewhere.
 */
export async function recordsWorld() {
  const store = await newStore();
  const bureau = await createUnit(store, { name: '开江县发展和改革局', shortName: '县发改局', level: 'county', kind: 'govOrgan', isInCounty: true });
  const town = await createUnit(store, { name: '讲治镇人民政府', shortName: '讲治镇', level: 'township', kind: 'township', isInCounty: true });
  const village = await createUnit(store, { name: '讲治镇石岭村', shortName: '石岭村', parentId: town.id, level: 'village', kind: 'village', isInCounty: true });
  const other = await createUnit(store, { name: '普安镇人民政府', shortName: '普安镇', level: 'township', kind: 'township', isInCounty: true });
  const zs = await createCadre(store, cadreInput(bureau.id, { name: '张三', idCardNo: '340524199001010030' }), TODAY);
  const ls = await createCadre(store, cadreInput(bureau.id, { name: '李四', idCardNo: '340524199002020038' }), TODAY);
  const ww = await createCadre(store, cadreInput(bureau.id, { name: '王五', idCardNo: '340524199103030032' }), TODAY);
  const base = (cadreId: string, receivingUnitId: string, over: Partial<PostingInput> = {}): PostingInput => ({
    cadreId,
    type: 'secondmentDown',
    direction: 'down',
    dispatchingUnitId: bureau.id,
    originalPost: '科员',
    receivingUnitId,
    secondedPost: '党委委员、副镇长',
    startDate: '2026-03-02',
    termMonths: 12,
    plannedEndDate: '2027-03-01',
    status: 'active',
    ...over,
  });
  const { posting: p1 } = await createPosting(store, base(zs.id, town.id), TODAY);
  const { posting: p2 } = await createPosting(store, base(ls.id, village.id, { type: 'firstSecretary', secondedPost: '石岭村第一书记', village: '石岭村', teamRole: 'firstSecretary' }), TODAY);
  const { posting: p3 } = await createPosting(store, base(ww.id, other.id), TODAY);
  return { store, bureau, town, village, other, zs, ls, ww, p1, p2, p3 };
}

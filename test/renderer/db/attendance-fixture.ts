import { idCardCheckChar } from '@shared/domain/id-card';
import { createCadre, createPosting, createUnit } from '../../../renderer/src/db/operations';
import type { Store } from '../../../renderer/src/db/store';
import { cadreInput } from '../../fixtures/cadres';

/** `YYYY-MM-DD` the attendance tests count from (November 2026: 21 working days, no holiday). */
export const TODAY = '2026-11-21';

/** A valid ID number for a man born on `birth` (YYYYMMDD) with sequence `seq`. */
export function idNo(birth: string, seq: number): string {
  const first17 = `511723${birth}${String(seq).padStart(3, '0')}`;
  return first17 + idCardCheckChar(first17);
}

/**
 * A small county for the attendance tests: the 发改局 sends 张伟 down to 讲治镇 (since March 2026)
 * and 王芳 into the 石岭村 team of 讲治镇 from 16 November; 任市镇 receives 刘洋.
 */
export async function attendanceCounty(store: Store) {
  const bureau = await createUnit(store, { name: '开江县发展和改革局', level: 'county', kind: 'govOrgan', isInCounty: true });
  const township = await createUnit(store, { name: '讲治镇人民政府', shortName: '讲治镇', level: 'township', kind: 'township', isInCounty: true });
  const other = await createUnit(store, { name: '任市镇人民政府', shortName: '任市镇', level: 'township', kind: 'township', isInCounty: true });
  const person = async (name: string, seq: number) => createCadre(store, cadreInput(bureau.id, { name, idCardNo: idNo('19850315', seq), phone: `1390000${String(seq).padStart(4, '0')}` }), TODAY);
  const base = { direction: 'down', dispatchingUnitId: bureau.id, originalPost: '科员', termMonths: 24, status: 'active' } as const;
  const zhang = await person('张伟', 11);
  const wang = await person('王芳', 22);
  const liu = await person('刘洋', 33);
  const down = (await createPosting(store, { ...base, cadreId: zhang.id, type: 'secondmentDown', receivingUnitId: township.id, secondedPost: '副镇长', startDate: '2026-03-01', plannedEndDate: '2028-02-29' }, TODAY)).posting;
  const village = (
    await createPosting(
      store,
      { ...base, cadreId: wang.id, type: 'villageTeamMember', receivingUnitId: township.id, secondedPost: '驻村工作队员', village: '讲治镇石岭村', teamRole: 'member', startDate: '2026-11-16', plannedEndDate: '2028-11-15' },
      TODAY,
    )
  ).posting;
  const elsewhere = (await createPosting(store, { ...base, cadreId: liu.id, type: 'secondmentDown', receivingUnitId: other.id, secondedPost: '镇长助理', startDate: '2026-01-05', plannedEndDate: '2028-01-04' }, TODAY)).posting;
  return { bureau, township, other, cadres: { zhang, wang, liu }, postings: { down, village, elsewhere } };
}

import { createCadre, createPosting, createUnit } from '../../../renderer/src/db/operations';
import type { Store } from '../../../renderer/src/db/store';
import { cadreInput } from '../../fixtures/cadres';
import { attendanceCounty, idNo, TODAY } from './attendance-fixture';

/** The attendance county plus 陈静, sent by the 发改局 to a city bureau outside the county since 2026-09-01. */
export async function allowanceCounty(store: Store) {
  const base = await attendanceCounty(store);
  const city = await createUnit(store, { name: '达州市发展和改革委员会', level: 'external', kind: 'govOrgan', isInCounty: false });
  const chen = await createCadre(store, cadreInput(base.bureau.id, { name: '陈静', idCardNo: idNo('19880606', 44), phone: '13900000044' }), TODAY);
  const outbound = (
    await createPosting(
      store,
      { cadreId: chen.id, type: 'outbound', direction: 'outbound', dispatchingUnitId: base.bureau.id, originalPost: '科员', receivingUnitId: city.id, secondedPost: '科长助理', startDate: '2026-09-01', plannedEndDate: '2027-08-31', termMonths: 12, status: 'active' },
      TODAY,
    )
  ).posting;
  return { ...base, outbound };
}


import type { PostingInput } from '@shared/domain/entities/posting';
import { idCardCheckChar } from '@shared/domain/id-card';
import { blankWeeklyItems, weeksOfMonth, type WeeklyItems } from '@shared/domain/rules/weekly-score';
import { createPosting, saveWeekSheet } from '../../../renderer/src/db/operations';
import { loadWeekSheet } from '../../../renderer/src/db/queries/weekly-scores';
import { createCadre } from '../../../renderer/src/db/repositories/cadres';
import { createUnit } from '../../../renderer/src/db/repositories/units';
import type { Store } from '../../../renderer/src/db/store';
import { cadreInput } from '../../fixtures/cadres';
import { newStore } from './test-store';

/** A valid 18-digit ID number born on `birth` (YYYYMMDD), odd `seq` for a man, even for a woman. */
export function idNo(birth: string, seq: number): string {
  const first17 = `511723${birth}${String(seq).padStart(3, '0')}`;
  return first17 + idCardCheckChar(first17);
}

/**
 * A small county for the 考核 tests: 讲治镇 (with 石岭村) and 普安镇, a county bureau, five cadres
 * posted to 讲治镇 (one in the village, one arriving in mid-November 2026) and two to 普安镇.
 */
export async function assessmentWorld(today = '2026-11-30'): Promise<{
  store: Store;
  units: { bureau: string; jiangzhi: string; shiling: string; puan: string };
  postings: Record<string, string>;
  cadres: Record<string, string>;
  posting: (cadreId: string, receivingUnitId: string, over?: Partial<PostingInput>) => PostingInput;
}> {
  const store = await newStore();
  const units = await store.write(async (w) => {
    const bureau = await createUnit(w, { name: '开江县发展和改革局', shortName: '县发改局', level: 'county', kind: 'govOrgan', isInCounty: true, sortOrder: 50 });
    const jiangzhi = await createUnit(w, { name: '讲治镇人民政府', shortName: '讲治镇', level: 'township', kind: 'township', isInCounty: true, sortOrder: 2 });
    const shiling = await createUnit(w, { name: '讲治镇石岭村', shortName: '石岭村', level: 'village', kind: 'village', isInCounty: true, parentId: jiangzhi.id, sortOrder: 3 });
    const puan = await createUnit(w, { name: '普安镇人民政府', shortName: '普安镇', level: 'township', kind: 'township', isInCounty: true, sortOrder: 1 });
    return { bureau: bureau.id, jiangzhi: jiangzhi.id, shiling: shiling.id, puan: puan.id };
  });
  const people: [key: string, name: string, birth: string, seq: number][] = [
    ['zhang', '张三', '19880315', 31],
    ['li', '李四', '19900620', 42],
    ['wang', '王五', '19850101', 53],
    ['zhao', '赵六', '19920808', 64],
    ['sun', '孙七', '19870909', 75],
    ['zhou', '周八', '19891111', 86],
    ['wu', '吴九', '19930303', 97],
  ];
  const cadres: Record<string, string> = {};
  await store.write(async (w) => {
    for (const [key, name, birth, seq] of people) {
      cadres[key] = (await createCadre(w, cadreInput(units.bureau, { name, idCardNo: idNo(birth, seq) }), today)).id;
    }
  });
  const posting = (cadreId: string, receivingUnitId: string, over: Partial<PostingInput> = {}): PostingInput => ({
    cadreId,
    type: 'secondmentDown',
    direction: 'down',
    dispatchingUnitId: units.bureau,
    originalPost: '科员',
    receivingUnitId,
    secondedPost: '党委委员、副镇长',
    startDate: '2025-03-01',
    termMonths: 24,
    plannedEndDate: '2027-02-28',
    status: 'active',
    ...over,
  });
  const postings: Record<string, string> = {};
  const place: [key: string, unit: string, over?: Partial<PostingInput>][] = [
    ['zhang', units.jiangzhi],
    ['li', units.jiangzhi],
    ['wang', units.shiling, { type: 'firstSecretary', village: '石岭村', teamRole: 'firstSecretary', secondedPost: '驻村第一书记' }],
    ['zhao', units.jiangzhi],
    ['sun', units.jiangzhi, { startDate: '2026-11-16', plannedEndDate: '2028-11-15' }],
    ['zhou', units.puan],
    ['wu', units.puan],
  ];
  for (const [key, unit, over] of place) postings[key] = (await createPosting(store, posting(cadres[key]!, unit, over), today)).posting.id;
  return { store, units, postings, cadres, posting };
}

/** A week's sheet with deductions: `sheet({ residence: [5, '周三未住村'] })`. */
export function sheet(deductions: Partial<Record<keyof WeeklyItems, [number, string | null]>> = {}): WeeklyItems {
  const items = blankWeeklyItems();
  for (const [key, [deduction, reason]] of Object.entries(deductions) as [keyof WeeklyItems, [number, string | null]][]) items[key] = { ...items[key], deduction, reason };
  return items;
}

/** Scores every week of `month` in a township, each posting (by world key) losing `deduction[key]` points of 履职 a week. */
export async function scoreMonth(world: Awaited<ReturnType<typeof assessmentWorld>>, townshipId: string, month: string, deduction: Record<string, number>): Promise<void> {
  for (const week of weeksOfMonth(month)) {
    const { rows } = await loadWeekSheet(world.store.db, townshipId, week);
    const entries = rows.map((r) => {
      const key = Object.entries(world.postings).find(([, id]) => id === r.postingId)![0];
      return { postingId: r.postingId, items: sheet({ performance: [deduction[key] ?? 0, '工作推进慢'] }) };
    });
    await saveWeekSheet(world.store, townshipId, week, entries, null);
  }
}

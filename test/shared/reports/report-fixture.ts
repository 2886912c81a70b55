// A small county for report tests: two towns (one with a village), two county bodies, two batches.
import type { ReportBatch, ReportCadre, ReportPosting, ReportUnit } from '@shared/reports/report-records';

export const UNITS: ReportUnit[] = [
  { id: 'u-fin', name: '开江县财政局', shortName: '县财政局', level: 'county', sortOrder: 20 },
  { id: 'u-edu', name: '开江县教育局', level: 'county', sortOrder: 21 },
  { id: 'u-cg', name: '城关镇', level: 'township', sortOrder: 1 },
  { id: 'u-jz', name: '讲治镇', level: 'township', sortOrder: 2 },
  { id: 'u-sl', name: '讲治镇石岭村', shortName: '石岭村', level: 'village', parentId: 'u-jz', sortOrder: 3 },
];

export const BATCHES: ReportBatch[] = [
  { id: 'b-2024', name: '第一批（2024年）双向挂职', year: 2024, startDate: '2024-03-01' },
  { id: 'b-2023', name: '2023年驻村工作队', year: 2023, startDate: '2023-03-01' },
];

export function cadre(id: string, over: Partial<ReportCadre>): ReportCadre {
  return { id, name: '某某', sex: '1', birthDate: '1980-01-01', ethnicity: '01', politicalStatus: '01', ...over };
}

export function posting(id: string, over: Partial<ReportPosting>): ReportPosting {
  return {
    id,
    cadreId: `c-${id}`,
    batchId: null,
    type: 'secondmentDown',
    dispatchingUnitId: 'u-edu',
    originalPost: '科员',
    receivingUnitId: 'u-cg',
    secondedPost: '党政办副主任',
    village: null,
    teamRole: null,
    startDate: '2024-03-01',
    plannedEndDate: '2026-02-28',
    actualEndDate: null,
    status: 'active',
    extensions: [],
    ...over,
  };
}

export const mapOf = <T extends { id: string }>(items: readonly T[]): Map<string, T> => new Map(items.map((i) => [i.id, i]));

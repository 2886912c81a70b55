// This PC as reports print it: the county and the unit after 填报单位.
import type { ReadDb } from '../db/database';
import { getLive } from '../db/queries/live';
import type { SiteState } from '../db/store';
import type { ReportSite } from './report-definition';

/** The county name, and the home unit's full name (this PC's label when the unit is gone). */
export async function loadReportSite(db: ReadDb, site: SiteState | undefined): Promise<ReportSite> {
  const home = await getLive(db.units, site?.homeUnitId);
  return { countyName: site?.countyName ?? '', reportingUnit: home?.name ?? site?.label ?? '' };
}

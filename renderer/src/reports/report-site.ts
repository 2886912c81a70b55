// This PC as reports print it: the county and the unit after 填报单位.
import type { GztDatabase } from '../db/database';
import type { SiteState } from '../db/store';
import type { ReportSite } from './report-definition';

/** The county name, and the home unit's full name (this PC's label when the unit is gone). */
export async function loadReportSite(db: GztDatabase, site: SiteState | undefined): Promise<ReportSite> {
  const home = site?.homeUnitId ? await db.units.get(site.homeUnitId) : undefined;
  return { countyName: site?.countyName ?? '', reportingUnit: (home && !home._deleted ? home.name : undefined) ?? site?.label ?? '' };
}

import type { ReadDb, Row } from '../database';
import { live } from './live';

/** The live leave rule sets or subsidy rules (presets and the 组织部's own), for pickers. */
export async function listRuleSets(db: ReadDb, table: 'leaveRuleSets' | 'subsidyRules'): Promise<{ id: string; name: string }[]> {
  return (await live(db.entity(table)).toArray()).map((r) => ({ id: r.id, name: r.name }));
}

/** The live leave rule sets with their tiers, presets P1–P6 first (in order), then the 组织部's own by name. */
export async function listLeaveRuleSets(db: ReadDb): Promise<Row<'leaveRuleSets'>[]> {
  const rows = await live(db.leaveRuleSets).toArray();
  const key = (r: Row<'leaveRuleSets'>) => (r.preset ? `0${r.preset}` : `1${r.name}`);
  return rows.sort((a, b) => key(a).localeCompare(key(b), 'zh-CN'));
}

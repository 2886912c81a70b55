import type { ReadDb } from '../database';
import { live } from './live';

/** The live leave rule sets or subsidy rules (presets and the 组织部's own), for pickers. */
export async function listRuleSets(db: ReadDb, table: 'leaveRuleSets' | 'subsidyRules'): Promise<{ id: string; name: string }[]> {
  return (await live(db.entity(table)).toArray()).map((r) => ({ id: r.id, name: r.name }));
}

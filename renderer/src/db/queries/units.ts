import type { GztDatabase, Row } from '../database';

/** Every live unit (the tree is small: hundreds of units at most). */
export async function listUnits(db: GztDatabase): Promise<Row<'units'>[]> {
  return db.units.filter((u) => !u._deleted).toArray();
}

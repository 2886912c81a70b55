import type { Dexie } from 'dexie';

/**
 * Later schema versions register here, each with its upgrade function, e.g.
 *
 *   db.version(2).stores({ ...STORES_V1, postings: '…new indexes…' }).upgrade(async (tx) => {
 *     await tx.table('postings').toCollection().modify((p) => { … });
 *   });
 *
 * and test/renderer/db/migrations.test.ts gains a case that writes a version-1 database with the
 * raw v1 schema, opens it with the current class and checks every record survived the upgrade.
 */
export function registerMigrations(_db: Dexie): void {
  // Version 1 is the first released schema: nothing to migrate yet.
}

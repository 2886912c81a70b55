/*
 * Named operations: everything a screen can change, one function per thing a clerk does.
 *
 * Layers (ARCHITECTURE §2):
 *   screen (features/**)  →  operation (db/operations/<feature>.ts, takes the Store, owns ONE transaction)
 *                         →  repository (db/repositories/<feature>.ts, takes a Writer, loads data, calls the rules)
 *                         →  rule (shared/domain/rules/*.ts, pure, returns FieldIssues with the one wording)
 *                         →  Writer (db/writer.ts, validates, stamps, stores; the only code that writes)
 * Screens call operations for every write and query helpers (db/queries/*) for what they display;
 * they never call `store.write`/`store.read` or read `store.db` for business logic.
 *
 * HOW TO ADD AN OPERATION
 * 1. Rule: put every check in a pure function in `shared/domain/rules/<topic>.ts` that gets the data
 *    it needs and returns `FieldIssue[]` (Chinese, one wording); test the messages in
 *    `test/shared/domain/rules/<topic>.test.ts`. Pure defaults go there too (see posting-defaults.ts).
 * 2. Repository: in `renderer/src/db/repositories/<feature>.ts`, `async function doIt(w: Writer, …)`
 *    reads through `w.db` with the helpers of `db/queries/live.ts`, calls the rule, throws
 *    `new ValidationError(issues)` when it refuses, and writes with `w.create/update/remove`. It can
 *    be combined with other repository calls inside one transaction (see roster-import.ts).
 * 3. Operation: in `renderer/src/db/operations/<feature>.ts`,
 *    `export function doIt(store: Store, …) { return store.write((w) => repo.doIt(w, …)); }`
 *    (`store.read` for a preview that must not write), with a one-line JSDoc; export it below.
 * 4. Screen: call the operation; show a refusal with `showError` (components/form-errors.ts).
 * 5. Test: `test/renderer/db/<feature>.test.ts` calls the operation on `newStore()` and asserts what
 *    the clerk sees (records, messages); a refused call must leave the database as it was.
 * Operations announce nothing themselves: the Store tells `onChanged` listeners which tables changed.
 */
export * from './allowance';
export * from './attendance';
export * from './backup';
export * from './batches';
export * from './calendar';
export * from './cadres';
export * from './inspections';
export * from './log-entries';
export * from './leave';
export * from './exchange';
export * from './lrmx-import';
export * from './merge';
export * from './postings';
export * from './record-book';
export * from './roster-import';
export * from './sample';
export * from './sample-clear';
export * from './settings';
export * from './spot-checks';
export * from './units';
export * from './weekly-scores';
export * from './talks';
export * from './assessments';
export * from './reserve-pool';
export * from './reset';

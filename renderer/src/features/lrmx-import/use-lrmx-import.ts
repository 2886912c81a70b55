import { useCallback, useEffect, useMemo, useState } from 'react';
import { todayIso } from '@shared/domain/dates';
import type { LrmxPerson } from '@shared/import/lrmx-cadre';
import type { LrmxFileError } from '@shared/import/lrmx-record';
import { planLrmxPerson, type LrmxPlan } from '@shared/import/lrmx-plan';
import { createUnitLookup } from '@shared/import/unit-names';
import { errorText } from '../../app/errors';
import { useStore } from '../../app/store-context';
import { readLrmxFiles } from '../../bridge/read-lrmx';
import type { Row } from '../../db/database';
import { importLrmx, type LrmxImportResult, type LrmxWrite } from '../../db/operations';
import { matchLrmxPersons, type LrmxMatch } from '../../db/queries/lrmx-import';
import { listUnits } from '../../db/queries/units';
import { photoToDataUrl } from '../cadres/photo';
import { T } from './texts';

/** One person read from a file, with what the clerk chose for it. */
export interface LrmxEntry {
  person: LrmxPerson;
  match: LrmxMatch;
  /** The photo cropped and shrunk for the record; null when the file has none. */
  photo: string | null;
  photoError: string | null;
  homeUnitId: string | undefined;
  /** Fields of a cadre on file the clerk keeps (unticked). */
  keep: string[];
  include: boolean;
}

/** Where the import stands. */
export type LrmxPhase =
  | { kind: 'idle' }
  | { kind: 'reading'; done: number; total: number }
  | { kind: 'importing' }
  | { kind: 'done'; result: LrmxImportResult }
  | { kind: 'failed'; message: string };

/**
 * The state of the 任免审批表 import: the files read in main and mapped (readLrmxFiles), each person
 * matched with the cadres on file, its photo cropped, the clerk's choices (home unit, fields kept,
 * persons left out), the plans, and the import in one transaction.
 */
export function useLrmxImport(onImported?: (result: LrmxImportResult) => void) {
  const store = useStore();
  const today = useMemo(() => todayIso(), []);
  const [units, setUnits] = useState<Row<'units'>[]>([]);
  const [entries, setEntries] = useState<LrmxEntry[]>([]);
  const [fileErrors, setFileErrors] = useState<LrmxFileError[]>([]);
  const [phase, setPhase] = useState<LrmxPhase>({ kind: 'idle' });

  // The units are loaded when the dialog opens: the chooser must open without waiting for anything.
  useEffect(() => {
    let live = true;
    void listUnits(store.db).then((u) => live && setUnits(u));
    return () => {
      live = false;
    };
  }, [store]);

  const unitName = useMemo(() => {
    const names = new Map(units.map((u) => [u.id, u.name]));
    return (id: string) => names.get(id) ?? id;
  }, [units]);

  const choose = useCallback(async () => {
    try {
      // No await before the chooser opens (a browser opens it only inside the click's own task).
      const outcome = await readLrmxFiles({
        today,
        title: T.chooserTitle,
        units: createUnitLookup(units),
        onProgress: (done, total) => setPhase({ kind: 'reading', done, total }),
      });
      if (!outcome) return setPhase({ kind: 'idle' });
      const matches = await matchLrmxPersons(store.db, outcome.persons);
      const next: LrmxEntry[] = [];
      for (const [i, person] of outcome.persons.entries()) {
        let photo: string | null = null;
        let photoError: string | null = null;
        if (person.photo) {
          try {
            photo = await photoToDataUrl(new Blob([person.photo.data as BlobPart], { type: person.photo.mime }));
          } catch (e) {
            photoError = errorText(e);
          }
        }
        const match = matches[i]!;
        next.push({ person, match, photo, photoError, homeUnitId: person.currentPost?.unit?.id, keep: [], include: match.kind !== 'ambiguous' && person.errors.length === 0 });
      }
      setEntries(next);
      setFileErrors(outcome.errors);
      setPhase({ kind: 'idle' });
    } catch (e) {
      setPhase({ kind: 'failed', message: errorText(e) });
    }
  }, [store, today, units]);

  const plans: LrmxPlan[] = useMemo(
    () =>
      entries.map((e) =>
        e.match.kind === 'ambiguous'
          ? { action: 'blocked', errors: [{ field: 'name', message: T.ambiguous(e.match.names.join('、')) }] }
          : planLrmxPerson(
              e.person,
              { ...(e.match.kind === 'found' ? { existing: e.match.cadre } : {}), ...(e.homeUnitId ? { homeUnitId: e.homeUnitId } : {}), photo: e.photo, keep: e.keep },
              { today, unitName },
            ),
      ),
    [entries, today, unitName],
  );

  const update = useCallback((index: number, change: Partial<Pick<LrmxEntry, 'homeUnitId' | 'keep' | 'include'>>) => {
    setEntries((all) => all.map((e, i) => (i === index ? { ...e, ...change } : e)));
  }, []);

  const writes: LrmxWrite[] = useMemo(
    () =>
      plans.flatMap((plan, i): LrmxWrite[] => {
        const e = entries[i]!;
        if (!e.include) return [];
        const label = `${e.person.fileName}（${e.person.cadre.name ?? ''}）`;
        if (plan.action === 'create') return [{ label, action: 'create', input: plan.input }];
        if (plan.action === 'update' && Object.keys(plan.patch).length) return [{ label, action: 'update', id: plan.id, patch: plan.patch }];
        return [];
      }),
    [plans, entries],
  );

  const runImport = useCallback(async () => {
    if (writes.length === 0 || phase.kind === 'importing') return;
    setPhase({ kind: 'importing' });
    try {
      const result = await importLrmx(store, writes, today);
      setPhase({ kind: 'done', result });
      onImported?.(result);
    } catch (e) {
      setPhase({ kind: 'failed', message: errorText(e) });
    }
  }, [writes, phase.kind, store, today, onImported]);

  return { units, entries, plans, fileErrors, phase, writes, choose, update, runImport, unitName };
}

/** The import state, as the dialog uses it. */
export type LrmxImportState = ReturnType<typeof useLrmxImport>;

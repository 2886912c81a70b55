import { useCallback, useEffect, useRef, useState } from 'react';
import { errorText } from '../../../app/errors';
import { clearDraft, readDraft, sameDraft, writeDraft, type EntryDraft } from './drafts';

/** Where an entry stands: as stored, being typed, being saved, waiting for its content, or refused. */
export type SaveState = 'saved' | 'editing' | 'saving' | 'waiting' | 'failed';

/** How long typing must pause before the entry is saved. */
const SAVE_DELAY_MS = 600;

/**
 * Autosave of one entry: keystrokes go to a localStorage draft at once and to the database after a
 * short pause (or at once on `flush`, when the clerk leaves the entry). A draft found at start (the
 * page was reloaded before the save) is shown and saved. While the clerk edits, newer stored values
 * do not overwrite the text; once saved, the screen follows the database again. `ready` says
 * whether the text can be saved yet (an entry with a place but no content waits, as a draft).
 */
export function useAutosave(opts: {
  draftKey: string;
  stored: EntryDraft;
  save: (value: EntryDraft) => Promise<unknown>;
  ready?: (value: EntryDraft) => boolean;
}): { value: EntryDraft; change: (patch: Partial<EntryDraft>) => void; flush: () => Promise<void>; state: SaveState; error: string | null } {
  const { draftKey, stored } = opts;
  const [value, setValue] = useState<EntryDraft>(() => readDraft(draftKey) ?? stored);
  const [state, setState] = useState<SaveState>('saved');
  const [error, setError] = useState<string | null>(null);
  const latest = useRef(value);
  const pending = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const saveRef = useRef(opts.save);
  const readyRef = useRef(opts.ready);
  saveRef.current = opts.save;
  readyRef.current = opts.ready;
  const storedRef = useRef(stored);
  storedRef.current = stored;

  const flush = useCallback(async () => {
    clearTimeout(timer.current);
    if (!pending.current) return;
    const snapshot = latest.current;
    if (sameDraft(snapshot, storedRef.current)) {
      pending.current = false;
      clearDraft(draftKey);
      setState('saved');
      return;
    }
    if (readyRef.current && !readyRef.current(snapshot)) {
      setState('waiting');
      return;
    }
    setState('saving');
    try {
      await saveRef.current(snapshot);
      setError(null);
      if (latest.current === snapshot) {
        pending.current = false;
        clearDraft(draftKey);
        setState('saved');
      } else {
        setState('editing');
        timer.current = setTimeout(() => void flushRef.current(), SAVE_DELAY_MS);
      }
    } catch (e) {
      setError(errorText(e));
      setState('failed');
    }
  }, [draftKey]);
  const flushRef = useRef(flush);
  flushRef.current = flush;

  // A draft left by a reload is saved right away.
  useEffect(() => {
    if (!sameDraft(latest.current, storedRef.current)) {
      pending.current = true;
      void flushRef.current();
    }
    return () => {
      clearTimeout(timer.current);
      if (pending.current) void flushRef.current();
    };
  }, []);

  // The database moved on (another screen, another PC's package) and nothing is being edited here.
  useEffect(() => {
    if (pending.current) return;
    latest.current = stored;
    setValue(stored);
  }, [stored]);

  const change = useCallback(
    (patch: Partial<EntryDraft>) => {
      const next = { ...latest.current, ...patch };
      latest.current = next;
      setValue(next);
      writeDraft(draftKey, next);
      pending.current = true;
      setState('editing');
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flushRef.current(), SAVE_DELAY_MS);
    },
    [draftKey],
  );

  return { value, change, flush, state, error };
}

// Drafts of the long forms (cadre, posting, 双向互派), kept in sessionStorage so a reload, a crash of
// the page or a trip to another menu does not throw away what the clerk typed.
//
// Why sessionStorage and not the database's `meta`: a draft is not data yet. It must not be stamped,
// announced to every live query or need the writing lock on each keystroke, and it must not outlive
// the window: sessionStorage survives a reload of the same tab or window (Electron keeps it across
// `reload()`) and is gone when the window is closed, so half-typed ID numbers do not stay on a shared
// PC. The cost: closing the window loses the draft; the discard question covers the ways a form is
// closed inside the app.

/** One form's draft: the values, which record they belong to (none for a new one), and when. */
export interface FormDraft<V> {
  values: V;
  id?: string;
  savedAt: string;
}

const PREFIX = 'gzt.draft.';

function storage(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined;
  }
}

/** The draft kept under `key`, if any (a damaged one is dropped). */
export function readDraft<V>(key: string): FormDraft<V> | undefined {
  const raw = storage()?.getItem(PREFIX + key);
  if (!raw) return undefined;
  try {
    const d = JSON.parse(raw) as FormDraft<V>;
    return d && typeof d === 'object' && d.values && typeof d.values === 'object' ? d : undefined;
  } catch {
    storage()?.removeItem(PREFIX + key);
    return undefined;
  }
}

/** Keeps `values` as the draft under `key` (a full storage is ignored: the form still works). */
export function writeDraft<V>(key: string, values: V, id?: string): void {
  const draft: FormDraft<V> = { values, savedAt: new Date().toISOString(), ...(id ? { id } : {}) };
  try {
    storage()?.setItem(PREFIX + key, JSON.stringify(draft));
  } catch {
    // QuotaExceededError: keep working without a draft.
  }
}

/** Drops the draft under `key` (saved, or discarded by the clerk). */
export function clearDraft(key: string): void {
  storage()?.removeItem(PREFIX + key);
}

/** Drops every draft (reset of this PC). */
export function clearAllDrafts(): void {
  const s = storage();
  if (!s) return;
  for (const k of Object.keys(s)) if (k.startsWith(PREFIX)) s.removeItem(k);
}

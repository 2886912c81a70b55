// Drafts of 纪实 entries in localStorage: every keystroke is written here before the autosave
// reaches the database, so a reload, a crash or a closed window never loses what the clerk typed.
// A draft is removed once the database holds the same text.

/** The fields of one entry as the entry screen edits them. */
export interface EntryDraft {
  content: string;
  location: string;
  outcome: string;
  category: string[];
  title: string;
}

const PREFIX = 'gzt-draft:';

/** An empty entry. */
export const EMPTY_DRAFT: EntryDraft = { content: '', location: '', outcome: '', category: [], title: '' };

/** The draft key of a posting's entry of `kind` filed under `anchor` (a day or a period start). */
export function draftKey(postingId: string, kind: string, anchor: string): string {
  return `${PREFIX}${postingId}|${kind}|${anchor}`;
}

/** The draft kept under `key`, if any (and readable). */
export function readDraft(key: string): EntryDraft | undefined {
  try {
    const text = globalThis.localStorage?.getItem(key);
    if (!text) return undefined;
    const value = JSON.parse(text) as Partial<EntryDraft>;
    return { ...EMPTY_DRAFT, ...value, category: Array.isArray(value.category) ? value.category : [] };
  } catch {
    return undefined;
  }
}

/** Keeps a draft (ignored when the browser refuses storage: the autosave still runs). */
export function writeDraft(key: string, draft: EntryDraft): void {
  try {
    globalThis.localStorage?.setItem(key, JSON.stringify(draft));
  } catch {
    // storage full or disabled
  }
}

/** Removes a draft once it is saved. */
export function clearDraft(key: string): void {
  try {
    globalThis.localStorage?.removeItem(key);
  } catch {
    // storage disabled
  }
}

/** Whether two versions of an entry say the same (surrounding spaces aside). */
export function sameDraft(a: EntryDraft, b: EntryDraft): boolean {
  return (
    a.content.trim() === b.content.trim() &&
    a.location.trim() === b.location.trim() &&
    a.outcome.trim() === b.outcome.trim() &&
    a.title.trim() === b.title.trim() &&
    [...a.category].sort().join() === [...b.category].sort().join()
  );
}

/** An entry as stored, in the shape the screen edits. */
export function draftOf(entry: { content: string; location?: string | null; outcome?: string | null; category?: readonly string[]; title?: string | null } | undefined): EntryDraft {
  if (!entry) return EMPTY_DRAFT;
  return { content: entry.content, location: entry.location ?? '', outcome: entry.outcome ?? '', category: [...(entry.category ?? [])], title: entry.title ?? '' };
}

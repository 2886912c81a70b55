// Leftovers of the desktop app's exports (issue 8 item 9). An export writes `<chosen>.xlsx.part`
// next to where the clerk saves it (workbook-writer.ts) and renames it when done; killed midway,
// the `.part` stays in the clerk's folder. Each chosen path is written to a small journal in the
// app's data folder before the export starts; at the next start the `.part` files the journal
// names are removed — only those, and only if they still exist — and the journal is emptied.
import { readFile, unlink, writeFile } from 'node:fs/promises';

/** What the export writer leaves while it writes `path` (the writer's naming). */
export function partFileOf(path: string): string {
  return `${path}.part`;
}

/** The journal of exports started in this session. */
export interface ExportJournal {
  /** Notes that an export is about to write `path` (its `.part` file is what may be left). */
  record(path: string): Promise<void>;
}

/** The paths in the journal file (an empty list for a missing or unreadable one). */
async function readJournal(file: string): Promise<string[]> {
  try {
    const parsed: unknown = JSON.parse(await readFile(file, 'utf8'));
    return Array.isArray(parsed) ? parsed.filter((entry): entry is string => typeof entry === 'string') : [];
  } catch {
    return [];
  }
}

/**
 * Opens the journal at `file`: removes the `.part` files left by the exports of earlier sessions,
 * empties it, and returns it with the files removed.
 */
export async function openExportJournal(file: string): Promise<{ journal: ExportJournal; removed: string[] }> {
  const removed: string[] = [];
  for (const path of await readJournal(file)) {
    const part = partFileOf(path);
    try {
      await unlink(part);
      removed.push(part);
    } catch {
      // Finished (renamed), aborted (removed) or moved away: nothing to do.
    }
  }
  const paths: string[] = [];
  let writing = writeFile(file, '[]').catch(() => undefined);
  return {
    removed,
    journal: {
      async record(path) {
        paths.push(path);
        // One write at a time, each with the whole list.
        writing = writing.then(() => writeFile(file, JSON.stringify(paths)).catch(() => undefined));
        await writing;
      },
    },
  };
}

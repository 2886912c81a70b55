// Reads many 任免审批表 files in one call (issue 9, item 7): .lrmx, .lrm with its optional .pic.
// Every file is read on its own: one bad file gives one Chinese message and never stops the others.
import { LRMX_MAX_WARNINGS, lrmPairKey, type LrmxFileError, type LrmxRecord, type ReadLrmxResult } from '@shared/import/lrmx-record';
import type { ErrorLog } from '../dispatch';
import { decodeText } from './decode-text';
import { parseLrm } from './parse-lrm';
import { parseLrmx, type ParsedPerson } from './parse-lrmx';
import { LrmxReadError } from './read-error';
import { LRMX_TEXTS } from './texts';

/** Largest file read (8 MiB): a form with a 2 MB photo is under 3 MB; a normal one under 200 KB. */
export const LRMX_MAX_FILE_BYTES = 8 * 1024 * 1024;
/** Time one call may spend before the remaining files are left for another call. */
export const LRMX_TIME_BUDGET_MS = 60_000;

/** A file as it crosses the bridge. */
export interface LrmxInputFile {
  name: string;
  data: Uint8Array;
}

/** What readLrmxFiles needs besides the files (tests replace the clock and the log). */
export interface ReadLrmxOptions {
  /** Milliseconds clock; default performance.now. */
  now?: () => number;
  timeBudgetMs?: number;
  log?: ErrorLog;
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
}

/** One file → one person, whatever its extension claims: XML content is read as LRMX, quoted fields as LRM. */
function readOne(file: LrmxInputFile, pic: Uint8Array | null): LrmxRecord {
  const { name, data } = file;
  if (data.byteLength > LRMX_MAX_FILE_BYTES) throw new LrmxReadError(LRMX_TEXTS.tooLarge(name, data.byteLength, LRMX_MAX_FILE_BYTES));
  if (data.byteLength === 0) throw new LrmxReadError(LRMX_TEXTS.empty(name));
  if (ZIP_MAGIC.every((b, i) => data[i] === b)) throw new LrmxReadError(LRMX_TEXTS.zip(name));
  const decoded = decodeText(data);
  const text = decoded.text.trimStart();
  if (text === '') throw new LrmxReadError(LRMX_TEXTS.empty(name));
  let person: ParsedPerson;
  let format: LrmxRecord['format'];
  if (text.startsWith('<')) {
    person = parseLrmx(text, name);
    format = 'lrmx';
  } else if (extensionOf(name) === 'lrm') {
    person = parseLrm(text, name, pic);
    format = 'lrm';
  } else {
    throw new LrmxReadError(LRMX_TEXTS.notXml(name));
  }
  if (decoded.lossy) person.warnings.unshift(LRMX_TEXTS.lossyText);
  return { fileName: name, format, ...person, warnings: [...new Set(person.warnings)].slice(0, LRMX_MAX_WARNINGS) };
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Reads the 任免审批表 files the clerk picked: `.lrmx` (also `.xml`), `.lrm` with the `.pic` of the
 * same base name when one was picked too. Persons come back in the order of the files; every file
 * that cannot be read gets an error naming it (too large, empty, a zip, not XML, damaged or
 * truncated, entity declarations, wrong root element, a `.pic` without its `.lrm`, another file
 * type, time budget used up). Never throws for a bad file. Yields to the event loop between files.
 */
export async function readLrmxFiles(files: readonly LrmxInputFile[], opts: ReadLrmxOptions = {}): Promise<ReadLrmxResult> {
  const now = opts.now ?? (() => performance.now());
  const budget = opts.timeBudgetMs ?? LRMX_TIME_BUDGET_MS;
  const log = opts.log ?? ((message, detail) => console.error(`[挂职通] ${message}`, detail));
  const lrmBases = new Set(files.filter((f) => extensionOf(f.name) === 'lrm').map((f) => lrmPairKey(f.name)));
  const pics = new Map(files.filter((f) => extensionOf(f.name) === 'pic').map((f) => [lrmPairKey(f.name), f.data]));
  const records: LrmxRecord[] = [];
  const errors: LrmxFileError[] = [];
  const started = now();
  for (const file of files) {
    const ext = extensionOf(file.name);
    if (ext === 'pic') {
      if (!lrmBases.has(lrmPairKey(file.name))) errors.push({ fileName: file.name, message: LRMX_TEXTS.orphanPic(file.name) });
      continue;
    }
    if (ext !== 'lrmx' && ext !== 'lrm' && ext !== 'xml') {
      errors.push({ fileName: file.name, message: LRMX_TEXTS.unsupported(file.name) });
      continue;
    }
    if (now() - started > budget) {
      errors.push({ fileName: file.name, message: LRMX_TEXTS.timeBudget(file.name, Math.round(budget / 1000)) });
      continue;
    }
    try {
      records.push(readOne(file, ext === 'lrm' ? (pics.get(lrmPairKey(file.name)) ?? null) : null));
    } catch (err) {
      if (err instanceof LrmxReadError) errors.push({ fileName: file.name, message: err.message });
      else {
        log(`读取任免审批表“${file.name}”失败`, err);
        errors.push({ fileName: file.name, message: LRMX_TEXTS.internal(file.name) });
      }
    }
    await yieldToEventLoop();
  }
  return { records, errors };
}

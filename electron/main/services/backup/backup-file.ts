// The backup file (issue 11 item 6): gzip-compressed JSON lines — a header line (format, version,
// site, reason, rows per table), one `{"t": table, "r": row}` line per row of every table (synced
// records with their clocks and local fields, meta, conflicts, logs: the database exactly), and an
// end line with the SHA-256 of every line before it. Written as a stream into `<name>.part` and
// renamed when complete (workbook-output.ts), so a failed backup never looks like a good one.
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { createGunzip, createGzip } from 'node:zlib';
import { BackupHeaderSchema, type BackupHeader } from '@shared/ipc/backup-schemas';
import { BridgeException } from '@shared/ipc/errors';
import { openOutput } from '../excel/workbook-output';
import { backupRefused } from '../package/messages';

/** `format` of every backup file. */
export const BACKUP_FORMAT = 'guazhitong-backup';
export const BACKUP_FORMAT_VERSION = 1;
/** Extension of backup files. */
export const BACKUP_EXTENSION = '.gztbak';

/** A backup being written. */
export interface BackupWriteJob {
  append(table: string, rows: readonly object[]): Promise<void>;
  /** Completes the file under its name. */
  finish(): Promise<void>;
  abort(): Promise<void>;
  readonly written: number;
}

/** Starts writing a backup of `header` to `path` (through `<path>.part`). */
export async function createBackupWriter(header: BackupHeader, path: string): Promise<BackupWriteJob> {
  const output = await openOutput({ kind: 'file', path });
  const gzip = createGzip({ level: 6 });
  gzip.pipe(output.stream);
  const hash = createHash('sha256');
  const counts = new Map<string, number>();
  let written = 0;
  let state: 'open' | 'done' | 'aborted' = 'open';
  const write = async (value: unknown) => {
    const line = `${JSON.stringify(value)}\n`;
    hash.update(line);
    if (!gzip.write(line)) await new Promise<void>((done) => gzip.once('drain', done));
    const err = output.error();
    if (err) throw err;
  };
  await write({ format: BACKUP_FORMAT, formatVersion: BACKUP_FORMAT_VERSION, ...header });
  return {
    get written() {
      return written;
    },
    async append(table, rows) {
      for (const r of rows) await write({ t: table, r });
      counts.set(table, (counts.get(table) ?? 0) + rows.length);
      written += rows.length;
    },
    async finish() {
      for (const [table, { count }] of Object.entries(header.counts)) {
        if ((counts.get(table) ?? 0) !== count) throw backupRefused(`“${table}”应备份 ${count} 行，实际收到 ${counts.get(table) ?? 0} 行`);
      }
      const end = `${JSON.stringify({ end: true, sha256: hash.digest('hex') })}\n`;
      gzip.end(end);
      await Promise.race([new Promise<void>((done) => output.stream.once('finish', done)), output.failed]);
      await output.complete();
      state = 'done';
    },
    async abort() {
      if (state !== 'open') return;
      state = 'aborted';
      gzip.destroy();
      await output.discard();
    },
  };
}

/** The lines of a gzip'd text (bytes, or a stream of them), one at a time, without holding the whole text. */
async function* lines(source: Uint8Array | Readable): AsyncGenerator<string> {
  let rest = '';
  const input = source instanceof Uint8Array ? Readable.from([Buffer.from(source.buffer, source.byteOffset, source.byteLength)]) : source;
  const gunzip = input.pipe(createGunzip());
  gunzip.setEncoding('utf8');
  for await (const chunk of gunzip as AsyncIterable<string>) {
    rest += chunk;
    let at: number;
    while ((at = rest.indexOf('\n')) >= 0) {
      yield rest.slice(0, at + 1);
      rest = rest.slice(at + 1);
    }
  }
  if (rest) yield rest;
}

/** The header line of a backup file, checked (for the list: only the start of the file is unpacked). */
export async function readBackupHeader(source: Uint8Array | Readable): Promise<BackupHeader> {
  try {
    for await (const line of lines(source)) return parseHeader(line);
  } catch (err) {
    if (err instanceof BridgeException) throw err;
    throw backupRefused('文件已损坏（无法解压）');
  } finally {
    if (source instanceof Readable) source.destroy();
  }
  throw backupRefused('文件是空的');
}

function parseHeader(line: string): BackupHeader {
  let raw: Record<string, unknown>;
  try {
    raw = JSON.parse(line) as Record<string, unknown>;
  } catch {
    throw backupRefused('这不是挂职通的备份文件');
  }
  if (raw?.format !== BACKUP_FORMAT) throw backupRefused('这不是挂职通的备份文件');
  if (typeof raw.formatVersion !== 'number' || raw.formatVersion > BACKUP_FORMAT_VERSION) throw backupRefused('备份由更新版本的挂职通生成，请先升级挂职通');
  const { format: _f, formatVersion: _v, ...header } = raw;
  const checked = BackupHeaderSchema.safeParse(header);
  if (!checked.success) throw backupRefused('备份文件的说明部分已损坏');
  return checked.data;
}

/** A backup read and checked: its header and every table's rows. */
export interface ReadBackup {
  header: BackupHeader;
  tables: Record<string, object[]>;
}

/**
 * Reads a whole backup and checks it: the format, the checksum over every line, the rows per
 * table against the header. Refuses (BridgeException `backup-refused`) anything else; `schemaVersion`
 * is this build's: a backup of a newer database cannot be restored here.
 */
export async function readBackup(bytes: Uint8Array, schemaVersion: number): Promise<ReadBackup> {
  const hash = createHash('sha256');
  const tables: Record<string, object[]> = {};
  let header: BackupHeader | undefined;
  let ended = false;
  try {
    for await (const line of lines(bytes)) {
      if (ended) throw backupRefused('文件在结束标记之后还有内容');
      if (!header) {
        header = parseHeader(line);
        if (header.schemaVersion > schemaVersion) throw backupRefused('备份由更新版本的挂职通生成，请先升级挂职通');
        hash.update(line);
        continue;
      }
      const entry = JSON.parse(line) as { t?: unknown; r?: unknown; end?: unknown; sha256?: unknown };
      if (entry.end === true) {
        if (entry.sha256 !== hash.digest('hex')) throw backupRefused('内容与校验值不符（文件被修改过或已损坏）');
        ended = true;
        continue;
      }
      if (typeof entry.t !== 'string' || !entry.r || typeof entry.r !== 'object') throw backupRefused('文件已损坏');
      hash.update(line);
      (tables[entry.t] ??= []).push(entry.r);
    }
  } catch (err) {
    if (err instanceof BridgeException) throw err;
    throw backupRefused('文件已损坏（无法解压或读取）');
  }
  if (!header) throw backupRefused('文件是空的');
  if (!ended) throw backupRefused('文件不完整（可能复制时中断了）');
  for (const [table, { count }] of Object.entries(header.counts)) {
    if ((tables[table]?.length ?? 0) !== count) throw backupRefused(`“${table}”的行数与说明不符`);
  }
  for (const table of Object.keys(tables)) if (!(table in header.counts)) throw backupRefused(`有说明中没有的数据“${table.slice(0, 40)}”`);
  return { header, tables };
}

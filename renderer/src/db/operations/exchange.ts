// 数据交换 (issue 11): export a package for a receiving party, open a package another PC wrote,
// preview what importing it would do, and import it — an automatic backup first, then the merge in
// ONE transaction. The pure parts (what a package carries, whether one may be imported, the merge)
// are in shared/sync; main writes and reads the .xlsx; this file joins them to the database.
import { proxy } from 'comlink';
import { labelOf } from '@shared/domain/codes/lookup';
import { SITE_ROLE } from '@shared/domain/enums';
import { ENTITY_TABLES, TABLE_NAMES, type TableName } from '@shared/domain/tables';
import type { Bridge, ReadProgress } from '@shared/ipc/contract';
import { toBridgeException } from '@shared/ipc/errors';
import type { PackageSummary } from '@shared/ipc/package-schemas';
import { fetchHeld } from '../../bridge/fetch-held';
import { checkIncoming, type IncomingRefusal } from '@shared/sync/exchange/incoming';
import type { OutgoingBase, OutgoingTarget } from '@shared/sync/exchange/outgoing';
import { parseHlc } from '@shared/sync/hlc';
import type { ConflictEntry, MergeStats } from '@shared/sync/merge';
import type { PackageHeader, PackageRef } from '@shared/sync/package/manifest';
import type { WireRecord } from '@shared/sync/package/records';
import { scopeCarries, type PackageScope } from '@shared/sync/scope';
import { getBridge } from '../../bridge/get-bridge';
import { watchRead } from '../../bridge/watch-read';
import { downloadFile } from '../../bridge/web-bridge';
import { DATA_VERSION, type ExportLogRow, type ReadDb } from '../database';
import { AppError } from '../errors';
import { exportedPackage, importedPackages, lastImported, listPartners, type Partner } from '../queries/exchange';
import { createPackageRowsClient, preparePackageRows, type PackageRowsClient } from '../../workers/package-rows-client';
import type { PackageChunk, ReadStart } from '../../workers/package-rows-service';
import { recordTitles } from '../queries/record-titles';
import { incomingSize, mergeChunks, mergeIncoming } from '../repositories/merge';
import type { SiteState, Store } from '../store';
import { backUp } from './backup';

/** What the bridge-facing steps need (tests pass their own). */
export interface ExchangeDeps {
  bridge?: Bridge;
  /** Hands a finished package's bytes to the browser (web host); default: a download. */
  download?: (fileName: string, data: Uint8Array) => Promise<unknown>;
}

/** Progress of a long step: `done` of `total` (records). */
export type Progress = (done: number, total: number) => void;

// ---- Export ------------------------------------------------------------------------------------

/** Whom a package is for. */
export type Receiver =
  /** a PC that has sent packages here (its role and unit decide the scope; incremental packages possible) */
  | { kind: 'pc'; siteId: string }
  /** a township / receiving unit, or a 派出单位, chosen from the unit tree */
  | { kind: 'unit'; role: 'receiving' | 'dispatching'; unitId: string; siteId?: string }
  /** another 组织部 PC (everything, 谈话记录 included) */
  | { kind: 'orgDept'; siteId?: string }
  /** the whole county, without 谈话记录 */
  | { kind: 'all' };

/** The Chinese wording of export results and refusals. */
export const EXPORT_TEXT = {
  noScopeUnit: '请选择接收单位。',
  unknownPartner: '找不到这台电脑的交换记录，请重新选择接收方。',
  allRole: '只有组织部的电脑可以导出全县数据。',
} as const;

/** What a package for `receiver` may carry, from this PC. A township or 派出单位 PC always sends its own scope. */
export function receiverScope(site: SiteState, receiver: Receiver, partners: readonly Partner[]): PackageScope {
  if (site.role !== 'orgDept') return { kind: site.role === 'dispatching' ? 'dispatching' : 'receiving', unitId: site.homeUnitId };
  switch (receiver.kind) {
    case 'all':
      return { kind: 'all', restricted: false };
    case 'orgDept':
      return { kind: 'all', restricted: true };
    case 'unit':
      if (!receiver.unitId) throw new AppError(EXPORT_TEXT.noScopeUnit);
      return { kind: receiver.role, unitId: receiver.unitId };
    case 'pc': {
      const partner = partners.find((p) => p.siteId === receiver.siteId);
      if (!partner) throw new AppError(EXPORT_TEXT.unknownPartner);
      if (partner.role === 'orgDept') return { kind: 'all', restricted: true };
      if (!partner.unitId) throw new AppError(EXPORT_TEXT.noScopeUnit);
      return { kind: partner.role === 'dispatching' ? 'dispatching' : 'receiving', unitId: partner.unitId };
    }
  }
}

/** `package:rows` calls under way at once: main writes one chunk while the next ones are prepared and sent. */
const CHUNKS_IN_FLIGHT = 3;

/**
 * Sends the chunks the export worker makes to package job `jobId`, keeping up to
 * CHUNKS_IN_FLIGHT calls under way (each numbered, so main writes them in order): the worker
 * waits for room, so it never runs far ahead of main.
 */
class PackageSender {
  private readonly inFlight: Promise<number>[] = [];
  private seq = 0;
  private done = 0;

  constructor(
    private readonly bridge: Bridge,
    private readonly jobId: string,
    private readonly onSent: (records: number) => void,
  ) {}

  /** Sends one chunk; resolves once there is room for the next. */
  async send(chunk: PackageChunk): Promise<void> {
    if (this.inFlight.length >= CHUNKS_IN_FLIGHT) await this.settleOldest();
    const sent = this.bridge.appendPackageRows({ jobId: this.jobId, table: chunk.table, seq: this.seq++, rows: chunk.rows }).then(() => chunk.records);
    // a failure is met where the call is awaited (settleOldest, settle), not reported as unhandled before
    sent.catch(() => undefined);
    this.inFlight.push(sent);
  }

  /** Waits for every call. */
  async end(): Promise<void> {
    while (this.inFlight.length > 0) await this.settleOldest();
  }

  /** After a failure: waits for the calls still under way. */
  async settle(): Promise<void> {
    await Promise.allSettled(this.inFlight);
  }

  private async settleOldest(): Promise<void> {
    this.done += await this.inFlight.shift()!;
    this.onSent(this.done);
  }
}

/** `yyyyMMdd-HHmm` of a time, for file names. */
function stampOfName(iso: string): string {
  const d = new Date(iso);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}${p(d.getMonth() + 1)}${p(d.getDate())}-${p(d.getHours())}${p(d.getMinutes())}`;
}

/** A file name without the characters Windows forbids, within the bridge's 120 characters. */
function safeName(name: string): string {
  return name.replace(/[\\/:*?"<>|\s]+/g, '').slice(0, 110);
}

/** What an export did. */
export type ExportOutcome =
  | { saved: false }
  | { saved: true; fileName: string; packageId: string; counts: Record<string, number>; total: number; incremental: boolean; sampleSkipped: number };

/** The label of a receiver as the package and the log show it. */
async function receiverLabel(db: ReadDb, receiver: Receiver, partners: readonly Partner[], scope: PackageScope): Promise<string> {
  if (receiver.kind === 'pc') return partners.find((p) => p.siteId === receiver.siteId)?.label ?? '';
  if (receiver.kind === 'orgDept') return '其他组织部电脑';
  if (receiver.kind === 'all') return '全部（全县数据）';
  if (scope.kind === 'all') return '全部';
  const unit = await db.units.get(scope.unitId);
  return `${unit?.name ?? '接收单位'}（${scope.kind === 'receiving' ? '接收单位' : '派出单位'}）`;
}

/** An export worker for `store`, started and connected ahead of 导出数据包 (the export tab keeps one ready). */
export function prepareExport(store: Store): PackageRowsClient {
  return preparePackageRows(store.db.backendDB(), store.db.name);
}

/**
 * 导出数据包: reads this PC's records, picks what the receiver gets (its scope; only what it may
 * not have yet, unless `full` or there is nothing to continue), has main write the .xlsx (Electron:
 * where the clerk saves it; web host: a download) and logs the export. `{ saved: false }` when the
 * clerk cancels the save dialog. A failure leaves no file and no log entry. `rows`: a worker
 * prepared beforehand (preparePackageRows), ended with the export like one started here.
 */
export async function exportPackage(
  store: Store,
  opts: { receiver: Receiver; full: boolean; by?: string; onProgress?: Progress; rows?: PackageRowsClient },
  deps: ExchangeDeps = {},
): Promise<ExportOutcome> {
  const site = store.site;
  if (!site) throw new AppError('本机尚未设置。');
  if (opts.receiver.kind === 'all' && site.role !== 'orgDept') throw new AppError(EXPORT_TEXT.allRole);
  const bridge = deps.bridge ?? getBridge();
  // The worker starts reading at once: the database delivers the tables while the rest is asked.
  const rows = opts.rows ?? createPackageRowsClient(store.db.backendDB());
  try {
    const read = rows.service.start(store.db.name);
    read.catch(() => undefined);
    return await exportWith(store, site, opts, bridge, deps, rows, read);
  } finally {
    rows.dispose();
  }
}

async function exportWith(
  store: Store,
  site: SiteState,
  opts: { receiver: Receiver; full: boolean; by?: string; onProgress?: Progress },
  bridge: Bridge,
  deps: ExchangeDeps,
  rows: PackageRowsClient,
  reading: Promise<ReadStart>,
): Promise<ExportOutcome> {
  const partners = await listPartners(store.db);
  const received = await lastImported(store.db);
  const scope = receiverScope(site, opts.receiver, partners);
  const partnerId = opts.receiver.kind === 'all' ? undefined : opts.receiver.siteId;
  const partner = partnerId ? partners.find((p) => p.siteId === partnerId) : undefined;
  const baseRow = !opts.full && partner?.ack ? await exportedPackage(store.db, partner.ack.packageId) : undefined;
  const base: OutgoingBase | null = baseRow ? { packageId: baseRow.id, created: baseRow.createdAt, fileName: baseRow.fileName, seq: baseRow.seq, scope: baseRow.scope, snapshot: baseRow.snapshot } : null;
  const target: OutgoingTarget = {
    scope,
    base,
    ...(partner ? { partner: { siteId: partner.siteId, ...(partner.clock ? { clock: partner.clock } : {}) } } : {}),
    ...(site.role !== 'orgDept' ? { ownSite: site.siteId } : {}),
  };
  const created = new Date().toISOString();
  const label = await receiverLabel(store.db, opts.receiver, partners, scope);
  const homeUnit = await store.db.units.get(site.homeUnitId);
  const appVersion = (await bridge.appInfo()).version;
  const read = await reading;
  const header: PackageHeader = {
    packageId: crypto.randomUUID(),
    created,
    schemaVersion: DATA_VERSION,
    appVersion,
    source: { siteId: site.siteId, label: site.label, role: site.role, countyName: site.countyName, unitId: site.homeUnitId, unitName: homeUnit?.name ?? site.label },
    target: { label, ...(partnerId ? { siteId: partnerId } : {}), scope },
    base: base ? { packageId: base.packageId, created: base.created, ...(base.fileName ? { fileName: base.fileName } : {}) } : null,
    received,
    ...(read.clock ? { clock: read.clock } : {}),
    sampleSkipped: 0,
  };
  const suggestedName = `${safeName(`挂职通数据包_${site.label}_至${label.replace(/（.*）/, '')}_${stampOfName(created)}${base ? '_增量' : ''}`)}.xlsx`;
  const begun = await bridge.beginPackage({ suggestedName, header });
  if (begun === null) return { saved: false };
  const { jobId } = begun;
  const { total } = read;
  opts.onProgress?.(0, total);
  let skipped = 0;
  const sender = new PackageSender(bridge, jobId, (n) => opts.onProgress?.(n + skipped, total));
  try {
    const produced = await rows.service.produce(
      target,
      { target: header.target },
      proxy((chunk: PackageChunk) => sender.send(chunk)),
      proxy((n: number) => void (skipped += n)),
    );
    await sender.end();
    const { counts, seen, sampleSkipped } = produced;
    const finished = await bridge.finishPackage({ jobId, seen, counts, sampleSkipped });
    if (finished.data) {
      const download = deps.download ?? ((fileName: string, bytes: Uint8Array) => downloadFile({ suggestedName: fileName, filters: [{ name: '挂职通数据包', extensions: ['xlsx'] }], data: bytes }));
      await download(finished.fileName, finished.data);
    }
    const row: ExportLogRow = {
      id: header.packageId,
      createdAt: created,
      fileName: finished.fileName,
      ...(partnerId ? { partnerSiteId: partnerId } : {}),
      partnerLabel: label,
      scope,
      base: header.base,
      counts,
      seq: read.seq,
      snapshot: produced.snapshot,
      ...(opts.by ? { by: opts.by } : {}),
    };
    await store.write((w) => w.logExport(row));
    const sent = Object.values(counts).reduce((a, b) => a + b, 0);
    return { saved: true, fileName: finished.fileName, packageId: header.packageId, counts, total: sent, incremental: !!base, sampleSkipped };
  } catch (err) {
    await sender.settle();
    await bridge.abortPackage({ jobId }).catch(() => undefined);
    throw toBridgeException(err);
  }
}

// ---- Import ------------------------------------------------------------------------------------

/** A package read and checked by main, its records fetched. */
export interface OpenedPackage {
  fileName: string;
  summary: Omit<PackageSummary, 'handle'>;
  tables: Partial<Record<TableName, WireRecord[]>>;
}

/**
 * Has main read and check a package file the clerk picked (in a worker; a refusal rejects with
 * its Chinese message; `onReadProgress` hears how far the worker has got while it reads), then
 * fetches its records in chunks (`onProgress`) and lets main drop them.
 */
export async function openPackage(
  file: { name: string; data: Uint8Array },
  opts: { onProgress?: Progress; onReadProgress?: (progress: ReadProgress) => void; readId?: string } = {},
  deps: ExchangeDeps = {},
): Promise<OpenedPackage> {
  const bridge = deps.bridge ?? getBridge();
  const readId = opts.readId ?? (opts.onReadProgress ? crypto.randomUUID() : undefined);
  const unwatch = readId && opts.onReadProgress ? watchRead(bridge, readId, opts.onReadProgress) : undefined;
  let read: PackageSummary;
  try {
    read = await bridge.readPackage({ data: file.data, name: file.name, schemaVersion: DATA_VERSION, ...(readId ? { readId } : {}) });
  } finally {
    unwatch?.();
  }
  const { handle, ...summary } = read;
  try {
    const tables: OpenedPackage['tables'] = {};
    const total = Object.values(summary.counts).reduce((a, b) => a + b, 0);
    let done = 0;
    for (const [t, count] of Object.entries(summary.counts)) {
      const rows: WireRecord[] = [];
      await fetchHeld(bridge, handle, t, count, (page) => {
        for (const r of page) rows.push(r as unknown as WireRecord);
        done += page.length;
        opts.onProgress?.(done, total);
      });
      tables[t as TableName] = rows;
    }
    return { fileName: file.name, summary, tables };
  } finally {
    await bridge.releaseHeld({ handle }).catch(() => undefined);
  }
}

/** One conflict an import would raise, as the preview shows it. */
export interface ConflictPreview {
  entry: ConflictEntry;
  tableLabel: string;
  title: string;
  /** whether this PC's value is the one kept */
  localKept: boolean;
}

/** What importing a package would do. */
export interface ImportPreview {
  /** set when the package is not to be imported (the message says why) */
  refusal?: IncomingRefusal;
  source: { label: string; role: string; countyName: string };
  created: string;
  targetLabel: string;
  /** the package was addressed to another PC */
  otherTarget?: string;
  base: PackageRef | null;
  tables: { table: TableName; label: string; stats: MergeStats }[];
  conflicts: ConflictPreview[];
  conflictCount: number;
  /** how far the package's latest stamp is ahead of this PC's time (ms; 0 when not ahead) */
  driftMs: number;
  /** the unit this PC's home unit becomes (a township's first package from the 组织部) */
  homeUnit?: { id: string; name: string };
}

/** Conflicts listed in the preview (the rest are counted). */
const PREVIEW_CONFLICTS = 200;

/** The unit a package addressed to this PC's role names, when it is not this PC's home unit yet. */
async function homeUnitSwitch(db: ReadDb, site: SiteState, pkg: OpenedPackage): Promise<{ id: string; name: string } | undefined> {
  const scope = pkg.summary.manifest.target.scope;
  if (site.role === 'orgDept' || scope.kind === 'all' || scope.kind !== site.role || scope.unitId === site.homeUnitId) return undefined;
  const unit = pkg.tables.units?.find((u) => u.id === scope.unitId) ?? (await db.units.get(scope.unitId));
  return unit ? { id: scope.unitId, name: String(unit.name) } : undefined;
}

/** 导入数据包, step 1: what importing would do (reads only; nothing changes). */
export async function previewImport(store: Store, pkg: OpenedPackage, onProgress?: Progress): Promise<ImportPreview> {
  const site = store.site!;
  const { manifest, counts } = pkg.summary;
  const imported = await importedPackages(store.db);
  const refusal = checkIncoming(manifest, counts, { siteId: site.siteId, role: site.role, importedAt: (id) => imported.get(id) });
  const preview: ImportPreview = {
    ...(refusal ? { refusal } : {}),
    source: { label: manifest.source.label, role: labelOf(SITE_ROLE, manifest.source.role) ?? manifest.source.role, countyName: manifest.source.countyName },
    created: manifest.created,
    targetLabel: manifest.target.label,
    ...(manifest.target.siteId && manifest.target.siteId !== site.siteId ? { otherTarget: manifest.target.label } : {}),
    base: manifest.base,
    tables: [],
    conflicts: [],
    conflictCount: 0,
    driftMs: Math.max(0, pkg.summary.latestStamp ? parseHlc(pkg.summary.latestStamp).millis - Date.now() : 0),
  };
  const home = await homeUnitSwitch(store.db, site, pkg);
  if (home) preview.homeUnit = home;
  if (refusal) return preview;
  const titleOf = await recordTitles(store.db, pkg.tables as never);
  const total = incomingSize(pkg);
  let done = 0;
  const stats = await store.read((w) =>
    mergeChunks(w.db, pkg.tables, async (table, chunk, result) => {
      preview.conflictCount += result.conflicts.length;
      for (const entry of result.conflicts) {
        if (preview.conflicts.length >= PREVIEW_CONFLICTS) break;
        const record = chunk.find((r) => r.id === entry.recordId) as WireRecord | undefined;
        const incomingStamp = entry.kind === 'deleteEdit' ? record?._clock._deleted : record?._clock[entry.field];
        preview.conflicts.push({ entry, tableLabel: ENTITY_TABLES[table].label, title: titleOf(table, record, entry.recordId), localKept: incomingStamp !== entry.keptStamp });
      }
      done += chunk.length;
      onProgress?.(done, total);
    }),
  );
  preview.conflictCount += pkg.summary.migrationConflicts.length;
  for (const t of TABLE_NAMES) if (stats[t]) preview.tables.push({ table: t, label: ENTITY_TABLES[t].label, stats: stats[t]! });
  return preview;
}

/** The wording of an import stopped before it changed anything. */
export const IMPORT_TEXT = {
  backupFailed: (why: string) => `导入前的自动备份没有完成（${why.replace(/[。.]$/, '').slice(0, 200)}），导入已停止，本机数据没有任何变化。请检查备份文件夹所在磁盘的空间和写入权限后重新导入。`,
} as const;

/** What an import did. */
export interface ImportOutcome {
  stats: Partial<Record<TableName, MergeStats>>;
  /** new conflict entries kept */
  conflicts: number;
  /** the automatic backup taken first */
  backup: string;
}

/**
 * 导入数据包, step 2: main saves an automatic full backup, then the package is merged in ONE
 * transaction — every table, the conflict entries, the clock, `seen`, the import log and (for a
 * township's first package) the home unit — or, if anything fails, nothing at all.
 */
export async function importPackage(store: Store, pkg: OpenedPackage, opts: { by?: string; onProgress?: Progress; onBackupProgress?: Progress } = {}, deps: ExchangeDeps = {}): Promise<ImportOutcome> {
  const site = store.site!;
  const { manifest, counts } = pkg.summary;
  const imported = await importedPackages(store.db);
  const refusal = checkIncoming(manifest, counts, { siteId: site.siteId, role: site.role, importedAt: (id) => imported.get(id) });
  if (refusal) throw new AppError(refusal.message);
  const home = await homeUnitSwitch(store.db, site, pkg);
  let backup: { fileName: string };
  try {
    backup = await backUp(store, 'beforeImport', { note: `导入“${manifest.source.label}”的数据包之前`, ...(opts.onBackupProgress ? { onProgress: opts.onBackupProgress } : {}) }, deps);
  } catch (err) {
    // Nothing is applied without its backup: the import stops here, before its transaction.
    throw new AppError(IMPORT_TEXT.backupFailed(toBridgeException(err).message), { cause: err });
  }
  const result = await store.write(async (w) => {
    const merged = await mergeIncoming(
      w,
      { tables: pkg.tables, seen: manifest.seen, sourceSite: manifest.source.siteId },
      { ...(opts.onProgress ? { onProgress: opts.onProgress } : {}), extraConflicts: pkg.summary.migrationConflicts },
    );
    const sum = { created: 0, updated: 0, deleted: 0 };
    for (const s of Object.values(merged.stats)) for (const k of Object.keys(sum) as (keyof typeof sum)[]) sum[k] += s![k];
    await w.logImport({
      id: manifest.packageId,
      packageId: manifest.packageId,
      importedAt: new Date().toISOString(),
      created: manifest.created,
      sourceSiteId: manifest.source.siteId,
      sourceLabel: manifest.source.label,
      sourceRole: manifest.source.role,
      sourceUnitId: manifest.source.unitId,
      fileName: pkg.fileName,
      counts,
      seen: manifest.seen,
      scope: manifest.target.scope,
      targetLabel: manifest.target.label,
      base: manifest.base,
      changes: { ...sum, conflicts: merged.conflicts },
      ...(manifest.received[site.siteId] ? { ack: manifest.received[site.siteId] } : {}),
      ...(opts.by ? { by: opts.by } : {}),
    });
    if (home) await w.setMeta('site', { ...site, homeUnitId: home.id });
    return merged;
  });
  if (home) await store.reload();
  return { stats: result.stats, conflicts: result.conflicts, backup: backup.fileName };
}

/** Whether a scope carries 谈话记录 (for the export form's note). */
export function carriesTalks(scope: PackageScope): boolean {
  return scopeCarries(scope, 'talkRecords');
}

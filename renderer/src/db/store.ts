import { SiteSettingsSchema, type SiteSettings } from '@shared/domain/site';
import { TABLE_NAMES, type InputOf } from '@shared/domain/tables';
import { HlcClock, maxHlc, newSiteId } from '@shared/sync/hlc';
import type { Hlc, SeenVector } from '@shared/sync/record';
import { BOOKKEEPING_TABLES, GztDatabase, type BookkeepingTable, type MetaValues, type SiteState, type StoreTableName } from './database';
import { AppError, DatabaseUpgradedError, ReadOnlyError, SiteNotSetUpError, ValidationError } from './errors';
import { ensurePresets } from './repositories/presets';
import { Writer, issuesOf } from './writer';

export type { SiteState };

/** Called once after each committed write transaction with the tables it changed. */
export type ChangeListener = (tables: ReadonlySet<StoreTableName>) => void;

/**
 * Whether this window may write now. The app's main window holds the tab election of
 * write-lock.ts; a print window never writes (READ_ONLY); tests and tools write freely.
 */
export interface WriteAccess {
  /** True while this window may write. */
  readonly canWrite: boolean;
  /** Why it may not, in Chinese, for the clerk (shown when a write is refused). */
  readonly refusal: string;
}

/** The access of a window that only reads (print routes, the hidden print window). */
export const READ_ONLY: WriteAccess = { canWrite: false, refusal: '打印窗口只能查看数据，不能修改。请回到挂职通主窗口操作。' };

const FREE: WriteAccess = { canWrite: true, refusal: '' };

/** How a Store is opened. */
export interface StoreOptions {
  /** The physical clock of the stamps (tests pass a frozen one); Date.now by default. */
  now?: () => number;
}

/** Every table a write transaction spans: all synced tables, meta and the sync bookkeeping. */
const WRITE_SCOPE: string[] = [...TABLE_NAMES, ...(Object.keys(BOOKKEEPING_TABLES) as BookkeepingTable[])];

/**
 * The open database plus this PC's clock. Every change to records goes through `write`, which runs
 * the caller's repository calls in one transaction and persists the advanced clock and the
 * knowledge vector in that same transaction; once it committed, `onChanged` listeners hear which
 * tables changed (one event per transaction, as Actual announces applied sync messages).
 *
 * Several windows may hold a Store on the same database (a second browser tab, a print window).
 * The database, not this object, is the truth: every write transaction reads this PC's site and the
 * persisted clock inside the transaction and continues from the later of that clock and the last
 * stamp this Store issued, so stamps stay unique and increasing whichever window wrote last.
 */
export class Store {
  /** The last stamp this Store issued or read (a cache; the persisted `meta.clock` is the truth). */
  private lastStamp: Hlc | undefined;
  private siteState: SiteState | undefined;
  private access: WriteAccess = FREE;
  private upgraded = false;
  private sampleLoads = 0;
  private readonly listeners = new Set<ChangeListener>();
  private readonly upgradeListeners = new Set<() => void>();

  private constructor(
    readonly db: GztDatabase,
    private readonly now: () => number,
  ) {}

  /**
   * Opens (and if needed creates or upgrades) the database and loads this PC's identity. Refuses a
   * database written by a newer version (NewerDatabaseError). When another window later opens a
   * newer version, this Store closes its connection so the upgrade can go ahead, refuses every
   * further write (DatabaseUpgradedError) and tells `onUpgradedElsewhere` listeners.
   */
  static async open(db: GztDatabase = new GztDatabase(), opts: StoreOptions = {}): Promise<Store> {
    const store = new Store(db, opts.now ?? Date.now);
    db.on('versionchange', () => store.closeForUpgrade());
    await db.openChecked();
    await store.reload();
    return store;
  }

  /**
   * Re-reads this PC's identity and clock from the database (after another window wrote, or a
   * restore from backup): the clock never goes back, even when the restored one is behind.
   */
  async reload(): Promise<void> {
    const [site, last] = await Promise.all([this.meta('site'), this.meta('clock')]);
    this.siteState = site;
    this.lastStamp = maxHlc(this.lastStamp, last);
  }

  /** This PC's identity and settings, or undefined before the first-run setup. */
  get site(): SiteState | undefined {
    return this.siteState;
  }

  /** Whether another window upgraded the database, so this one is closed (see `open`). */
  get upgradedElsewhere(): boolean {
    return this.upgraded;
  }

  /** Whether this window may write now (see `restrictWrites`). */
  get canWrite(): boolean {
    return !this.upgraded && this.access.canWrite;
  }

  /** Lets this Store write only while `access` allows it (the tab election, or never). */
  restrictWrites(access: WriteAccess): void {
    this.access = access;
  }

  /** One of this PC's `meta` values, or undefined when never set. */
  async meta<K extends keyof MetaValues>(key: K): Promise<MetaValues[K] | undefined> {
    return (await this.db.meta.get(key))?.value as MetaValues[K] | undefined;
  }

  /** The knowledge vector: highest stamp seen from each site, this one included. */
  async seen(): Promise<SeenVector> {
    return (await this.meta('seen')) ?? {};
  }

  /**
   * First-run setup: creates the site id, stores the settings and creates the home unit, all in one
   * transaction. `settings.homeUnitId` is filled with the new unit's id. Refused when the database
   * already has a site, even if this window has not seen it (another window set it up).
   */
  async setUp(settings: Omit<SiteSettings, 'homeUnitId'>, homeUnit: InputOf<'units'>): Promise<SiteState> {
    this.requireWritable();
    if (this.siteState) throw new AppError(ALREADY_SET_UP);
    const checked = SiteSettingsSchema.omit({ homeUnitId: true }).safeParse(settings);
    if (!checked.success) throw new ValidationError(issuesOf(checked.error));
    const siteId = newSiteId();
    const site = await this.transact(
      (stored) => {
        if (stored) throw new AppError(ALREADY_SET_UP);
        return siteId;
      },
      async (w) => {
        const unit = await w.create('units', homeUnit);
        await ensurePresets(w);
        const state: SiteState = { ...checked.data, homeUnitId: unit.id, siteId, createdAt: new Date().toISOString() };
        await w.setMeta('site', state);
        return state;
      },
    );
    this.siteState = site;
    return site;
  }

  /** Changes this PC's label, role, county name or home unit (local settings, not synced). */
  async updateSettings(patch: Partial<SiteSettings>): Promise<SiteState> {
    this.requireSite();
    const next = await this.write(async (w) => {
      const site = (await w.db.meta.get('site'))!.value as SiteState;
      const checked = SiteSettingsSchema.safeParse({ ...site, ...patch });
      if (!checked.success) throw new ValidationError(issuesOf(checked.error));
      const state: SiteState = { ...site, ...checked.data };
      await w.setMeta('site', state);
      return state;
    });
    this.siteState = next;
    return next;
  }

  /**
   * Runs `fn` with every record its writes create marked as sample data (载入示例数据): such
   * records never leave this PC in a package, and 清除示例数据 removes them. Only loadSample uses
   * it, while its progress dialog keeps the clerk from entering anything else.
   */
  async asSample<R>(fn: () => Promise<R>): Promise<R> {
    this.sampleLoads++;
    try {
      return await fn();
    } finally {
      this.sampleLoads--;
    }
  }

  /** Runs repository calls in one all-or-nothing transaction (see Writer). */
  async write<R>(fn: (w: Writer) => Promise<R>): Promise<R> {
    this.requireWritable();
    return this.transact((stored) => {
      if (!stored) throw new SiteNotSetUpError();
      this.siteState = stored;
      return stored.siteId;
    }, fn);
  }

  /**
   * Runs repository checks in a read-only transaction: any write attempted inside fails, so a
   * preview (e.g. the warnings a posting would raise) can never change data.
   */
  async read<R>(fn: (w: Writer) => Promise<R>): Promise<R> {
    const site = this.requireSite();
    return this.db.transaction('r', WRITE_SCOPE, () => fn(new Writer(this.db, this.clockOf(site.siteId, undefined))));
  }

  /** Listens to committed changes; returns the function that stops listening. */
  onChanged(listener: ChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Listens for another window upgrading the database (this one is then closed); returns the unsubscribe. */
  onUpgradedElsewhere(listener: () => void): () => void {
    this.upgradeListeners.add(listener);
    return () => this.upgradeListeners.delete(listener);
  }

  /** Closes the database (tests, and before a restore from backup). */
  close(): void {
    this.db.close();
  }

  /**
   * The one write transaction. Inside it, before `fn` runs, this PC's site and the persisted clock
   * are read: `siteIdOf` decides from the stored site which site id stamps (or refuses), and the
   * clock continues from the later of `meta.clock` and this Store's last stamp. IndexedDB runs
   * read-write transactions over the same tables one at a time, across windows too, so no other
   * window can stamp between that read and the commit that persists the advanced clock.
   */
  private async transact<R>(siteIdOf: (stored: SiteState | undefined) => string, fn: (w: Writer) => Promise<R>): Promise<R> {
    let writer: Writer | undefined;
    let clock: HlcClock | undefined;
    const result = await this.db.transaction('rw', WRITE_SCOPE, async () => {
      const [stored, persisted] = await Promise.all([this.meta('site'), this.meta('clock')]);
      const siteId = siteIdOf(stored);
      clock = this.clockOf(siteId, persisted);
      writer = new Writer(this.db, clock, this.sampleLoads > 0);
      const r = await fn(writer);
      await writer.saveClock(siteId);
      return r;
    });
    // Only a committed transaction moves the clock on: a failed one stored none of its stamps, nor
    // the stamps it received (a failed import of a package from a PC whose clock runs ahead leaves
    // no trace), so the next transaction may issue them again.
    this.lastStamp = maxHlc(this.lastStamp, clock?.last);
    if (writer && writer.touched.size > 0) this.announce(new Set(writer.touched));
    return result;
  }

  /** A clock for `siteId` that continues after both `persisted` and every stamp this Store issued. */
  private clockOf(siteId: string, persisted: Hlc | undefined): HlcClock {
    const last = maxHlc(this.lastStamp, persisted);
    return new HlcClock(siteId, { now: this.now, ...(last ? { last } : {}) });
  }

  private closeForUpgrade(): void {
    this.upgraded = true;
    this.db.close({ disableAutoOpen: true });
    for (const listener of [...this.upgradeListeners]) listener();
  }

  private announce(tables: ReadonlySet<StoreTableName>): void {
    for (const listener of [...this.listeners]) {
      try {
        listener(tables);
      } catch (e) {
        console.error('onChanged listener failed', e);
      }
    }
  }

  private requireWritable(): void {
    if (this.upgraded) throw new DatabaseUpgradedError();
    if (!this.access.canWrite) throw new ReadOnlyError(this.access.refusal);
  }

  private requireSite(): SiteState {
    if (!this.siteState) throw new SiteNotSetUpError();
    return this.siteState;
  }
}

const ALREADY_SET_UP = '本机已经设置过（可能是在另一个挂职通窗口中完成的），不能重复初始化。请刷新页面后继续使用。';

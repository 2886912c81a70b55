import { SiteSettingsSchema, type SiteSettings } from '@shared/domain/site';
import { TABLE_NAMES, type InputOf } from '@shared/domain/tables';
import { HlcClock, newSiteId } from '@shared/sync/hlc';
import type { SeenVector } from '@shared/sync/record';
import { BOOKKEEPING_TABLES, GztDatabase, type BookkeepingTable, type MetaValues, type SiteState, type StoreTableName } from './database';
import { AppError, SiteNotSetUpError, ValidationError } from './errors';
import { ensurePresets } from './repositories/presets';
import { Writer, issuesOf } from './writer';

export type { SiteState };

/** Called once after each committed write transaction with the tables it changed. */
export type ChangeListener = (tables: ReadonlySet<StoreTableName>) => void;

/** Every table a write transaction spans: all synced tables, meta and the sync bookkeeping. */
const WRITE_SCOPE: string[] = [...TABLE_NAMES, ...(Object.keys(BOOKKEEPING_TABLES) as BookkeepingTable[])];

/**
 * The open database plus this PC's clock. Every change to records goes through `write`, which runs
 * the caller's repository calls in one transaction and persists the advanced clock and the
 * knowledge vector in that same transaction; once it committed, `onChanged` listeners hear which
 * tables changed (one event per transaction, as Actual announces applied sync messages).
 */
export class Store {
  private clock: HlcClock | undefined;
  private siteState: SiteState | undefined;
  private readonly listeners = new Set<ChangeListener>();

  private constructor(readonly db: GztDatabase) {}

  /** Opens (and if needed creates or upgrades) the database and loads this PC's identity. */
  static async open(db: GztDatabase = new GztDatabase()): Promise<Store> {
    const store = new Store(db);
    await db.open();
    await store.load();
    return store;
  }

  private async load(): Promise<void> {
    const site = await this.meta('site');
    const stored = await this.meta('clock');
    // After a restore the stored clock may be behind the one in memory: never go back.
    const current = this.clock?.siteId === site?.siteId ? this.clock?.last : undefined;
    const last = stored && current ? (stored > current ? stored : current) : (stored ?? current);
    this.siteState = site;
    this.clock = site ? new HlcClock(site.siteId, last ? { last } : {}) : undefined;
  }

  /** Re-reads this PC's identity and clock from the database (after a restore from backup, or a change of settings inside an import). */
  async reload(): Promise<SiteState | undefined> {
    await this.load();
    return this.siteState;
  }

  /** This PC's identity and settings, or undefined before the first-run setup. */
  get site(): SiteState | undefined {
    return this.siteState;
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
   * transaction. `settings.homeUnitId` is filled with the new unit's id.
   */
  async setUp(settings: Omit<SiteSettings, 'homeUnitId'>, homeUnit: InputOf<'units'>): Promise<SiteState> {
    if (this.siteState) throw new AppError('本机已经设置过，不能重复初始化。');
    const checked = SiteSettingsSchema.omit({ homeUnitId: true }).safeParse(settings);
    if (!checked.success) throw new ValidationError(issuesOf(checked.error));
    const siteId = newSiteId();
    const clock = new HlcClock(siteId);
    const site = await this.transact(clock, siteId, async (w) => {
      const unit = await w.create('units', homeUnit);
      await ensurePresets(w);
      const state: SiteState = { ...checked.data, homeUnitId: unit.id, siteId, createdAt: new Date().toISOString() };
      await w.setMeta('site', state);
      return state;
    });
    this.clock = clock;
    this.siteState = site;
    return site;
  }

  /** Changes this PC's label, role, county name or home unit (local settings, not synced). */
  async updateSettings(patch: Partial<SiteSettings>): Promise<SiteState> {
    const site = this.requireSite();
    const checked = SiteSettingsSchema.safeParse({ ...site, ...patch });
    if (!checked.success) throw new ValidationError(issuesOf(checked.error));
    const next: SiteState = { ...site, ...checked.data };
    await this.write((w) => w.setMeta('site', next));
    this.siteState = next;
    return next;
  }

  /** Runs repository calls in one all-or-nothing transaction (see Writer). */
  async write<R>(fn: (w: Writer) => Promise<R>): Promise<R> {
    const site = this.requireSite();
    return this.transact(this.clock!, site.siteId, fn);
  }

  /**
   * Runs repository checks in a read-only transaction: any write attempted inside fails, so a
   * preview (e.g. the warnings a posting would raise) can never change data.
   */
  async read<R>(fn: (w: Writer) => Promise<R>): Promise<R> {
    this.requireSite();
    return this.db.transaction('r', WRITE_SCOPE, () => fn(new Writer(this.db, this.clock!)));
  }

  /** Listens to committed changes; returns the function that stops listening. */
  onChanged(listener: ChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Closes the database (tests, and before a restore from backup). */
  close(): void {
    this.db.close();
  }

  private async transact<R>(clock: HlcClock, siteId: string, fn: (w: Writer) => Promise<R>): Promise<R> {
    let writer: Writer | undefined;
    const before = clock.last;
    let result: R;
    try {
      result = await this.db.transaction('rw', WRITE_SCOPE, async () => {
        writer = new Writer(this.db, clock);
        const r = await fn(writer);
        await writer.saveClock(siteId);
        return r;
      });
    } catch (err) {
      // Nothing was stored, so the clock forgets the stamps it sent and received in the attempt
      // (a failed import of a package from a PC whose clock runs ahead leaves no trace).
      if (this.clock === clock) this.clock = new HlcClock(siteId, before ? { last: before } : {});
      throw err;
    }
    if (writer && writer.touched.size > 0) this.announce(new Set(writer.touched));
    return result;
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

  private requireSite(): SiteState {
    if (!this.siteState || !this.clock) throw new SiteNotSetUpError();
    return this.siteState;
  }
}

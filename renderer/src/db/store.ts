import { SiteSettingsSchema, type SiteIdentity, type SiteSettings } from '@shared/domain/site';
import type { InputOf } from '@shared/domain/tables';
import { HlcClock, newSiteId } from '@shared/sync/hlc';
import type { Hlc, SeenVector } from '@shared/sync/record';
import { GztDatabase } from './database';
import { SiteNotSetUpError, ValidationError } from './errors';
import { ensurePresets } from './repositories/presets';
import { Writer, WRITE_SCOPE, issuesOf } from './writer';

/** This PC's identity and settings, as kept in `meta`. */
export type SiteState = SiteSettings & SiteIdentity;

const SITE_KEY = 'site';
const CLOCK_KEY = 'clock';
const SEEN_KEY = 'seen';

/**
 * The open database plus this PC's clock. Every change to records goes through `write`, which runs
 * the caller's repository calls in one transaction and persists the advanced clock and the
 * knowledge vector in that same transaction.
 */
export class Store {
  private clock: HlcClock | undefined;
  private siteState: SiteState | undefined;

  private constructor(readonly db: GztDatabase) {}

  /** Opens (and if needed creates or upgrades) the database and loads this PC's identity. */
  static async open(db: GztDatabase = new GztDatabase()): Promise<Store> {
    const store = new Store(db);
    await db.open();
    await store.load();
    return store;
  }

  private async load(): Promise<void> {
    const site = (await this.db.meta.get(SITE_KEY))?.value as SiteState | undefined;
    const last = (await this.db.meta.get(CLOCK_KEY))?.value as Hlc | undefined;
    this.siteState = site;
    this.clock = site ? new HlcClock(site.siteId, last ? { last } : {}) : undefined;
  }

  /** This PC's identity and settings, or undefined before the first-run setup. */
  get site(): SiteState | undefined {
    return this.siteState;
  }

  /**
   * First-run setup: creates the site id, stores the settings and creates the home unit, all in one
   * transaction. `settings.homeUnitId` is filled with the new unit's id.
   */
  async setUp(settings: Omit<SiteSettings, 'homeUnitId'>, homeUnit: InputOf<'units'>): Promise<SiteState> {
    if (this.siteState) throw new Error('本机已经设置过，不能重复初始化。');
    const checked = SiteSettingsSchema.omit({ homeUnitId: true }).safeParse(settings);
    if (!checked.success) throw new ValidationError(issuesOf(checked.error));
    const siteId = newSiteId();
    this.clock = new HlcClock(siteId);
    try {
      return await this.db.transaction('rw', WRITE_SCOPE, async (tx) => {
        const writer = new Writer(this.db, this.clock!, tx);
        const unit = await writer.create('units', homeUnit);
        await ensurePresets(writer);
        const site: SiteState = { ...checked.data, homeUnitId: unit.id, siteId, createdAt: new Date().toISOString() };
        await this.db.meta.put({ key: SITE_KEY, value: site });
        await this.persistClock(siteId);
        this.siteState = site;
        return site;
      });
    } catch (e) {
      this.clock = undefined;
      throw e;
    }
  }

  /** Changes this PC's label, role, county name or home unit (local settings, not synced). */
  async updateSettings(patch: Partial<SiteSettings>): Promise<SiteState> {
    const site = this.requireSite();
    const checked = SiteSettingsSchema.safeParse({ ...site, ...patch });
    if (!checked.success) throw new ValidationError(issuesOf(checked.error));
    const next: SiteState = { ...site, ...checked.data };
    await this.db.meta.put({ key: SITE_KEY, value: next });
    this.siteState = next;
    return next;
  }

  /** Runs repository calls in one all-or-nothing transaction (see Writer). */
  async write<R>(fn: (w: Writer) => Promise<R>): Promise<R> {
    const site = this.requireSite();
    const clock = this.clock!;
    return this.db.transaction('rw', WRITE_SCOPE, async (tx) => {
      const result = await fn(new Writer(this.db, clock, tx));
      await this.persistClock(site.siteId);
      return result;
    });
  }

  /**
   * Runs repository checks in a read-only transaction: any write attempted inside fails, so a
   * preview (e.g. the warnings a posting would raise) can never change data.
   */
  async read<R>(fn: (w: Writer) => Promise<R>): Promise<R> {
    this.requireSite();
    return this.db.transaction('r', WRITE_SCOPE, (tx) => fn(new Writer(this.db, this.clock!, tx)));
  }

  /** The knowledge vector: highest stamp seen from each site, this one included. */
  async seen(): Promise<SeenVector> {
    return ((await this.db.meta.get(SEEN_KEY))?.value as SeenVector | undefined) ?? {};
  }

  /** This PC's clock, for the import path that must `recv` incoming stamps. */
  get hlc(): HlcClock {
    this.requireSite();
    return this.clock!;
  }

  private requireSite(): SiteState {
    if (!this.siteState || !this.clock) throw new SiteNotSetUpError();
    return this.siteState;
  }

  private async persistClock(siteId: string): Promise<void> {
    const last = this.clock?.last;
    if (!last) return;
    await this.db.meta.put({ key: CLOCK_KEY, value: last });
    const seen = await this.seen();
    if (!seen[siteId] || seen[siteId]! < last) await this.db.meta.put({ key: SEEN_KEY, value: { ...seen, [siteId]: last } });
  }

  /** Closes the database (tests, and before a restore from backup). */
  close(): void {
    this.db.close();
  }
}

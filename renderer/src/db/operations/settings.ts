import type { SiteSettings } from '@shared/domain/site';
import type { InputOf } from '@shared/domain/tables';
import type { SiteState, Store } from '../store';

/** First-run setup: this PC's site id, role, label and home unit, and the preset rule sets. */
export function setUpSite(store: Store, settings: Omit<SiteSettings, 'homeUnitId'>, homeUnit: InputOf<'units'>): Promise<SiteState> {
  return store.setUp(settings, homeUnit);
}

/** 设置: changes this PC's label, role, county name or home unit. */
export function updateSettings(store: Store, patch: Partial<SiteSettings>): Promise<SiteState> {
  return store.updateSettings(patch);
}

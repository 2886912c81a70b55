import { z } from 'zod';
import { SITE_ROLE } from './enums';
import { code, ref, text } from './entities/fields';

/**
 * This PC as a sync site (ARCHITECTURE §3): created at first run and kept in `meta`. The label is
 * what other PCs show as the source of a package, e.g. 城关镇-组织委员办公室.
 */
export const SiteSettingsSchema = z.object({
  label: text('本机名称', { max: 40, pattern: /^[^\\/:*?"<>|]+$/, patternMessage: '本机名称不能包含 \\ / : * ? " < > |' }),
  role: code(SITE_ROLE, '本机角色'),
  homeUnitId: ref('本单位'),
  countyName: text('县（市、区）名称', { max: 20 }),
});
export type SiteSettings = z.infer<typeof SiteSettingsSchema>;

/** The identity part created once and never edited. */
export interface SiteIdentity {
  siteId: string;
  createdAt: string;
}

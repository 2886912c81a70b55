import { describe, expect, it } from 'vitest';
import { checkIncoming } from '@shared/sync/exchange/incoming';
import type { Manifest } from '@shared/sync/package/manifest';

const ORG = 'a0a0a0a0a0a0a0a0';
const TOWN1 = 'b1b1b1b1b1b1b1b1';
const TOWN2 = 'c2c2c2c2c2c2c2c2';
const base = { packageId: crypto.randomUUID(), created: '2026-11-20T05:00:00.000Z' };
const scope = { kind: 'receiving' as const, unitId: 'u-town2' };

/** A package of the 组织部 for 讲治镇 (TOWN2), full or continuing `base`. */
const toTown2 = (incremental: boolean): Manifest =>
  ({
    packageId: crypto.randomUUID(),
    source: { siteId: ORG, label: '开江县委组织部', role: 'orgDept', countyName: '开江县', unitId: 'u-org', unitName: '中共开江县委组织部' },
    target: { label: '讲治镇', siteId: TOWN2, scope },
    base: incremental ? base : null,
  }) as unknown as Manifest;

describe('checkIncoming: a package addressed to another PC', () => {
  // Both PCs imported the base (a full package may be imported anywhere).
  const ctx = (siteId: string) => ({ siteId, role: 'receiving', importedAt: (id: string) => (id === base.packageId ? '2026-11-20T06:00:00.000Z' : undefined) });

  it('refuses an incremental package on any PC but its addressee, naming the addressee', () => {
    const refusal = checkIncoming(toTown2(true), {}, ctx(TOWN1));
    expect(refusal?.reason).toBe('elsewhere');
    expect(refusal?.message).toMatch(/导出给“讲治镇”的增量数据包.*不能导入本机/);
  });

  it('imports it on the addressee, and a full package anywhere', () => {
    expect(checkIncoming(toTown2(true), {}, ctx(TOWN2))).toBeUndefined();
    expect(checkIncoming(toTown2(false), {}, ctx(TOWN1))).toBeUndefined();
  });
});

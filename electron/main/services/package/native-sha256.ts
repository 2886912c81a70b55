// SHA-256 by node:crypto for package digests in main and its workers: the same digest as the
// portable one of shared/sync/package/digest.ts, several times faster.
import { createHash } from 'node:crypto';
import type { Sha256Factory } from '@shared/sync/package/digest';

/** node:crypto's SHA-256. */
export const nativeSha256: Sha256Factory = () => {
  const hash = createHash('sha256');
  return { update: (bytes) => hash.update(bytes), hex: () => hash.digest('hex') };
};

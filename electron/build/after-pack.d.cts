// Types of after-pack.cjs, for the unit test.
import type { FuseConfig } from '@electron/fuses';

type Fuses = typeof import('@electron/fuses');

export interface AfterPackContextLike {
  appOutDir: string;
  electronPlatformName: string;
  arch: number;
  packager: { appInfo: { productFilename: string }; executableName?: string };
}

declare function afterPack(context: AfterPackContextLike, fuses?: Pick<Fuses, 'flipFuses' | 'FuseVersion' | 'FuseV1Options'>): Promise<void>;
declare namespace afterPack {
  export { afterPack, afterPack as default };
  export function fuseConfig(fuses: Pick<Fuses, 'FuseVersion' | 'FuseV1Options'>, platformName: string, arch: number): FuseConfig;
  export function electronBinaryPath(context: AfterPackContextLike): string;
}
export = afterPack;

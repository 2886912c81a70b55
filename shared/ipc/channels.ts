// Channel names of the main ↔ renderer bridge and the preload method each one becomes.
//
// This file has NO imports on purpose: the sandboxed preload (electron/preload/index.ts) bundles it
// and nothing else, so out/preload/index.cjs stays a few hundred bytes with no dependency to load.
// The schemas, the Bridge type and the "how to add a channel" steps live in ./contract.ts; the
// compiler fails there until a channel added here has its row in the contract table, and fails
// here until a channel has its method name.

/** Every bridge channel, in the order the preload exposes them. */
export const CHANNELS = ['app:info', 'file:save', 'file:open', 'xlsx:begin', 'xlsx:rows', 'xlsx:finish', 'xlsx:abort', 'xlsx:read', 'xlsx:cancel-read', 'xlsx:read-progress', 'file:openMany', 'lrmx:read', 'print:pdf', 'package:begin', 'package:rows', 'package:finish', 'package:abort', 'package:read', 'held:records', 'held:release', 'backup:begin', 'backup:rows', 'backup:finish', 'backup:abort', 'backup:list', 'backup:open'] as const;

/** A bridge channel name (`area:action`). */
export type Channel = (typeof CHANNELS)[number];

/** Channel → the method name on the preload's `api` object (and on the `Bridge` interface). */
export const CHANNEL_METHODS = {
  'app:info': 'appInfo',
  'file:save': 'saveFile',
  'file:open': 'openFile',
  'xlsx:begin': 'beginWorkbook',
  'xlsx:rows': 'appendWorkbookRows',
  'xlsx:finish': 'finishWorkbook',
  'xlsx:abort': 'abortWorkbook',
  'xlsx:read': 'readWorkbook',
  'xlsx:cancel-read': 'cancelRead',
  'xlsx:read-progress': 'readProgress',
  'file:openMany': 'openFiles',
  'lrmx:read': 'readLrmx',
  'print:pdf': 'printPdf',
  'package:begin': 'beginPackage',
  'package:rows': 'appendPackageRows',
  'package:finish': 'finishPackage',
  'package:abort': 'abortPackage',
  'package:read': 'readPackage',
  'held:records': 'heldRecords',
  'held:release': 'releaseHeld',
  'backup:begin': 'beginBackup',
  'backup:rows': 'appendBackupRows',
  'backup:finish': 'finishBackup',
  'backup:abort': 'abortBackup',
  'backup:list': 'listBackups',
  'backup:open': 'openBackup',
} as const satisfies { readonly [C in Channel]: string };

/** The preload `api` method name of channel `C`. */
export type ChannelMethod<C extends Channel = Channel> = (typeof CHANNEL_METHODS)[C];

/** True when `value` is one of the bridge channels (for untrusted strings such as URL paths). */
export function isChannel(value: string): value is Channel {
  return (CHANNELS as readonly string[]).includes(value);
}

// One validation path for every channel, shared by the IPC handlers (electron/main/ipc.ts) and
// the web host (electron/web/server.ts): parse the arguments with the channel's request schema,
// run the service only if they pass, then check the result against the response schema.
import type { Channel } from '@shared/ipc/channels';
import {
  CONTRACT,
  type BridgeError,
  type ChannelSpec,
  type ParsedArgs,
  type ResponseOf,
  type ServiceResult,
} from '@shared/ipc/contract';
import { BRIDGE_ERROR_MESSAGES, BridgeException, describeInvalidRequest } from '@shared/ipc/errors';

/** The plain-Node implementation of one channel: validated arguments in, result out. */
export type ChannelService<C extends Channel> = (...args: ParsedArgs<C>) => Promise<ServiceResult<C>>;

/** Implementations of the channels `C`, keyed by channel name. */
export type ServiceTable<C extends Channel = Channel> = { readonly [K in C]: ChannelService<K> };

/** Outcome of one call: the validated value, or a BridgeError for the renderer. */
export type DispatchResult<C extends Channel> = { ok: true; value: ResponseOf<C> } | { ok: false; error: BridgeError };

/** Where unexpected failures are written (main's stdout / the web host's console). */
export type ErrorLog = (message: string, detail: unknown) => void;

const defaultLog: ErrorLog = (message, detail) => console.error(`[挂职通] ${message}`, detail);

/**
 * Runs `service` for `channel` on untrusted `rawArgs` (the argument list as received). Invalid
 * arguments → `invalid-request` with a Chinese description, and the service is NOT called. A
 * BridgeException from the service passes through; any other error → `internal` (logged, its
 * text not shown). A result that fails the response schema → `invalid-response` (logged).
 */
export async function dispatch<C extends Channel>(
  channel: C,
  rawArgs: unknown,
  service: ChannelService<C>,
  log: ErrorLog = defaultLog,
): Promise<DispatchResult<C>> {
  const spec: ChannelSpec = CONTRACT[channel];
  const parsed = spec.request.safeParse(rawArgs);
  if (!parsed.success) {
    return { ok: false, error: { code: 'invalid-request', message: describeInvalidRequest(parsed.error) } };
  }
  let result: unknown;
  try {
    result = await service(...(parsed.data as ParsedArgs<C>));
  } catch (err) {
    if (err instanceof BridgeException) return { ok: false, error: err.toBridgeError() };
    log(`${channel} 执行失败`, err);
    return { ok: false, error: { code: 'internal', message: BRIDGE_ERROR_MESSAGES.internal } };
  }
  const checked = spec.response.safeParse(result);
  if (!checked.success) {
    log(`${channel} 返回值不符合约定`, checked.error.issues);
    return { ok: false, error: { code: 'invalid-response', message: BRIDGE_ERROR_MESSAGES['invalid-response'] } };
  }
  return { ok: true, value: checked.data as ResponseOf<C> };
}

// Where the streaming writer's zip goes: memory (web host) or a file that appears under its real
// name only once complete. The file sink writes `<path>.part` and renames it to `<path>` when the
// workbook is done, so a cancelled, failed or crashed export never leaves a half file behind.
import { open, unlink, type FileHandle } from 'node:fs/promises';
import { basename } from 'node:path';
import { Writable } from 'node:stream';
import { commitTempFile, fileErrorToException } from '../files';
import { partFileOf } from '../export-journal';

/** Where a workbook goes: a file (Electron, after the save dialog) or memory (web host). */
export type WorkbookSink = { kind: 'file'; path: string } | { kind: 'memory' };

/** The stream a workbook is written to, and how it ends. */
export interface Output {
  stream: Writable;
  /** The first error the output reported, if any. */
  error(): unknown;
  /** Rejects with the output's first error (so nothing waits for a stream that has failed). */
  failed: Promise<never>;
  /** After the workbook is committed: the bytes (memory) or the complete file under its name. */
  complete(): Promise<Uint8Array | void>;
  /** Drops everything written. */
  discard(): Promise<void>;
}

/** Keeps the bytes in memory until complete. */
function memoryOutput(): Output {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      chunks.push(chunk);
      callback();
    },
  });
  return {
    stream,
    error: () => undefined,
    failed: new Promise<never>(() => undefined),
    complete: async () => {
      const bytes = Buffer.concat(chunks);
      return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    },
    discard: async () => {
      chunks.length = 0;
    },
  };
}

/** Writes `<path>.part`, renamed to `path` once complete. */
async function fileOutput(path: string): Promise<Output> {
  const part = partFileOf(path);
  let handle: FileHandle;
  try {
    handle = await open(part, 'w');
  } catch (err) {
    throw fileErrorToException(err, basename(path));
  }
  let failure: unknown;
  // The stream closes the handle itself once it has finished or been destroyed.
  const stream = handle.createWriteStream();
  const closed = new Promise<void>((done) => stream.once('close', () => done()));
  const failed = new Promise<never>((_, reject) =>
    stream.on('error', (err) => {
      failure ??= err;
      reject(err);
    }),
  );
  failed.catch(() => undefined);
  return {
    stream,
    error: () => failure,
    failed,
    complete: async () => {
      await closed;
      if (failure) {
        await unlink(part).catch(() => undefined);
        throw fileErrorToException(failure, basename(path));
      }
      await commitTempFile(part, path);
    },
    discard: async () => {
      stream.destroy();
      await closed;
      await unlink(part).catch(() => undefined);
    },
  };
}

/** The output of `sink`. Throws a BridgeException (`file-error`) when the file cannot be created. */
export async function openOutput(sink: WorkbookSink): Promise<Output> {
  return sink.kind === 'file' ? fileOutput(sink.path) : memoryOutput();
}

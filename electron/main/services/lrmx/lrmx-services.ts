// The `lrmx:read` channel (issue 9, item 7): the same service in Electron main and in the web host.
import type { ServiceTable } from '../dispatch';
import { readLrmxFiles, type ReadLrmxOptions } from './read-lrmx-files';

/** The `lrmx:read` service: files in (already opened by the renderer), persons and per-file errors out. */
export function createLrmxServices(opts: ReadLrmxOptions = {}): ServiceTable<'lrmx:read'> {
  return {
    'lrmx:read': (files) => readLrmxFiles(files, opts),
  };
}

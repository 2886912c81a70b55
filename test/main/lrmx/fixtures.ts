import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** Folder of the committed LRMX / LRM fixtures (made by test/fixtures/lrmx/make-fixtures.mjs). */
export const LRMX_FIXTURES = resolve(import.meta.dirname, '../../fixtures/lrmx');

/** A fixture as the renderer hands it over: base name and bytes. */
export function fixture(name: string): { name: string; data: Uint8Array } {
  return { name, data: new Uint8Array(readFileSync(resolve(LRMX_FIXTURES, name))) };
}

/** Bytes of the photo embedded in the fixtures. */
export const PHOTO = new Uint8Array(readFileSync(resolve(LRMX_FIXTURES, 'photo.jpg')));

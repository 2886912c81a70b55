import type { CadreInput } from '@shared/domain/entities/cadre';
import { ValidationError } from '../errors';
import type { Writer } from '../writer';
import { createCadre, updateCadre } from './cadres';

/** One person to write: a new cadre or the changed fields of one on file, named for messages. */
export type LrmxWrite = { label: string } & ({ action: 'create'; input: CadreInput } | { action: 'update'; id: string; patch: Partial<CadreInput> });

/** What an LRMX import wrote. */
export interface LrmxImportResult {
  created: number;
  updated: number;
}

/**
 * Writes the persons of a 任免审批表 import through the cadre repository (its rules and its
 * duplicate check), inside the caller's ONE transaction: any refusal aborts the whole import and
 * names the file it came from.
 */
export async function applyLrmxImport(w: Writer, persons: readonly LrmxWrite[], today: string): Promise<LrmxImportResult> {
  const result: LrmxImportResult = { created: 0, updated: 0 };
  for (const p of persons) {
    try {
      if (p.action === 'create') {
        await createCadre(w, p.input, today);
        result.created++;
      } else {
        await updateCadre(w, p.id, p.patch, today);
        result.updated++;
      }
    } catch (e) {
      if (e instanceof ValidationError) throw new ValidationError(e.issues.map((i) => ({ ...i, message: `${p.label}：${i.message}` })));
      throw e;
    }
  }
  return result;
}

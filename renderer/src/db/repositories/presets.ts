import { LEAVE_RULE_PRESETS, SUBSIDY_RULE_PRESETS } from '@shared/domain/presets';
import type { Writer } from '../writer';

/**
 * Seeds the preset rule sets that are missing. A preset the clerk deleted stays deleted (its
 * tombstone counts as present), and an edited one is never overwritten.
 */
export async function ensurePresets(w: Writer): Promise<number> {
  let created = 0;
  for (const { id, ...fields } of LEAVE_RULE_PRESETS) {
    if (!(await w.getAny('leaveRuleSets', id))) {
      await w.create('leaveRuleSets', fields, { id });
      created++;
    }
  }
  for (const { id, ...fields } of SUBSIDY_RULE_PRESETS) {
    if (!(await w.getAny('subsidyRules', id))) {
      await w.create('subsidyRules', fields, { id });
      created++;
    }
  }
  return created;
}

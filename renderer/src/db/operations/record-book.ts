import type { Row } from '../database';
import * as repo from '../repositories/record-book';
import type { Store } from '../store';

export type { RecordBookSettingsInput } from '../repositories/record-book';

/** Saves the county's 纪实手册 settings (使用说明, alert thresholds, minimum words). */
export function saveRecordBookSettings(store: Store, input: repo.RecordBookSettingsInput): Promise<Row<'recordBookSettings'>> {
  return store.write((w) => repo.saveRecordBookSettings(w, input));
}

import { RECORD_BOOK_SETTINGS_KEY } from '@shared/domain/entities/record-book-settings';
import type { InputOf } from '@shared/domain/tables';
import type { Row } from '../database';
import type { Writer } from '../writer';

/** What 设置 → 纪实手册 changes: the 使用说明 and the thresholds (empty = default). */
export type RecordBookSettingsInput = Omit<InputOf<'recordBookSettings'>, 'key'>;

/** Saves the county's 纪实手册 settings (the one keyed record; only the fields given are stamped). */
export function saveRecordBookSettings(w: Writer, input: RecordBookSettingsInput): Promise<Row<'recordBookSettings'>> {
  return w.create('recordBookSettings', { ...input, key: RECORD_BOOK_SETTINGS_KEY });
}

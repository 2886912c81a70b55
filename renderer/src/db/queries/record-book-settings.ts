import { RECORD_BOOK_SETTINGS_KEY } from '@shared/domain/entities/record-book-settings';
import { keyedId } from '@shared/domain/tables';
import type { ReadDb, Row } from '../database';
import { getLive } from './live';

/** The county's 纪实手册 settings record, or undefined while nothing was set (defaults apply). */
export function loadRecordBookSettings(db: ReadDb): Promise<Row<'recordBookSettings'> | undefined> {
  return getLive(db.recordBookSettings, keyedId('recordBookSettings', RECORD_BOOK_SETTINGS_KEY));
}

import { useCallback, useEffect, useState } from 'react';
import { todayIso } from '@shared/domain/dates';
import { buildRecordBook } from '@shared/reports/record-book/build';
import type { RecordBook } from '@shared/reports/record-book/model';
import { errorText } from '../app/errors';
import { useSite, useStore } from '../app/store-context';
import { loadRecordBookInput } from '../db/queries/record-book';
import type { PrintPageProps } from './print-routes';
import { bookPageCss, type BookLayout } from './record-book-page-css';
import { RecordBookSections } from './record-book-sections';
import { RECORD_BOOK_TEXTS } from './record-book-texts';
import './record-book.css';

/**
 * `#/print/record-book?postingId=…&layout=a4|a5&blank=1&talks=1`: the 纪实手册 of one posting,
 * filled from the data or blank for handwriting, A4 double-sided or A5 pages for the booklet (main
 * imposes them). Talk records print only with `talks=1` on a 组织部 PC. Ready once the data and
 * the photo are in.
 */
export default function RecordBookPage({ params, onReady, onError }: PrintPageProps) {
  const store = useStore();
  const { site } = useSite();
  const [book, setBook] = useState<RecordBook | null>(null);
  const [photoDone, setPhotoDone] = useState(false);
  const layout: BookLayout = params.layout === 'a5' ? 'a5' : 'a4';
  const blank = params.blank === '1';
  const postingId = params.postingId;
  const talks = params.talks === '1' && site?.role === 'orgDept';

  useEffect(() => {
    if (!postingId) return onError(RECORD_BOOK_TEXTS.noPosting);
    let live = true;
    loadRecordBookInput(store.db, postingId, { today: todayIso(), countyName: site?.countyName ?? '', talks })
      .then((input) => {
        if (!live) return;
        if (!input) onError(RECORD_BOOK_TEXTS.gone);
        else setBook(buildRecordBook(input, { blank }));
      })
      .catch((e: unknown) => live && onError(errorText(e)));
    return () => {
      live = false;
    };
  }, [store, postingId, site, talks, blank, onError]);

  const photoLoaded = useCallback(() => setPhotoDone(true), []);
  useEffect(() => {
    if (book && (photoDone || !book.personal.photo)) onReady();
  }, [book, photoDone, onReady]);

  if (!book) return null;
  return (
    <>
      <style>{bookPageCss(layout, book.header)}</style>
      <article className={`book book-${layout}${blank ? ' book-blank' : ''}`} data-book-posting={postingId}>
        <RecordBookSections book={book} onPhoto={photoLoaded} />
      </article>
    </>
  );
}

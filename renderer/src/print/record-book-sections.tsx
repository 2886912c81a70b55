import type { BookAmendment, BookInspection, BookListRow, BookMonth, BookTable, BookText, RecordBook } from '@shared/reports/record-book/model';
import { BOOK_TEXTS as B } from '@shared/reports/record-book/texts';

/** Entries longer than this (characters) may run on over a page break instead of moving whole. */
const LONG_ENTRY = 380;

/** `n` ruled lines for handwriting. */
function Lines({ n }: { n: number }) {
  return (
    <>
      {Array.from({ length: n }, (_, i) => (
        <div key={i} className="book-line" />
      ))}
    </>
  );
}

function Amendments({ items }: { items: readonly BookAmendment[] }) {
  return (
    <>
      {items.map((a, i) => (
        <div key={i} className="book-amendment">
          <div className="book-amendment-heading">{a.heading}</div>
          {a.content}
          {a.location && `（${a.location}）`}
          {a.outcome && ` ${a.outcome}`}
        </div>
      ))}
    </>
  );
}

/** A text of the book, or ruled lines when there is none (the cadre writes it by hand). */
function TextBlock({ text, lines }: { text: BookText; lines: number }) {
  if (!text.content) return <Lines n={lines} />;
  return (
    <>
      <p className="book-text">{text.content}</p>
      <Amendments items={text.amendments} />
    </>
  );
}

/** A table, with `emptyRows` ruled rows when it has no rows (blank book, or nothing recorded). */
function Table({ table, emptyRows = 3, wide }: { table: BookTable; emptyRows?: number; wide?: number }) {
  return (
    <table className="book-table">
      <thead>
        <tr>
          {table.columns.map((c, i) => (
            <th key={i} style={wide === i ? { width: '40%' } : undefined}>
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.length
          ? table.rows.map((r, i) => (
              <tr key={i}>
                {r.map((cell, j) => (
                  <td key={j} className={j === wide ? 't' : 'c'}>
                    {cell}
                  </td>
                ))}
              </tr>
            ))
          : Array.from({ length: emptyRows }, (_, i) => (
              <tr key={i} className="book-table-empty">
                {table.columns.map((_c, j) => (
                  <td key={j} />
                ))}
              </tr>
            ))}
      </tbody>
    </table>
  );
}

function Sign({ lines }: { lines: readonly string[] }) {
  return (
    <div className="book-sign">
      {lines.map((l, i) => (
        <div key={i}>
          <span>{l}</span>
        </div>
      ))}
    </div>
  );
}

function Cover({ book }: { book: RecordBook }) {
  return (
    <section className="book-cover">
      <h1 className="book-cover-title">{book.cover.title}</h1>
      <div className="book-cover-year">{book.cover.year}</div>
      <table className="book-cover-fields">
        <tbody>
          {book.cover.fields.map(([label, value]) => (
            <tr key={label}>
              <th>{label}</th>
              <td>{value}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="book-cover-printed">{book.cover.printedBy}</div>
    </section>
  );
}

function Personal({ book, onPhoto }: { book: RecordBook; onPhoto: () => void }) {
  const f = book.personal.fields;
  // Two label/value pairs a row; the photo beside the first four rows, the later rows reach under it.
  const rows: [string, string][][] = [];
  for (let i = 0; i < f.length; i += 2) rows.push(f.slice(i, i + 2));
  return (
    <section className="book-sheet">
      <h2>{B.section.personal}</h2>
      <table className="book-personal">
        <colgroup>
          <col className="book-personal-label" />
          <col />
          <col className="book-personal-label" />
          <col />
          <col className="book-photo" />
        </colgroup>
        <tbody>
          {rows.map((pair, i) => {
            const withPhoto = i < 4;
            const lastSpan = (pair.length === 1 ? 3 : 1) + (withPhoto ? 0 : 1);
            return (
              <tr key={i}>
                {pair.map(([label, value], j) => (
                  <PersonalCells key={label} label={label} value={value} span={j === pair.length - 1 ? lastSpan : 1} />
                ))}
                {i === 0 && (
                  <td className="book-photo" rowSpan={4}>
                    {book.personal.photo ? <img src={book.personal.photo} alt={B.personal.photo} onLoad={onPhoto} onError={onPhoto} /> : B.personal.photo}
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

function PersonalCells({ label, value, span }: { label: string; value: string; span: number }) {
  return (
    <>
      <th>{label}</th>
      <td colSpan={span}>{value}</td>
    </>
  );
}

function Month({ month, blank }: { month: BookMonth; blank: boolean }) {
  return (
    <section className="book-month" data-month={month.month}>
      <h2>{B.section.month(month.title)}</h2>
      <div className="book-box">
        <div className="book-box-title">{B.section.monthlyGoal}</div>
        <TextBlock text={month.goal} lines={4} />
      </div>
      <table className="book-table book-daily">
        <thead>
          <tr>
            <th className="col-date">{B.columns.date}</th>
            <th className="col-weekday">{B.columns.weekday}</th>
            <th>{B.columns.content}</th>
            <th className="col-location">{B.columns.location}</th>
            <th className="col-outcome">{B.columns.outcome}</th>
          </tr>
        </thead>
        <tbody>
          {month.days.map((d) => (
            <tr key={d.date} className={d.content.length > LONG_ENTRY ? 'book-row-long' : undefined}>
              <td className="c nw">{d.dayLabel}</td>
              <td className="c">{d.weekday}</td>
              <td className="t">
                {d.content}
                <Amendments items={d.amendments} />
              </td>
              <td className="t">{d.location}</td>
              <td className="t">{d.outcome}</td>
            </tr>
          ))}
          {!blank && month.days.length === 0 && (
            <tr className="book-table-empty">
              <td />
              <td />
              <td />
              <td />
              <td />
            </tr>
          )}
        </tbody>
      </table>
      <div className="book-month-end">
        <div className="book-box">
          <div className="book-box-title">{B.section.monthlyAnalysis}</div>
          <TextBlock text={month.analysis} lines={6} />
        </div>
        <div className="book-box book-review">
          <div className="book-box-title">{B.section.review}</div>
          <Sign lines={B.reviewLines} />
        </div>
      </div>
    </section>
  );
}

function ListSection({ title, rows, lines }: { title: string; rows: readonly BookListRow[]; lines: number }) {
  return (
    <>
      <h3>{title}</h3>
      {rows.length === 0 ? (
        <Lines n={lines} />
      ) : (
        <table className="book-table">
          <thead>
            <tr>
              <th className="col-date">{B.columns.date}</th>
              <th style={{ width: '22%' }}>{B.columns.title}</th>
              <th>{B.columns.content}</th>
              <th className="col-location">{B.columns.location}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={i} className={r.content.length > LONG_ENTRY ? 'book-row-long' : undefined}>
                <td className="c nw">{r.date}</td>
                <td className="t">{r.title}</td>
                <td className="t">
                  {r.content}
                  <Amendments items={r.amendments} />
                </td>
                <td className="t">{r.location}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

/** One inspection as a form: the facts on a line, the comment, the rectification; blank lines when none. */
function InspectionBox({ inspection: i }: { inspection?: BookInspection }) {
  const C = B.columns;
  return (
    <div className="book-box">
      <div className="book-fields">
        {[
          [C.date, i?.date],
          [C.inspector, i?.inspector],
          [C.scope, i?.scope],
          [C.period, i?.period],
          [C.counts, i?.counts],
          [C.rating, i?.rating],
        ].map(([label, value]) => (
          <span key={label}>
            <b>{label}：</b>
            {value || '\u3000\u3000\u3000\u3000'}
          </span>
        ))}
      </div>
      <div className="book-box-title">{C.comment}</div>
      {i ? <p className="book-text">{i.comment}</p> : <Lines n={3} />}
      <div className="book-fields">
        <span>
          <b>{C.rectification}：</b>
          {i?.rectification}
        </span>
      </div>
    </div>
  );
}

function Opinion({ title, text }: { title: string; text: string }) {
  return (
    <div className="book-box book-opinion" data-opinion={title}>
      <div className="book-box-title">{title}</div>
      {text ? <p className="book-text">{text}</p> : <Lines n={3} />}
      <Sign lines={[B.seal, B.sealDate]} />
    </div>
  );
}

/** The whole book, section by section in the order of DOMAIN §3.2. */
export function RecordBookSections({ book, onPhoto }: { book: RecordBook; onPhoto: () => void }) {
  const blank = book.blank;
  return (
    <>
      <Cover book={book} />
      <section className="book-sheet book-instructions">
        <h2>{B.section.instructions}</h2>
        {book.instructions.map((p, i) => (
          <p key={i} className="book-paragraph">
            {p}
          </p>
        ))}
      </section>
      <Personal book={book} onPhoto={onPhoto} />
      <section className="book-sheet">
        <h2>{B.section.plan}</h2>
        <h3>{B.section.studyPlan}</h3>
        {book.plan.studyPlan ? <p className="book-text">{book.plan.studyPlan}</p> : <Lines n={6} />}
        {book.plan.goals.map((g) => (
          <div key={g.title}>
            <h3>{g.title}</h3>
            <TextBlock text={g} lines={6} />
          </div>
        ))}
      </section>
      {book.months.map((m) => (
        <Month key={m.month} month={m} blank={blank} />
      ))}
      <section className="book-sheet">
        <h2>{B.section.quarters}</h2>
        {book.quarters.length === 0 ? (
          <Lines n={12} />
        ) : (
          book.quarters.map((q) => (
            <div key={q.title} className="book-box">
              <div className="book-box-title">{q.title}</div>
              <TextBlock text={q} lines={6} />
            </div>
          ))
        )}
        <h3>{B.section.routine}</h3>
        <Table table={book.routine} />
      </section>
      <section className="book-sheet">
        <h2>{B.section.studyResearch}</h2>
        <ListSection title={B.section.study} rows={book.study} lines={8} />
        <ListSection title={B.section.research} rows={book.research} lines={8} />
      </section>
      {book.diary && (
        <section className="book-sheet">
          <h2>{B.section.diary}</h2>
          <ListSection title="" rows={book.diary} lines={16} />
        </section>
      )}
      <section className="book-sheet">
        <h2>{B.section.attendance}</h2>
        <h3>{B.section.attendanceMonths}</h3>
        <Table table={book.attendance.months} emptyRows={6} />
        {book.attendance.missingMonths && <p>{B.attendanceMissing}</p>}
        <h3>{B.section.leaves}</h3>
        <Table table={book.attendance.leaves} wide={3} />
        <h3>{B.section.spotChecks}</h3>
        <Table table={book.attendance.spotChecks} />
      </section>
      <section className="book-sheet book-inspections">
        <h2>{B.section.inspections}</h2>
        {book.inspections.length === 0
          ? Array.from({ length: 3 }, (_, i) => <InspectionBox key={i} />)
          : book.inspections.map((i, n) => <InspectionBox key={n} inspection={i} />)}
      </section>
      {book.talks && (
        <section className="book-sheet">
          <h2>{B.section.talks}</h2>
          <Table table={book.talks} wide={3} />
        </section>
      )}
      <section className="book-sheet book-assessments">
        <h2>{B.section.assessments}</h2>
        <h3>{B.section.annual}</h3>
        <Table table={book.assessments.annual} />
        <h3>{B.section.finalSummary}</h3>
        <TextBlock text={book.assessments.finalSummary} lines={10} />
      </section>
      <section className="book-sheet book-opinions">
        {book.assessments.opinions.map((o) => (
          <Opinion key={o.title} title={o.title} text={o.text} />
        ))}
      </section>
      <section className="book-sheet">
        <h2>{B.section.signature}</h2>
        <Sign lines={B.signatureLines} />
        <h3>{B.remarks}</h3>
        <p className="book-paragraph">{B.archiveNote}</p>
        <Lines n={6} />
      </section>
    </>
  );
}

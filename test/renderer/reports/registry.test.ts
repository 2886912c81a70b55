import { describe, expect, it } from 'vitest';
import { addDays, todayIso } from '@shared/domain/dates';
import { ON_POST_STATUSES } from '@shared/domain/enums';
import type { Bridge } from '@shared/ipc/contract';
import { headerLabels, sheetTitle } from '@shared/reports/document/inspect';
import { isGroupRow, WorkbookDocumentSchema, type BodyRow, type SheetHead } from '@shared/reports/document/schema';
import { termEndDate } from '@shared/reports/posting-format';
import { loadSample as loadSampleCounty } from '../../../renderer/src/db/operations/sample';
import { expiryReport } from '../../../renderer/src/reports/expiry-report';
import { REPORTS, reportById } from '../../../renderer/src/reports/index';
import { optionUi } from '../../../renderer/src/reports/report-definition';
import { rosterReport } from '../../../renderer/src/reports/roster-report';
import { runReport, type ReportProgress } from '../../../renderer/src/reports/run-report';
import { newStore } from '../db/test-store';

const SITE = { countyName: '开江县', reportingUnit: '中共开江县委组织部' };

/** A bridge that keeps what an export sends instead of writing a file. */
function recordingBridge() {
  const sent: { sheets: SheetHead[]; rows: BodyRow[][]; footers: unknown[] } = { sheets: [], rows: [], footers: [] };
  const bridge = {
    beginWorkbook: async (req: { suggestedName: string; sheets: SheetHead[] }) => {
      sent.sheets = req.sheets;
      sent.rows = req.sheets.map(() => []);
      return { jobId: '00000000-0000-4000-8000-000000000001' };
    },
    appendWorkbookRows: async (req: { sheet: number; rows: BodyRow[]; footer?: unknown }) => {
      sent.rows[req.sheet]!.push(...req.rows);
      if (req.footer) sent.footers[req.sheet] = req.footer;
      return { written: 0 };
    },
    finishWorkbook: async () => ({ fileName: 'x.xlsx' }),
    abortWorkbook: async () => ({ aborted: true as const }),
  };
  return { bridge: bridge as unknown as Bridge, sent };
}

describe('the report registry', () => {
  it('has unique ids, and every option has a default and a label or text for the form', () => {
    expect(new Set(REPORTS.map((r) => r.id)).size).toBe(REPORTS.length);
    expect(reportById('roster')).toBe(rosterReport);
    for (const report of REPORTS) {
      expect(() => report.options.parse({}), report.id).not.toThrow();
      for (const [name, field] of Object.entries(report.options.shape)) expect(optionUi.get(field as never), `${report.id}.${name}`).toBeDefined();
    }
  });

  it('refuses a roster with no column chosen, in Chinese', () => {
    const result = rosterReport.options.safeParse({ columns: [] });
    expect(result.error?.issues[0]?.message).toBe('至少选择一列');
  });
});

describe('reports through load → build → export', () => {
  it('roster: the picked postings, the chosen columns, the file name with the date, progress from 0 to 100', async () => {
    const store = await newStore();
    await loadSampleCounty(store, 60);
    const ids = (await store.db.postings.toArray()).slice(0, 7).map((p) => p.id);
    const { bridge, sent } = recordingBridge();
    const progress: ReportProgress[] = [];
    const options = rosterReport.options.parse({ groupBy: 'batch', columns: ['name', 'phone'] });
    const result = await runReport(rosterReport, { db: store.db, site: SITE, today: '2024-05-06', postingIds: ids }, options, (p) => progress.push(p), { bridge });

    expect(result).toEqual({ saved: true, fileName: 'x.xlsx', rows: 7 });
    expect(sent.sheets).toHaveLength(1);
    expect(sheetTitle(sent.sheets[0]!)).toBe('开江县挂职干部花名册');
    expect(headerLabels(sent.sheets[0]!)).toEqual(['序号', '姓名', '联系电话']);
    expect(sent.rows[0]!.filter((r) => !isGroupRow(r))).toHaveLength(7);
    expect(sent.rows[0]!.some(isGroupRow)).toBe(true);
    expect(progress[0]).toEqual({ text: '正在读取数据…', percent: 0 });
    expect(progress.map((p) => p.percent)).toEqual([...progress.map((p) => p.percent)].sort((a, b) => a - b));
    const sentRows = sent.rows[0]!.length;
    expect(progress.at(-1)).toEqual({ text: `正在写入Excel（${sentRows}/${sentRows}行）…`, percent: 100 });
    expect(progress).toContainEqual({ text: '正在写入Excel（共7人）…', percent: 40 });
  });

  it('roster: without a selection, every posting on post; the file is named after the county and the day', async () => {
    const store = await newStore();
    await loadSampleCounty(store, 60);
    const onPost = (await store.db.postings.toArray()).filter((p) => !p._deleted && ON_POST_STATUSES.includes(p.status));
    const data = await rosterReport.load({ db: store.db, site: SITE, today: todayIso() }, rosterReport.options.parse({}));
    expect(data.source.postings.map((p) => p.id).sort()).toEqual(onPost.map((p) => p.id).sort());
    expect(rosterReport.fileName(data, rosterReport.options.parse({}))).toMatch(/^开江县挂职干部花名册（\d{4}年\d{1,2}月\d{1,2}日）\.xlsx$/);
    expect(WorkbookDocumentSchema.safeParse(rosterReport.build(data, rosterReport.options.parse({}))).error).toBeUndefined();
  });

  it('expiry list: exactly the on-post terms ending within the window, checked against the records', async () => {
    const store = await newStore();
    await loadSampleCounty(store, 120);
    const today = todayIso();
    const options = expiryReport.options.parse({ withinDays: 60, includeOverdue: false });
    const doc = expiryReport.build(await expiryReport.load({ db: store.db, site: SITE, today }, options), options);
    const listed = doc.sheets[0]!.rows.filter((r) => !isGroupRow(r)).length;
    const postings = (await store.db.postings.toArray()).filter((p) => !p._deleted && ON_POST_STATUSES.includes(p.status));
    const expected = postings.filter((p) => termEndDate(p) >= today && termEndDate(p) <= addDays(today, 60));
    expect(expected.length).toBeGreaterThan(0);
    expect(listed).toBe(expected.length);
    const daysLeft = doc.sheets[0]!.rows.flatMap((r) => (isGroupRow(r) ? [] : [r.cells[7] as number]));
    expect(daysLeft.every((d) => d >= 0 && d <= 60)).toBe(true);
    expect(daysLeft).toEqual([...daysLeft].sort((a, b) => a - b));
  });
});

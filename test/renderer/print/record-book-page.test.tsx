import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { todayIso } from '@shared/domain/dates';
import { DESKTOP_ONLY_PRINT, openPrintTab } from '../../../renderer/src/bridge/web-bridge';
import { GztDatabase } from '../../../renderer/src/db/database';
import { createCadre, createPosting, createUnit, recordInspection, saveLogEntry, amendLogEntry } from '../../../renderer/src/db/operations';
import { Store } from '../../../renderer/src/db/store';
import PrintRoot from '../../../renderer/src/print/print-root';
import { cadreInput } from '../../fixtures/cadres';

afterEach(() => cleanup());

/** The app's own database (the print route opens it by its default name) with two cadres on post. */
async function county() {
  const store = await Store.open(new GztDatabase());
  if (!store.site) await store.setUp({ label: '开江县委组织部-干部科', role: 'orgDept', countyName: '开江县' }, { name: '中共开江县委组织部', level: 'county', kind: 'partyOrgan', isInCounty: true });
  const today = todayIso();
  const start = `${today.slice(0, 7)}-01`;
  const bureau = await createUnit(store, { name: `开江县财政局${Math.random()}`, shortName: '县财政局', level: 'county', kind: 'govOrgan', isInCounty: true });
  const town = await createUnit(store, { name: `讲治镇人民政府${Math.random()}`, shortName: '讲治镇', level: 'township', kind: 'township', isInCounty: true });
  const post = async (name: string, idCardNo: string) => {
    const c = await createCadre(store, cadreInput(bureau.id, { name, idCardNo }), today);
    const { posting } = await createPosting(
      store,
      { cadreId: c.id, type: 'secondmentDown', direction: 'down', dispatchingUnitId: bureau.id, originalPost: '科员', receivingUnitId: town.id, secondedPost: '党委委员、副镇长', startDate: start, termMonths: 12, plannedEndDate: '2099-01-01', status: 'active' },
      today,
    );
    return posting;
  };
  return { store, today, start, a: await post('张三', '340524199001010030'), b: await post('李四', '340524199002020038') };
}

describe('the 纪实手册 print route', () => {
  it('prints the book of one posting from the data, original and amendment, and moves on to another book with the readiness reset', async () => {
    const { store, today, start, a, b } = await county();
    await saveLogEntry(store, { postingId: a.id, kind: 'daily', date: start, content: '参加镇党委会议，研究秋粮收购工作' }, today);
    await recordInspection(store, { postingId: a.id }, { date: today, inspector: '王建华', inspectorUnit: '县委组织部', scope: ['recordBook'], periodFrom: start, periodTo: today, comment: '记录及时，内容具体。' }, today);
    const [entry] = (await store.db.logEntries.toArray()).filter((e) => e.postingId === a.id);
    await amendLogEntry(store, entry!.id, { amendedOn: today, content: '参加镇党委会议，研究秋粮收购和防火工作', reason: '漏记防火工作' }, today);
    store.close();

    const view = render(<PrintRoot route={{ kind: 'record-book', params: { postingId: a.id } }} />);
    await waitFor(() => expect(document.body.dataset.printReady).toBe('1'), { timeout: 10_000 });
    expect(screen.getByText('挂职干部工作纪实手册')).toBeTruthy();
    expect(screen.getByText('中共开江县委组织部印制')).toBeTruthy();
    expect(screen.getByText('参加镇党委会议，研究秋粮收购工作')).toBeTruthy();
    expect(screen.getByText(/漏记防火工作/)).toBeTruthy();
    expect(screen.getByText('记录及时，内容具体。')).toBeTruthy();
    expect(document.querySelector('style')?.textContent).toContain('"张三"');

    view.rerender(<PrintRoot route={{ kind: 'record-book', params: { postingId: b.id } }} />);
    expect(document.body.dataset.printReady).toBeUndefined();
    await waitFor(() => expect(document.body.dataset.printReady).toBe('1'), { timeout: 10_000 });
    expect(document.querySelector('[data-book-posting]')?.getAttribute('data-book-posting')).toBe(b.id);
    expect(screen.queryByText('参加镇党委会议，研究秋粮收购工作')).toBeNull();
  });

  it('says so when the posting is gone', async () => {
    render(<PrintRoot route={{ kind: 'record-book', params: { postingId: 'no-such-posting' } }} />);
    await waitFor(() => expect(document.body.dataset.printError).toBe('找不到这名干部的挂职记录，可能已被删除。请刷新后重新打印。'), { timeout: 10_000 });
  });
});

describe('printPdf of books in the browser', () => {
  it('refuses a batch and a booklet (desktop only) without opening a tab', async () => {
    const openTab = vi.fn();
    const route = { kind: 'record-book', params: { postingId: 'p1' } };
    await expect(openPrintTab({ route, more: [route], action: 'save', suggestedName: '纪实手册' }, { openTab })).rejects.toMatchObject({ code: 'desktop-only', message: DESKTOP_ONLY_PRINT });
    await expect(openPrintTab({ route, impose: 'booklet', action: 'save', suggestedName: '纪实手册' }, { openTab })).rejects.toMatchObject({ code: 'desktop-only' });
    expect(openTab).not.toHaveBeenCalled();
  });
});

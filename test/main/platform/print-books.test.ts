import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as electron from '../../mocks/electron';
import { labelledPdf, wordsPerPage } from '../pdf/pdf-helpers';

vi.mock('electron', () => import('../../mocks/electron'));

const { createPrintService } = await import('../../../electron/main/platform/print');
const { createHandler } = await import('../../../electron/main/ipc');

let dir: string;
beforeEach(() => {
  electron.resetElectronMock();
  dir = mkdtempSync(join(tmpdir(), 'gzt-print-books-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const route = (postingId: string) => ({ kind: 'record-book', params: { postingId, layout: 'a4' } });

function setup() {
  const service = createPrintService({ chooseSavePath: async () => join(dir, '纪实手册.pdf'), pollMs: 1 });
  const handler = createHandler('print:pdf', { service, isTrusted: () => true, log: () => undefined });
  return (request: unknown) => handler({ senderFrame: null }, request);
}

describe('print:pdf for record books', () => {
  it('renders a batch in one hidden window, book after book, and saves one PDF with every book on an odd page', async () => {
    const call = setup();
    const result = call({ route: route('p1'), more: [route('p2'), route('p3')], action: 'save', suggestedName: '纪实手册' });
    await vi.waitFor(() => expect(electron.BrowserWindow.instances).toHaveLength(1));
    const win = electron.BrowserWindow.instances[0]!;
    const pages: Record<string, number> = { p1: 3, p2: 2, p3: 1 };
    let showing = 'p1';
    win.webContents.executeJavaScript.mockImplementation(async (code: string) => {
      const next = /postingId=(p\d)/.exec(code);
      if (next) showing = next[1]!;
      return ['1', ''];
    });
    win.webContents.printToPDF.mockImplementation(async () => Buffer.from(await labelledPdf(Array.from({ length: pages[showing]! }, (_, i) => `${showing}-${i + 1}`))));
    await expect(result).resolves.toEqual({ outcome: 'saved', fileName: '纪实手册.pdf' });
    expect(win.loadURL).toHaveBeenCalledTimes(1);
    expect(win.webContents.printToPDF).toHaveBeenCalledTimes(3);
    const moves = win.webContents.executeJavaScript.mock.calls.map(([code]) => code).filter((code) => code.includes('location.hash'));
    expect(moves).toHaveLength(2);
    expect(moves[0]).toContain('delete document.body.dataset.printReady');
    expect(wordsPerPage(new Uint8Array(readFileSync(join(dir, '纪实手册.pdf'))))).toEqual([['p1-1'], ['p1-2'], ['p1-3'], [], ['p2-1'], ['p2-2'], ['p3-1']]);
    expect(win.destroy).toHaveBeenCalled();
  });

  it('imposes the A5 pages of a book as a booklet', async () => {
    const call = setup();
    const result = call({ route: { kind: 'record-book', params: { postingId: 'p1', layout: 'a5' } }, impose: 'booklet', action: 'save', suggestedName: '小册子' });
    await vi.waitFor(() => expect(electron.BrowserWindow.instances).toHaveLength(1));
    const win = electron.BrowserWindow.instances[0]!;
    win.webContents.executeJavaScript.mockResolvedValue(['1', '']);
    win.webContents.printToPDF.mockImplementation(async () => Buffer.from(await labelledPdf(['P1', 'P2', 'P3', 'P4'])));
    await expect(result).resolves.toMatchObject({ outcome: 'saved' });
    expect(wordsPerPage(new Uint8Array(readFileSync(join(dir, '纪实手册.pdf'))))).toEqual([
      ['P4', 'P1'],
      ['P2', 'P3'],
    ]);
  });

  it('names the book whose page failed, and writes nothing', async () => {
    const call = setup();
    const result = call({ route: route('p1'), more: [route('p2')], action: 'save', suggestedName: '纪实手册' });
    result.catch(() => undefined);
    await vi.waitFor(() => expect(electron.BrowserWindow.instances).toHaveLength(1));
    const win = electron.BrowserWindow.instances[0]!;
    let showing = 'p1';
    win.webContents.executeJavaScript.mockImplementation(async (code: string) => {
      if (code.includes('p2')) showing = 'p2';
      return showing === 'p1' ? ['1', ''] : ['', '找不到这名干部的挂职记录，可能已被删除。'];
    });
    win.webContents.printToPDF.mockImplementation(async () => Buffer.from(await labelledPdf(['x'])));
    await expect(result).rejects.toThrow(/第 2 本手册：打印页面出错：找不到这名干部的挂职记录/);
    expect(() => readFileSync(join(dir, '纪实手册.pdf'))).toThrow();
    expect(win.destroy).toHaveBeenCalled();
  });

  it('refuses to send a batch or a booklet straight to the printer, before any window opens', async () => {
    const call = setup();
    await expect(call({ route: route('p1'), more: [route('p2')], action: 'print', suggestedName: 'x' })).rejects.toThrow(/须先保存为PDF/);
    await expect(call({ route: route('p1'), impose: 'booklet', action: 'print', suggestedName: 'x' })).rejects.toThrow(/须先保存为PDF/);
    await expect(call({ route: route('p1'), impose: 'poster', action: 'save', suggestedName: 'x' })).rejects.toThrow(/invalid-request/);
    expect(electron.BrowserWindow.instances).toHaveLength(0);
  });
});

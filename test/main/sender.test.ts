import { beforeEach, describe, expect, it } from 'vitest';
import { APP_ORIGIN, isAppUrl, originOf, trustDevServer } from '../../electron/main/app-origin';
import { isTrustedSender, type WindowLike } from '../../electron/main/sender';

function windowWith(url: string, destroyed = false): WindowLike & { webContents: { mainFrame: { url: string } } } {
  return { isDestroyed: () => destroyed, webContents: { mainFrame: { url } } };
}

describe('app origin', () => {
  beforeEach(() => trustDevServer(undefined, false));

  it('is app://guazhitong', () => {
    expect(APP_ORIGIN).toBe('app://guazhitong');
    expect(originOf('app://guazhitong/index.html?x#y')).toBe('app://guazhitong');
    expect(originOf('APP://GuaZhiTong/')).toBe('app://guazhitong');
  });

  it('recognises only its own URLs', () => {
    expect(isAppUrl('app://guazhitong/index.html')).toBe(true);
    for (const url of ['app://guazhitong.evil/', 'app://evil/', 'https://guazhitong/', 'file:///index.html', 'about:blank', 'not a url', '']) {
      expect(isAppUrl(url), url).toBe(false);
    }
  });

  it('trusts a local dev server only when unpackaged', () => {
    expect(trustDevServer('http://localhost:5173/', true)).toBeNull();
    expect(isAppUrl('http://localhost:5173/')).toBe(false);
    expect(trustDevServer('http://evil.example:5173/', false)).toBeNull();
    expect(trustDevServer('http://localhost:5173/', false)).toBe('http://localhost:5173/');
    expect(isAppUrl('http://localhost:5173/src/main.tsx')).toBe(true);
    expect(isAppUrl('http://localhost:5174/')).toBe(false);
  });
});

describe('isTrustedSender', () => {
  it('accepts the main frame of the window on the app origin', () => {
    const win = windowWith('app://guazhitong/index.html');
    expect(isTrustedSender({ senderFrame: win.webContents.mainFrame }, win)).toBe(true);
  });

  it('rejects another frame, even on the app origin', () => {
    const win = windowWith('app://guazhitong/index.html');
    expect(isTrustedSender({ senderFrame: { url: 'app://guazhitong/index.html' } }, win)).toBe(false);
  });

  it('rejects the main frame once it shows another origin', () => {
    const win = windowWith('https://evil.example/');
    expect(isTrustedSender({ senderFrame: win.webContents.mainFrame }, win)).toBe(false);
  });

  it('rejects a disposed frame, a missing or destroyed window', () => {
    const win = windowWith('app://guazhitong/index.html');
    expect(isTrustedSender({ senderFrame: null }, win)).toBe(false);
    expect(isTrustedSender({ senderFrame: win.webContents.mainFrame }, null)).toBe(false);
    const dead = windowWith('app://guazhitong/index.html', true);
    expect(isTrustedSender({ senderFrame: dead.webContents.mainFrame }, dead)).toBe(false);
  });
});

import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as electron from '../mocks/electron';

vi.mock('electron', () => import('../mocks/electron'));

const security = await import('../../electron/main/security');
const { trustDevServer } = await import('../../electron/main/app-origin');

type Contents = Parameters<typeof security.hardenWebContents>[0];
type Session = Parameters<typeof security.hardenSession>[0];

function navigationEvent(url = '') {
  return { url, preventDefault: vi.fn() };
}

describe('security', () => {
  beforeEach(() => {
    electron.resetElectronMock();
    trustDevServer(undefined, false);
  });

  it('has exactly the agreed CSP', () => {
    expect(security.CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    );
    expect(security.CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
  });

  describe('hardenWebContents', () => {
    let contents: electron.MockWebContents;
    beforeEach(() => {
      contents = new electron.MockWebContents();
      security.hardenWebContents(contents as unknown as Contents);
    });

    it.each(['https://evil.example/', 'http://127.0.0.1:5180/', 'file:///etc/passwd', 'app://other/index.html', 'javascript:alert(1)'])(
      'prevents navigation to %s',
      (url) => {
        for (const name of ['will-navigate', 'will-redirect']) {
          const event = navigationEvent();
          contents.emit(name, event, url);
          expect(event.preventDefault, name).toHaveBeenCalled();
        }
        const frameEvent = navigationEvent(url);
        contents.emit('will-frame-navigate', frameEvent);
        expect(frameEvent.preventDefault).toHaveBeenCalled();
      },
    );

    it('allows navigation within app://guazhitong', () => {
      const event = navigationEvent();
      contents.emit('will-navigate', event, 'app://guazhitong/index.html#/cadres');
      expect(event.preventDefault).not.toHaveBeenCalled();
    });

    it('denies every new window', () => {
      expect(contents.windowOpenHandler).not.toBeNull();
      expect(contents.windowOpenHandler!({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
      expect(contents.windowOpenHandler!({ url: 'app://guazhitong/index.html' })).toEqual({ action: 'deny' });
    });

    it('prevents <webview> from attaching', () => {
      const event = navigationEvent();
      contents.emit('will-attach-webview', event, {}, {});
      expect(event.preventDefault).toHaveBeenCalled();
    });
  });

  it('hardens every web contents the app creates', () => {
    security.installWebContentsHardening();
    const contents = new electron.MockWebContents();
    electron.app.emit('web-contents-created', {}, contents);
    expect(contents.setWindowOpenHandler).toHaveBeenCalledTimes(1);
    expect(contents.listenerCount('will-navigate')).toBe(1);
  });

  it('allows exactly persistent-storage, for the app’s own page, and denies every other request and check', () => {
    const ses = new electron.MockSession();
    security.hardenSession(ses as unknown as Session);
    const contents = new electron.MockWebContents();
    const request = (permission: string, requestingUrl: string) => {
      const callback = vi.fn();
      ses.permissionRequestHandler!(contents, permission, callback, { requestingUrl });
      return callback.mock.calls[0]![0] as boolean;
    };
    expect(request('persistent-storage', 'app://guazhitong/index.html')).toBe(true);
    expect(ses.permissionCheckHandler!(contents, 'persistent-storage', 'app://guazhitong', {})).toBe(true);
    expect(request('persistent-storage', 'https://evil.example/')).toBe(false);
    expect(ses.permissionCheckHandler!(contents, 'persistent-storage', 'https://evil.example', {})).toBe(false);
    for (const permission of ['media', 'notifications', 'clipboard-read', 'geolocation', 'storage-access', 'fullscreen', 'openExternal']) {
      expect(request(permission, 'app://guazhitong/index.html'), permission).toBe(false);
      expect(ses.permissionCheckHandler!(contents, permission, 'app://guazhitong', {}), permission).toBe(false);
    }
    // Without details, the page's own URL decides.
    const callback = vi.fn();
    ses.permissionRequestHandler!(contents, 'persistent-storage', callback, undefined);
    expect(callback).toHaveBeenCalledWith(true);
    expect(ses.devicePermissionHandler!({})).toBe(false);
  });
});

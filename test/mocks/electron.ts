// Hand-written stand-in for the parts of 'electron' the app uses (there is no Electron binary on
// the build machines; ENVIRONMENT.md). Use it with
//   vi.mock('electron', () => import('../mocks/electron'));
// and call resetElectronMock() in beforeEach. Everything records what it was given.
import { vi } from 'vitest';

type Listener = (...args: any[]) => unknown;

/** A minimal EventEmitter that keeps its listeners inspectable. */
export class MockEmitter {
  readonly listeners = new Map<string, Listener[]>();

  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }

  once(event: string, listener: Listener): this {
    const wrapper: Listener = (...args) => {
      this.off(event, wrapper);
      return listener(...args);
    };
    return this.on(event, wrapper);
  }

  off(event: string, listener: Listener): this {
    this.listeners.set(
      event,
      (this.listeners.get(event) ?? []).filter((l) => l !== listener),
    );
    return this;
  }

  emit(event: string, ...args: unknown[]): boolean {
    const list = [...(this.listeners.get(event) ?? [])];
    for (const listener of list) listener(...args);
    return list.length > 0;
  }

  listenerCount(event: string): number {
    return this.listeners.get(event)?.length ?? 0;
  }
}

/** Stand-in for WebFrameMain. */
export class MockWebFrameMain {
  constructor(public url: string) {}
}

/** Stand-in for WebContents. */
export class MockWebContents extends MockEmitter {
  mainFrame = new MockWebFrameMain('app://guazhitong/index.html');
  windowOpenHandler: ((details: { url: string }) => { action: 'allow' | 'deny' }) | null = null;
  setWindowOpenHandler = vi.fn((handler: (details: { url: string }) => { action: 'allow' | 'deny' }) => {
    this.windowOpenHandler = handler;
  });
  /** What the page's script evaluates to (tests set it per call). */
  executeJavaScript = vi.fn(async (_code: string): Promise<unknown> => undefined);
  printToPDF = vi.fn(async (_options: unknown) => Buffer.from('%PDF-1.4\n%%EOF\n'));
  print = vi.fn((_options: unknown, callback?: (success: boolean, failureReason: string) => void) => callback?.(true, ''));
  getURL = vi.fn(() => this.mainFrame.url);
}

/** Stand-in for BrowserWindow; `BrowserWindow.instances` holds every window created. */
export class BrowserWindow extends MockEmitter {
  static instances: BrowserWindow[] = [];
  static getAllWindows = vi.fn(() => BrowserWindow.instances.filter((w) => !w.destroyed));
  static getFocusedWindow = vi.fn(() => BrowserWindow.instances.find((w) => !w.destroyed) ?? null);

  readonly options: any;
  readonly webContents = new MockWebContents();
  destroyed = false;
  loadURL = vi.fn(async (_url: string) => undefined);
  show = vi.fn();
  focus = vi.fn();
  restore = vi.fn();
  isMinimized = vi.fn(() => false);
  isDestroyed = vi.fn(() => this.destroyed);
  destroy = vi.fn(() => {
    this.destroyed = true;
  });

  constructor(options: any) {
    super();
    this.options = options;
    BrowserWindow.instances.push(this);
  }
}

/** Stand-in for ipcMain: `ipcMain.handlers` maps channel → listener. */
export const ipcMain = {
  handlers: new Map<string, Listener>(),
  handle: vi.fn((channel: string, listener: Listener) => {
    if (ipcMain.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    ipcMain.handlers.set(channel, listener);
  }),
  removeHandler: vi.fn((channel: string) => {
    ipcMain.handlers.delete(channel);
  }),
};

/** Stand-in for ipcRenderer (preload side). */
export const ipcRenderer = {
  invoke: vi.fn(async (..._args: unknown[]) => undefined as unknown),
};

/** Stand-in for contextBridge: `contextBridge.exposed` maps key → exposed value. */
export const contextBridge = {
  exposed: new Map<string, unknown>(),
  exposeInMainWorld: vi.fn((key: string, api: unknown) => {
    contextBridge.exposed.set(key, api);
  }),
};

/** Stand-in for protocol: `protocol.handlers` maps scheme → handler. */
export const protocol = {
  handlers: new Map<string, (request: Request) => Promise<Response> | Response>(),
  registerSchemesAsPrivileged: vi.fn(),
  handle: vi.fn((scheme: string, handler: (request: Request) => Promise<Response> | Response) => {
    protocol.handlers.set(scheme, handler);
  }),
};

/** Stand-in for a Session, recording the handlers set on it. */
export class MockSession {
  permissionRequestHandler: Listener | null = null;
  permissionCheckHandler: Listener | null = null;
  devicePermissionHandler: Listener | null = null;
  setPermissionRequestHandler = vi.fn((handler: Listener | null) => {
    this.permissionRequestHandler = handler;
  });
  setPermissionCheckHandler = vi.fn((handler: Listener | null) => {
    this.permissionCheckHandler = handler;
  });
  setDevicePermissionHandler = vi.fn((handler: Listener | null) => {
    this.devicePermissionHandler = handler;
  });
}

export const session = {
  defaultSession: new MockSession(),
};

export const dialog = {
  showSaveDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: true, filePath: '' })),
  showOpenDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: true, filePaths: [] as string[] })),
  showMessageBox: vi.fn(async (..._args: unknown[]) => ({ response: 0, checkboxChecked: false })),
};

/** Stand-in for Menu: `Menu.applicationMenu` holds the template last set. */
export const Menu = {
  applicationMenu: null as { template: any[] } | null,
  buildFromTemplate: vi.fn((template: any[]) => ({ template })),
  setApplicationMenu: vi.fn((menu: { template: any[] } | null) => {
    Menu.applicationMenu = menu;
  }),
};

export const screen = {
  getPrimaryDisplay: vi.fn(() => ({ workAreaSize: { width: 1920, height: 1040 } })),
};

class MockApp extends MockEmitter {
  isPackaged = false;
  private resolveReady: () => void = () => undefined;
  private ready: Promise<void> = Promise.resolve();
  whenReady = vi.fn(() => this.ready);
  requestSingleInstanceLock = vi.fn(() => true);
  enableSandbox = vi.fn();
  quit = vi.fn();
  getVersion = vi.fn(() => '0.0.0-test');
  getPath = vi.fn((name: string) => `/home/test/${name}`);

  constructor() {
    super();
    this.reset();
  }

  /** Resolves the promise `whenReady()` returns (the app's `ready`). */
  becomeReady(): void {
    this.resolveReady();
  }

  reset(): void {
    this.listeners.clear();
    this.isPackaged = false;
    this.ready = new Promise((resolve) => (this.resolveReady = resolve));
    this.requestSingleInstanceLock.mockImplementation(() => true);
  }
}

export const app = new MockApp();

/** Puts every stand-in back to its initial state. */
export function resetElectronMock(): void {
  BrowserWindow.instances = [];
  ipcMain.handlers.clear();
  contextBridge.exposed.clear();
  protocol.handlers.clear();
  Menu.applicationMenu = null;
  session.defaultSession = new MockSession();
  app.reset();
  vi.clearAllMocks();
}

export default {
  app,
  BrowserWindow,
  contextBridge,
  dialog,
  ipcMain,
  ipcRenderer,
  Menu,
  protocol,
  screen,
  session,
};

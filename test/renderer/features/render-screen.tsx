import { render } from '@testing-library/react';
import { App, ConfigProvider } from 'antd';
import type { ReactNode } from 'react';
import { StoreProvider } from '../../../renderer/src/app/store-context';
import type { Store } from '../../../renderer/src/db/store';

/** antd asks for media queries and element sizes jsdom does not provide; call in beforeAll. */
export function patchJsdomForAntd(): void {
  const getComputedStyle = window.getComputedStyle.bind(window);
  window.getComputedStyle = (elt: Element) => getComputedStyle(elt);
  window.matchMedia ??= ((query: string) => ({ matches: false, media: query, onchange: null, addListener: () => {}, removeListener: () => {}, addEventListener: () => {}, removeEventListener: () => {}, dispatchEvent: () => false })) as never;
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as never;
}

/** Renders a screen as the app does: antd's App (message, modal) and the open store. */
export function renderScreen(store: Store, screen: ReactNode) {
  return render(
    <ConfigProvider button={{ autoInsertSpace: false }} theme={{ token: { motion: false } }}>
      <App>
        <StoreProvider open={() => Promise.resolve(store)} loading={<div>loading</div>} failed={(e) => <div>{e.message}</div>}>
          {screen}
        </StoreProvider>
      </App>
    </ConfigProvider>,
  );
}

import { Button, Result } from 'antd';
import { useState, type CSSProperties, type ReactNode } from 'react';
import { useWriteLock } from './store-context';
import { T } from './texts';

const COVER: CSSProperties = {
  position: 'fixed',
  inset: 0,
  zIndex: 3000, // above antd's drawers, modals and popups (1000–1100)
  background: 'rgba(245, 245, 245, 0.97)',
  display: 'flex',
  alignItems: 'center',
  justifyContent: 'center',
};

/**
 * While another window writes to this database, covers the app with "挂职通已在另一个窗口中打开"
 * and a button to take over. The app underneath stays mounted (what the clerk typed is kept for
 * when this window writes again) but inert, and the Store refuses writes in any case.
 */
export function OtherWindowGuard({ children }: { children: ReactNode }) {
  const { state, takeOver } = useWriteLock();
  const [busy, setBusy] = useState(false);
  const blocked = state !== 'held';
  const onTakeOver = () => {
    setBusy(true);
    void takeOver().finally(() => setBusy(false));
  };
  return (
    <>
      <div inert={blocked} style={{ height: '100%' }}>
        {children}
      </div>
      {blocked && (
        <div style={COVER} role="alertdialog" aria-modal="true" aria-label={T.otherWindow.title}>
          <Result
            status="warning"
            title={T.otherWindow.title}
            subTitle={<div style={{ maxWidth: 580, margin: '0 auto' }}>{state === 'taken' ? T.otherWindow.taken : T.otherWindow.elsewhere}</div>}
            extra={
              <Button type="primary" size="large" loading={busy} onClick={onTakeOver}>
                {T.otherWindow.takeOver}
              </Button>
            }
          />
        </div>
      )}
    </>
  );
}

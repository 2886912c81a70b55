import { App as AntApp, Button, ConfigProvider, Result, Spin } from 'antd';
import { lazy, Suspense } from 'react';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { ErrorBoundary, PageFailure } from '../components/error-boundary';
import { DatabaseUpgradedError } from '../db/errors';
import { SetupPage } from '../features/setup/setup-page';
import { errorText } from './errors';
import { OtherWindowGuard } from './other-window-guard';
import { usePrintRoute } from './routes';
import { Shell } from './shell';
import { StoreProvider, useSite } from './store-context';
import { T } from './texts';

dayjs.locale('zh-cn');

const PrintRoot = lazy(() => import('../print/print-root'));

const reloadWindow = () => window.location.reload();

function Gate() {
  const { site } = useSite();
  return site ? <Shell /> : <SetupPage />;
}

/** Why the database cannot be used: refused or failed to open, or upgraded by another window. */
function DatabaseFailure({ error }: { error: Error }) {
  if (error instanceof DatabaseUpgradedError)
    return (
      <Result
        status="warning"
        title={T.upgraded}
        subTitle={error.detail}
        extra={
          <Button type="primary" onClick={reloadWindow}>
            {T.reloadPage}
          </Button>
        }
      />
    );
  return <Result status="error" title={T.openFailed} subTitle={errorText(error)} />;
}

/** The last resort: something outside every page failed (the menu, the frame); reopens the window. */
function AppFailure({ error }: { error: unknown }) {
  return <PageFailure error={error} reload={reloadWindow} title={T.boundary.appTitle} text={T.boundary.appText} action={T.boundary.appReload} />;
}

/**
 * The whole app: Chinese locale, the database (one writing window per database), first-run setup,
 * then the shell; print routes on their own. Each section page has its own error boundary
 * (sections.tsx); the one here catches what fails outside them.
 */
export function App() {
  const printRoute = usePrintRoute();
  if (printRoute)
    return (
      <Suspense fallback={null}>
        <PrintRoot route={printRoute} />
      </Suspense>
    );
  return (
    <ConfigProvider locale={zhCN} button={{ autoInsertSpace: false }} theme={{ token: { colorPrimary: '#b71c1c', borderRadius: 4 } }}>
      <AntApp style={{ height: '100%' }}>
        <ErrorBoundary fallback={(error) => <AppFailure error={error} />}>
          <StoreProvider loading={<Spin size="large" fullscreen tip={T.opening} />} failed={(e) => <DatabaseFailure error={e} />}>
            <OtherWindowGuard>
              <Gate />
            </OtherWindowGuard>
          </StoreProvider>
        </ErrorBoundary>
      </AntApp>
    </ConfigProvider>
  );
}

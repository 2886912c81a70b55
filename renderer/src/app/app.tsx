import { App as AntApp, ConfigProvider, Result, Spin } from 'antd';
import { lazy, Suspense } from 'react';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { SetupPage } from '../features/setup/setup-page';
import { usePrintRoute } from './routes';
import { Shell } from './shell';
import { StoreProvider, useSite } from './store-context';
import './global.css';

dayjs.locale('zh-cn');

const PrintRoot = lazy(() => import('../print/print-root'));

function Gate() {
  const { site } = useSite();
  return site ? <Shell /> : <SetupPage />;
}

/** The whole app: Chinese locale, the database, first-run setup, then the shell; print routes on their own. */
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
        <StoreProvider
          loading={<Spin size="large" fullscreen tip="正在打开数据库…" />}
          failed={(e) => (
            <Result
              status="error"
              title="无法打开本机数据库"
              subTitle={`${e.message}。请关闭其他正在运行的挂职通窗口后重新打开；如仍不能打开，请联系技术支持，不要删除浏览器数据。`}
            />
          )}
        >
          <Gate />
        </StoreProvider>
      </AntApp>
    </ConfigProvider>
  );
}

// The page of each menu section (the menu itself, its order and labels, is SECTIONS in ./routes.ts).
// A feature adds its section with ONE line here — `attendance: AttendancePage,` — and keeps its
// tabs in its own page file (as features/registry/registry-page.tsx does with Tabs and route.tab).
import type { ComponentType } from 'react';
import { AllowancePage } from '../features/allowance/allowance-page';
import { AttendancePage } from '../features/attendance/attendance-page';
import { ExchangePage } from '../features/exchange/exchange-page';
import { AssessmentPage } from '../features/assessment/assessment-page';
import { OverviewPage } from '../features/overview/overview-page';
import { RecordsPage } from '../features/records/records-page';
import { RegistryPage } from '../features/registry/registry-page';
import { ReportsPage } from '../features/reports/reports-page';
import { SettingsPage } from '../features/settings/settings-page';
import { routeHash, type Route, type SectionKey } from './routes';
import { ErrorBoundary } from '../components/error-boundary';
import { TestFault } from '../components/test-fault';

/** What a section page gets: the current route (its tab and params). */
export type SectionPage = ComponentType<{ route: Route }>;

/**
 * A section page under its own error boundary: an exception while it renders shows "此页面出现错误"
 * with "重新加载此页" in place of the page, the menu and the other sections keep working, and the
 * boundary tries again when the route changes. TestFault is the browser tests' trigger (see there).
 */
function guarded(Page: SectionPage): SectionPage {
  return function GuardedSection({ route }) {
    return (
      <ErrorBoundary resetKey={routeHash(route)}>
        <TestFault params={route.params} />
        <Page route={route} />
      </ErrorBoundary>
    );
  };
}

const PAGES: { readonly [K in SectionKey]: SectionPage } = {
  overview: OverviewPage,
  registry: RegistryPage,
  attendance: AttendancePage,
  records: RecordsPage,
  allowance: AllowancePage,
  assessment: AssessmentPage,
  reports: ReportsPage,
  exchange: ExchangePage,
  settings: SettingsPage,
};

/** Every section's page, each under its own error boundary. */
export const SECTION_PAGES = Object.fromEntries(Object.entries(PAGES).map(([key, page]) => [key, guarded(page)])) as { readonly [K in SectionKey]: SectionPage };

import { afterEach } from 'vitest';
import { checkOpenApps, screenshotOpenPages } from './browser';

// Every e2e test fails on any page error or console error of the apps it opened (openApp).
afterEach(checkOpenApps);

// Registered last, so it runs first (after-hooks run as a stack): a failed test's pages are still open.
afterEach(async ({ task }) => {
  if (task.result?.state === 'fail') await screenshotOpenPages(task.name);
});

import { afterEach } from 'vitest';
import { checkOpenApps } from './browser';

// Every e2e test fails on any page error or console error of the apps it opened (openApp).
afterEach(checkOpenApps);

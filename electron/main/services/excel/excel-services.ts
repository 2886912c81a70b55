// The `xlsx:*` channels: report exports as jobs (workbook-jobs.ts) and reading a workbook the
// renderer has opened (workbook-reader.ts). One implementation for Electron main and the web host.
import type { ServiceTable } from '../dispatch';
import { createWorkbookJobs, type WorkbookJobChannel, type WorkbookJobs, type WorkbookJobsOptions } from './workbook-jobs';
import { readWorkbook } from './workbook-reader';

/** The Excel channels. */
export type ExcelChannel = WorkbookJobChannel | 'xlsx:read';

/** The Excel services over `options` (Electron passes the save dialog; the web host nothing). */
export function createExcelServices(options: WorkbookJobsOptions = {}): { services: ServiceTable<ExcelChannel>; jobs: WorkbookJobs } {
  const jobs = createWorkbookJobs(options);
  return {
    jobs,
    services: {
      ...jobs.services,
      'xlsx:read': async ({ data, maxRows }) => readWorkbook(data, { maxRows }),
    },
  };
}

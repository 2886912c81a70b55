// The Excel export channels (`xlsx:begin` … `xlsx:abort`): report exports as jobs
// (workbook-jobs.ts). One implementation for Electron main and the web host. Reading workbooks
// (`xlsx:read`) is in ../tables/table-read-services.ts.
import type { ServiceTable } from '../dispatch';
import { createWorkbookJobs, type WorkbookJobChannel, type WorkbookJobs, type WorkbookJobsOptions } from './workbook-jobs';

/** The Excel export channels. */
export type ExcelChannel = WorkbookJobChannel;

/** The Excel services over `options` (Electron passes the save dialog; the web host nothing). */
export function createExcelServices(options: WorkbookJobsOptions = {}): { services: ServiceTable<ExcelChannel>; jobs: WorkbookJobs } {
  const jobs = createWorkbookJobs(options);
  return { jobs, services: jobs.services };
}

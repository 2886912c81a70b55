import { createRosterValidationService, type RosterValidationService } from './roster-validation-service';
import { workerClient, type WorkerClient } from './worker-client';

/** The validation service as the wizard calls it. */
export type RosterValidationClient = WorkerClient<RosterValidationService>;

/** Starts the validation worker (in the page where there is none). */
export function createRosterValidationClient(): RosterValidationClient {
  return workerClient(() => new Worker(new URL('./roster-validation.worker.ts', import.meta.url), { type: 'module', name: 'roster-validation' }), createRosterValidationService);
}

import { wrap, type Remote } from 'comlink';
import { createRosterValidationService, type RosterValidationService } from './roster-validation-service';

/** The validation service as the wizard calls it: every method async, callbacks passed with comlink's `proxy`. */
export interface RosterValidationClient {
  service: Remote<RosterValidationService>;
  /** Ends the worker. */
  dispose(): void;
}

/**
 * Starts the validation worker; where the page cannot start one (unit tests in jsdom), the same
 * service runs in the page behind the same async interface.
 */
export function createRosterValidationClient(): RosterValidationClient {
  if (typeof Worker === 'undefined') {
    const local = createRosterValidationService();
    return { service: local as unknown as Remote<RosterValidationService>, dispose: () => undefined };
  }
  const worker = new Worker(new URL('./roster-validation.worker.ts', import.meta.url), { type: 'module', name: 'roster-validation' });
  return { service: wrap<RosterValidationService>(worker), dispose: () => worker.terminate() };
}

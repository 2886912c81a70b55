// The Web Worker of the roster import's validation (issue 8 item 3): the wizard stays responsive
// while 50,000 rows are checked.
import { expose } from 'comlink';
import { createRosterValidationService } from './roster-validation-service';

expose(createRosterValidationService());

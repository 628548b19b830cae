import { checkOutputsForTests } from '../../electron/api/dispatch.js';

// Every result a test gets through dispatch is checked against its method's output schema, so a
// handler that drifts from the contract fails the suite (the app itself does not pay for the check).
checkOutputsForTests(true);

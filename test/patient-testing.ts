/**
 * What test files get for `@open-wc/testing` (test/plugins/patient-wait.mjs routes them here): the
 * same module, except that `waitUntil` waits up to 10 s unless a test says otherwise. The
 * library's 1 s default fails on a busy machine while the state being waited for is on its way;
 * a wait must end on the state, not on the machine's speed.
 */
import { waitUntil as waitUntilWithin } from '@open-wc/testing';

export * from '@open-wc/testing';

const PATIENT_TIMEOUT_MS = 10000;

export function waitUntil(...[predicate, message, options]: Parameters<typeof waitUntilWithin>): Promise<void> {
  return waitUntilWithin(predicate, message, { timeout: PATIENT_TIMEOUT_MS, ...options });
}

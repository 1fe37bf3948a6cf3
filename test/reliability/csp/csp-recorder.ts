/**
 * Records, inside the page under the strict policy, every CSP violation, uncaught error and
 * unhandled rejection, for the test in the parent page to read.
 */
export interface CspRecord {
  violations: { directive: string; blocked: string; sample: string }[];
  errors: string[];
}

const BENIGN = 'ResizeObserver loop completed with undelivered notifications.';
const record: CspRecord = { violations: [], errors: [] };
(window as unknown as { cspRecord: CspRecord }).cspRecord = record;

document.addEventListener('securitypolicyviolation', (event) => {
  record.violations.push({ directive: event.effectiveDirective, blocked: event.blockedURI, sample: event.sample });
});
window.addEventListener('error', (event) => {
  if (event.message !== BENIGN) record.errors.push(event.message);
});
window.addEventListener('unhandledrejection', (event) => record.errors.push(String(event.reason)));

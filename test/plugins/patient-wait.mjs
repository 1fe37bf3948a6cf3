// Test files import `@open-wc/testing`; serve them test/patient-testing.ts instead, whose
// `waitUntil` has a default timeout that does not depend on the machine's speed.
const WRAPPER = '/test/patient-testing.ts';

export function patientWaitPlugin() {
  return {
    name: 'patient-wait',
    /** @param {{ source: string, context: { path: string } }} args */
    resolveImport({ source, context }) {
      if (source === '@open-wc/testing' && context.path !== WRAPPER) return WRAPPER;
      return undefined;
    },
  };
}

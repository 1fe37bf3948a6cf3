/** React 18 (installed in the react18/ workspace) renders the @lit/react wrappers: react18/react18-host.tsx. */
import type { MountHost } from './hosts/host-api.js';
import { hostBehaviour, loadHost } from './hosts/host-behaviour.js';

describe('React 18 host (wrappers from unified-inbox-elements/react)', () => {
  let host: { mount: MountHost };
  before(async function () {
    this.timeout(120000);
    host = await loadHost('react18');
  });
  hostBehaviour('react', '18', () => host);
});

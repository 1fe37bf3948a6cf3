/** React 19 renders the elements directly (typed JSX from src/jsx.ts): hosts/react19-host.tsx. */
import type { MountHost } from './hosts/host-api.js';
import { hostBehaviour, loadHost } from './hosts/host-behaviour.js';

describe('React 19 host (elements in JSX)', () => {
  let host: { mount: MountHost };
  before(async function () {
    this.timeout(120000);
    host = await loadHost('react19');
  });
  hostBehaviour('react', '19', () => host);
});

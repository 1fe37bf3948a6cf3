/** React 19 host: the elements used directly in JSX, typed by src/jsx.ts. */
import { useMemo, version } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { createAnyreachSource } from '../../../src/index.js';
import type {} from '../../../src/jsx.js';
import type { HostProps, MountHost } from './host-api.js';

function App({ baseUrl, token, label, timeZone, onPageLoad, onOpen }: HostProps) {
  const source = useMemo(() => createAnyreachSource({ baseUrl, token }), [baseUrl, token]);
  return (
    <inbox-table source={source} label={label} timeZone={timeZone} oninbox-page-load={onPageLoad} onconversation-open={onOpen}>
      <inbox-filters slot="toolbar"></inbox-filters>
    </inbox-table>
  );
}

export const mount: MountHost = async (container, initial) => {
  const root = createRoot(container);
  let props = initial;
  const render = () => flushSync(() => root.render(<App {...props} />));
  render();
  return {
    frameworkVersion: version,
    table: container.querySelector('inbox-table')!,
    async update(changed) {
      props = { ...props, ...changed };
      render();
    },
    unmount: () => root.unmount(),
  };
};

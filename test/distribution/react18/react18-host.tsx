/** React 18 host: the `@lit/react` wrappers of src/react, with this workspace's React 18. */
import { useMemo, version } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { createAnyreachSource } from '../../../src/index.js';
import { InboxFilters, InboxTable } from '../../../src/react/index.js';
import type { HostProps, MountHost } from '../hosts/host-api.js';

function App({ baseUrl, token, label, timeZone, onPageLoad, onOpen }: HostProps) {
  const source = useMemo(() => createAnyreachSource({ baseUrl, token }), [baseUrl, token]);
  return (
    <InboxTable source={source} label={label} timeZone={timeZone} onInboxPageLoad={onPageLoad} onConversationOpen={onOpen}>
      <InboxFilters slot="toolbar" />
    </InboxTable>
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

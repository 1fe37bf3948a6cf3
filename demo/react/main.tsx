/**
 * React 19 uses the elements directly: properties and events in JSX, typed by
 * `unified-inbox-elements/jsx` (here src/jsx.ts). Importing the package registers the elements
 * before anything renders, so React sets `source` and `strings` as properties.
 */
import { StrictMode, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { createAnyreachSource, DEFAULT_STRINGS, type ConversationOpenEvent } from '../../src/index.js';
import { de } from '../../src/locales/de.js';
import type {} from '../../src/jsx.js';

function App() {
  const source = useMemo(() => createAnyreachSource({ baseUrl: '/api/anyreach', token: 'ak_demo.sensitive' }), []);
  const [german, setGerman] = useState(false);
  const [opened, setOpened] = useState<string>();

  const open = (event: ConversationOpenEvent) => {
    // Handle the row in the app instead of opening the detail page in a new tab.
    event.preventDefault();
    setOpened(event.conversation.callerName ?? event.conversation.id);
  };

  return (
    <>
      <h1>React 19</h1>
      <p>
        <label>
          <input type="checkbox" checked={german} onChange={(event) => setGerman(event.target.checked)} /> Deutsch, Zeitzone
          Asia/Tokyo
        </label>
      </p>
      <p aria-live="polite">{opened ? `Opened the conversation with ${opened}.` : 'Click a row to open it here.'}</p>
      <inbox-table
        source={source}
        locale={german ? 'de-DE' : 'en-US'}
        timeZone={german ? 'Asia/Tokyo' : undefined}
        strings={german ? de : DEFAULT_STRINGS}
        onconversation-open={open}
      >
        <inbox-filters slot="toolbar"></inbox-filters>
      </inbox-table>
    </>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

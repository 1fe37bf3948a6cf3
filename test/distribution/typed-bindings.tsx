/**
 * Compile-time checks of the React typings (run by `tsc`, never executed): the React 19 JSX
 * declarations of src/jsx.ts and the React 18 wrappers' props. Each `@ts-expect-error` fails the
 * type check if the typings stop rejecting that mistake.
 */
import type { ConversationOpenEvent, InboxPageLoadEvent } from '../../src/events.js';
import { createMemorySource } from '../../src/data/memory.js';
import { de } from '../../src/locales/de.js';
import { ConversationRow, InboxFilters, InboxTable } from '../../src/react/index.js';
import type {} from '../../src/jsx.js';

const source = createMemorySource([]);
const onOpen = (event: ConversationOpenEvent) => event.conversation.id;
const onPageLoad = (event: InboxPageLoadEvent) => event.loaded;

export const react19 = (
  <inbox-table source={source} strings={de} locale="de-DE" timeZone="Asia/Tokyo" pageSize={50} onconversation-open={onOpen} oninbox-page-load={onPageLoad}>
    <inbox-filters slot="toolbar" syncUrl persist></inbox-filters>
    <conversation-row columns={['date', 'summary']} oninbox-announce={(event) => event.message} />
  </inbox-table>
);

// @ts-expect-error a source is an object, not a string
export const wrongSource = <inbox-table source="https://api.example.com" />;
// @ts-expect-error the handler gets the event of its own name
export const wrongHandler = <inbox-table onconversation-open={onPageLoad} />;
// @ts-expect-error read-only state is not a prop
export const readOnlyProp = <inbox-table rows={[]} />;
// @ts-expect-error methods are not props
export const methodProp = <inbox-table refresh={() => {}} />;

export const react18 = (
  <InboxTable source={source} strings={de} timeZone="Asia/Tokyo" onConversationOpen={onOpen} onInboxPageLoad={onPageLoad}>
    <InboxFilters slot="toolbar" />
    <ConversationRow onInboxAnnounce={(event) => event.message} />
  </InboxTable>
);

// @ts-expect-error the wrapper's handler gets the event of its own name
export const wrongWrapperHandler = <InboxTable onConversationOpen={onPageLoad} />;

// Test commands that need the browser itself: the tabs a test page opened, the responses they
// received (the favicon's included, which only a tab fetches, never an iframe), and permissions.
// Test files run side by side in one browser context, so a page only ever sees (and closes)
// the popups it opened itself, never another file's test page.
/** @typedef {{ url(): string, status(): number }} PageResponse */
/** @typedef {{ url(): string, close(): Promise<void>, once(event: 'close', listener: () => void): void, on(event: 'response', listener: (response: PageResponse) => void): void }} PopupPage */
/** @typedef {{ on(event: 'popup', listener: (popup: PopupPage) => void): void, context(): { grantPermissions(permissions: string[]): Promise<void> }, mouse: { dblclick(x: number, y: number): Promise<void> } }} TestPage */
/** @typedef {{ command: string, payload?: { close?: boolean, position?: [number, number] }, session: { id: string, browser: { getPage(id: string): TestPage } } }} CommandArgs */

export function browserContextPlugin() {
  /** Popups per test page, recorded from the page's first command on. */
  const popups = new WeakMap();
  /** Responses the popups of a test page received, as `status url`. */
  const responses = new WeakMap();

  /** @param {TestPage} page @returns {Set<PopupPage>} */
  function popupsOf(page) {
    let opened = popups.get(page);
    if (!opened) {
      /** @type {Set<PopupPage>} */
      const set = new Set();
      /** @type {string[]} */
      const received = [];
      responses.set(page, received);
      page.on('popup', (popup) => {
        set.add(popup);
        popup.on('response', (response) => received.push(`${response.status()} ${response.url()}`));
        popup.once('close', () => set.delete(popup));
      });
      popups.set(page, set);
      opened = set;
    }
    return opened;
  }

  return {
    name: 'browser-context',
    /** @param {CommandArgs} args */
    async executeCommand({ command, payload, session }) {
      if (command === 'opened-pages') {
        const opened = popupsOf(session.browser.getPage(session.id));
        const urls = [...opened].map((popup) => popup.url());
        if (payload?.close) await Promise.all([...opened].map((popup) => popup.close()));
        return urls;
      }
      if (command === 'opened-pages-responses') {
        const page = session.browser.getPage(session.id);
        popupsOf(page);
        return responses.get(page);
      }
      // A real double click (sendMouse clicks twice with a click count of one, which is no double click).
      if (command === 'double-click' && payload?.position) {
        await session.browser.getPage(session.id).mouse.dblclick(...payload.position);
        return true;
      }
      if (command === 'grant-clipboard') {
        await session.browser.getPage(session.id).context().grantPermissions(['clipboard-read', 'clipboard-write']);
        return true;
      }
      return undefined;
    },
  };
}

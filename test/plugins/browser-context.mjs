// Test commands that need the browser context itself: the tabs a page opened, and permissions.
/** @typedef {{ command: string, payload?: any, session: { id: string, browser: { getPage(id: string): any } } }} CommandArgs */

export function browserContextPlugin() {
  return {
    name: 'browser-context',
    /** @param {CommandArgs} args */
    async executeCommand({ command, payload, session }) {
      if (command === 'opened-pages') {
        const page = session.browser.getPage(session.id);
        const opened = page.context().pages().filter((/** @type {any} */ other) => other !== page);
        const urls = opened.map((/** @type {any} */ other) => other.url());
        if (payload?.close) await Promise.all(opened.map((/** @type {any} */ other) => other.close()));
        return urls;
      }
      if (command === 'grant-clipboard') {
        const page = session.browser.getPage(session.id);
        await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
        return true;
      }
      return undefined;
    },
  };
}

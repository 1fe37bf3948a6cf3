// Test command `collect-garbage`: a full garbage collection of the test page through the Chrome
// DevTools Protocol, answering the JS heap in use afterwards. Page script cannot force a GC, so
// "unmounted tables are collected" (no detached DOM) needs this.

/** @typedef {{ command: string, session: { id: string, browser: { getPage(id: string): any } } }} CommandArgs */

export function gcPlugin() {
  return {
    name: 'reliability-gc',
    /** @param {CommandArgs} args */
    async executeCommand({ command, session }) {
      if (command !== 'collect-garbage') return undefined;
      const page = session.browser.getPage(session.id);
      const cdp = await page.context().newCDPSession(page);
      try {
        // Twice: objects freed by the first pass (weak callbacks, finalizers) go in the second.
        await cdp.send('HeapProfiler.collectGarbage');
        await cdp.send('HeapProfiler.collectGarbage');
        const { usedSize } = await cdp.send('Runtime.getHeapUsage');
        return { usedHeapBytes: usedSize };
      } finally {
        await cdp.detach();
      }
    },
  };
}

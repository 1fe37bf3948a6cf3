// @ts-check
/**
 * Takes the README's screenshots of the card layout (docs/screenshots/cards-390.png and
 * cards-320.png): the demo on a Vite dev server at 127.0.0.1 with its local API, opened in the
 * installed Chromium (scripts/find-browser.mjs) at a phone's viewport. `node scripts/card-screenshots.mjs`
 */
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { createServer } from 'vite';
import { CHROMIUM_ARGS, findBrowser } from './find-browser.mjs';

const SHOTS = [
  { file: 'cards-390.png', width: 390, height: 844 },
  { file: 'cards-320.png', width: 320, height: 640 },
];
const outDir = new URL('../docs/screenshots/', import.meta.url);

const server = await createServer({
  configFile: fileURLToPath(new URL('../vite.config.ts', import.meta.url)),
  root: fileURLToPath(new URL('../demo/', import.meta.url)),
  server: { host: '127.0.0.1', port: 0 },
  logLevel: 'warn',
});
await server.listen();
const address = server.httpServer?.address();
if (!address || typeof address === 'string') throw new Error('The demo server has no port.');
const browser = await chromium.launch({ executablePath: await findBrowser(), headless: true, args: CHROMIUM_ARGS });
try {
  await mkdir(outDir, { recursive: true });
  for (const shot of SHOTS) {
    const page = await browser.newPage({ viewport: { width: shot.width, height: shot.height }, deviceScaleFactor: 2, hasTouch: true, isMobile: true });
    // The same picture on every run: light theme, no live traffic moving rows mid-shot.
    await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
    await page.goto(`http://127.0.0.1:${address.port}/`);
    // Page code as strings: this script is type-checked for Node, without the DOM's types.
    await page.evaluate("document.querySelector('inbox-table')?.removeAttribute('live')");
    await page.waitForFunction(`(() => {
      const table = document.querySelector('inbox-table');
      const cards = table?.shadowRoot?.querySelectorAll('conversation-row[card]') ?? [];
      return cards.length >= 3 && !table.shadowRoot.querySelector('[aria-busy="true"]');
    })()`);
    await page.evaluate('document.fonts.ready');
    await page.screenshot({ path: fileURLToPath(new URL(shot.file, outDir)) });
    await page.close();
    console.log(`docs/screenshots/${shot.file}`);
  }
} finally {
  await browser.close();
  await server.close();
}

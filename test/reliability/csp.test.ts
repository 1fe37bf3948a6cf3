/**
 * The widget under a strict Content-Security-Policy with Trusted Types: a page carrying
 * `default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'`
 * (test/reliability/csp/, loaded in an iframe) renders rows over the local API server, loads
 * more, positions its tooltip and action menu, and plays a recording with no violation at all.
 * The page proves its policy is enforced: an inline script, an inline style, a style attribute,
 * `eval` and a string assigned to `innerHTML` are each refused and reported.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import type { InboxTable } from '../../src/components/inbox-table/inbox-table.js';
import type { CspRecord } from './csp/csp-recorder.js';
import type { InboxUnderCsp } from './csp/inbox-under-csp.js';
import { renderedRows } from '../table/helpers.js';
import { ANYREACH_TOKEN, AVOCA_KEY, guarded, pause, ServerSession } from './harness.js';

/** The part of the Trusted Types API the probe uses (not in TypeScript's DOM types yet). */
interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createScript(text: string): string }): { createScript(text: string): unknown };
}

type CspWindow = Window &
  typeof globalThis & { inboxUnderCsp?: InboxUnderCsp; cspRecord: CspRecord; trustedTypes: TrustedTypesFactory; __inlineRan?: boolean };

async function openStrictPage(): Promise<{ frame: HTMLIFrameElement; page: CspWindow }> {
  const frame = document.createElement('iframe');
  frame.src = '/test/reliability/csp/inbox-under-csp.html';
  frame.style.cssText = 'position: fixed; left: 0; top: 0; width: 1000px; height: 560px; border: 0; background: white';
  document.body.append(frame);
  await waitUntil(() => (frame.contentWindow as CspWindow | null)?.inboxUnderCsp !== undefined, 'strict page ready', { timeout: 10000 });
  return { frame, page: frame.contentWindow as CspWindow };
}

/** Centre of an element inside the frame, in the test page's coordinates (for real pointer input). */
function centerInFrame(frame: HTMLIFrameElement, element: Element): [number, number] {
  const outer = frame.getBoundingClientRect();
  const box = element.getBoundingClientRect();
  return [Math.round(outer.x + box.x + box.width / 2), Math.round(outer.y + box.y + box.height / 2)];
}

function rowsOf(table: InboxTable) {
  return renderedRows(table);
}

describe('reliability: strict Content-Security-Policy and Trusted Types', () => {
  it('renders rows, loads more, positions its tooltip and menu and plays a recording with no violation', guarded(async () => {
    const server = new ServerSession('rel-csp');
    await server.control({ count: 300, seed: 11 });
    const { frame, page } = await openStrictPage();
    try {
      const table = page.inboxUnderCsp!.mountAnyreach(`${server.base}/anyreach`, ANYREACH_TOKEN, ['play', 'callerId', 'status', 'summary', 'date']);
      await waitUntil(() => rowsOf(table).length > 3, 'rows under the policy', { timeout: 10000 });
      expect(rowsOf(table)[0].querySelector('.c-summary')!.textContent!.trim()).not.to.equal('');
      // Lit's styles arrive as adopted stylesheets: the grid is laid out, rows have their height.
      expect(rowsOf(table)[0].getBoundingClientRect().height).to.be.within(30, 60);

      const body = table.shadowRoot!.querySelector<HTMLElement>('.body')!;
      for (let step = 0; step < 40 && table.rows.length <= 50; step += 1) {
        body.scrollTop = body.scrollHeight;
        await new Promise((resolve) => page.requestAnimationFrame(resolve));
      }
      await waitUntil(() => table.rows.length > 50, 'second page under the policy', { timeout: 10000 });
      await pause(200);

      // A row fully inside the scrolled body, after the last page's layout settled.
      const view = body.getBoundingClientRect();
      const onScreenWithSummary = () =>
        rowsOf(table).find((row) => {
          const box = row.getBoundingClientRect();
          return box.top >= view.top && box.bottom <= view.bottom && row.querySelector('.c-summary[data-tooltip]');
        });
      await waitUntil(onScreenWithSummary, 'a row with a summary on screen');
      const visible = onScreenWithSummary()!;
      const cell = visible.querySelector<HTMLElement>('.c-summary[data-tooltip]')!;
      const tooltip = table.shadowRoot!.querySelector<HTMLElement>('[role="tooltip"]')!;
      await sendMouse({ type: 'move', position: centerInFrame(frame, cell) });
      await waitUntil(() => tooltip.matches(':popover-open') && tooltip.style.top !== '', 'tooltip positioned');
      const tip = tooltip.getBoundingClientRect();
      const trigger = cell.getBoundingClientRect();
      // Above the cell (6px away), or below it where there is no room above.
      expect(Math.min(Math.abs(trigger.top - 6 - tip.bottom), Math.abs(tip.top - trigger.bottom - 6)), 'tooltip next to the cell').to.be.at.most(2);
      expect(tip.right > trigger.left && tip.left < trigger.right, 'tooltip over the cell horizontally').to.equal(true);
      expect(tooltip.textContent!.trim()).to.equal(visible.conversation!.summary!.slice(0, 2000));
      await sendMouse({ type: 'move', position: [999, 700] });

      const onScreenWithRecording = () =>
        rowsOf(table).find((row) => {
          const box = row.getBoundingClientRect();
          return box.top >= view.top && box.bottom <= view.bottom && /\/recordings\/conv_[^/]+\.wav$/.test(row.conversation?.recordingUrl ?? '') && row.querySelector('.c-play button');
        });
      await waitUntil(onScreenWithRecording, 'a row with a recording on screen');
      const playable = onScreenWithRecording()!;
      await sendMouse({ type: 'click', position: centerInFrame(frame, playable.querySelector('.c-play button')!) });
      // The player's chunk loads under the policy and takes Play's place, playing.
      const toggle = () => playable.querySelector('.c-play recording-player')?.shadowRoot?.querySelector<HTMLButtonElement>('button.toggle');
      await waitUntil(() => toggle()?.getAttribute('aria-label') === 'Pause recording', 'recording plays', { timeout: 8000 });
      toggle()!.click();

      const avoca = page.inboxUnderCsp!.mountAvoca(`${server.base}/avoca/v1`, AVOCA_KEY);
      await waitUntil(() => rowsOf(avoca).length > 3, 'Avoca rows under the policy', { timeout: 10000 });
      const menuButton = rowsOf(avoca)[0].querySelector<HTMLButtonElement>('.c-actions button')!;
      menuButton.click();
      const menu = () => avoca.shadowRoot!.querySelector<HTMLElement>('[part="menu"]');
      await waitUntil(() => menu()?.matches(':popover-open') && menu()!.style.top !== '', 'menu positioned');
      const menuBox = menu()!.getBoundingClientRect();
      const buttonBox = menuButton.getBoundingClientRect();
      // Below the button, or above it where the frame has no room below.
      const gap = Math.min(Math.abs(menuBox.top - buttonBox.bottom), Math.abs(buttonBox.top - menuBox.bottom));
      expect(gap, 'menu at its button').to.be.at.most(12);

      await pause(200);
      expect(page.cspRecord.violations, 'violations while working').to.deep.equal([]);
      expect(page.cspRecord.errors, 'errors in the strict page').to.deep.equal([]);
    } finally {
      frame.remove();
    }
  }));

  it('the page really enforces the policy: inline script and style, style attributes, eval and HTML strings are refused and reported', guarded(async () => {
    const { frame, page } = await openStrictPage();
    try {
      const doc = page.document;
      const probe = page.trustedTypes.createPolicy('reliability-probe', { createScript: (text: string) => text });
      const script = doc.createElement('script');
      script.text = probe.createScript('window.__inlineRan = true') as unknown as string;
      doc.body.append(script);
      const style = doc.createElement('style');
      style.textContent = 'body { background: red; }';
      doc.head.append(style);
      doc.body.setAttribute('style', 'color: red');
      expect(() => page.eval('1 + 1'), 'eval').to.throw();
      expect(() => {
        doc.body.innerHTML = '<b>not trusted</b>';
      }, 'a string assigned to innerHTML').to.throw(/TrustedHTML/);
      await waitUntil(() => page.cspRecord.violations.length >= 5, 'violations reported');
      expect(page.__inlineRan, 'inline script ran').to.equal(undefined);
      expect(page.getComputedStyle(doc.body).backgroundColor, 'inline style applied').not.to.equal('rgb(255, 0, 0)');
      // `eval` of a string is refused by Trusted Types first, like the innerHTML string.
      expect(page.cspRecord.violations.map((violation) => violation.directive).sort()).to.deep.equal(
        ['require-trusted-types-for', 'require-trusted-types-for', 'script-src-elem', 'style-src-attr', 'style-src-elem'].sort(),
      );
    } finally {
      frame.remove();
    }
  }));
});

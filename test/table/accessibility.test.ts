import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import type { InboxTable } from '../../src/components/inbox-table/inbox-table.js';
import { getDeepActiveElement } from '../../src/components/inbox-table/grid-focus-controller.js';
import { createMemorySource } from '../../src/data/memory.js';
import { makeConversation, makeConversations } from '../fixtures/conversations.js';
import { mountTable, renderedRows, rowsInView, waitForRows } from './helpers.js';

function centerOf(element: Element): [number, number] {
  const box = element.getBoundingClientRect();
  return [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)];
}

describe('accessibility beyond the keyboard', () => {
  afterEach(async () => {
    await emulateMedia({ forcedColors: 'none', reducedMotion: 'no-preference' });
    await setViewport({ width: 800, height: 600 });
    await sendMouse({ type: 'move', position: [0, 0] });
  });

  it('fits a 320px wide screen as a table (cards turned off): the table scrolls sideways inside, the page does not', async () => {
    await setViewport({ width: 320, height: 640 });
    // A breakpoint of 0 keeps the table at any width (test/cards/ covers the cards a phone gets by default).
    const wrapper = await fixture<HTMLDivElement>(html`<div style="height: 500px">
      <inbox-table style="--inbox-card-breakpoint: 0px" time-zone="UTC" .source=${createMemorySource(makeConversations(30))}></inbox-table>
    </div>`);
    const table = wrapper.querySelector<InboxTable>('inbox-table')!;
    await waitForRows(table);
    await rowsInView(table);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    const body = table.shadowRoot!.querySelector<HTMLElement>('.body')!;
    const head = table.shadowRoot!.querySelector<HTMLElement>('.head')!;
    expect(body.scrollWidth).to.be.greaterThan(body.clientWidth);
    body.scrollLeft = 400;
    await waitUntil(() => head.scrollLeft === body.scrollLeft, 'header follows the horizontal scroll');
    // Header cells stay above their columns.
    const headerCell = head.querySelector<HTMLElement>('[data-col="8"]')!;
    const bodyCell = renderedRows(table)[0].querySelector<HTMLElement>('[data-col="8"]')!;
    expect(Math.abs(headerCell.getBoundingClientRect().left - bodyCell.getBoundingClientRect().left)).to.be.below(1);
    await expect(table).to.be.accessible();
  });

  it('keeps a tooltip open while the pointer moves onto it, and closes it with Escape', async () => {
    const table = await mountTable({ source: createMemorySource([makeConversation(0, { summary: 'A summary worth reading in full' })]), columns: ['callerId', 'summary'] });
    await waitForRows(table);
    const cell = renderedRows(table)[0].querySelector('.c-summary')!;
    await sendMouse({ type: 'move', position: centerOf(cell) });
    const tooltip = table.shadowRoot!.querySelector<HTMLElement>('#inbox-tooltip')!;
    await waitUntil(() => tooltip.matches(':popover-open'), 'tooltip shown');
    await waitUntil(() => tooltip.getBoundingClientRect().top > 0, 'tooltip positioned');
    await sendMouse({ type: 'move', position: centerOf(tooltip) });
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(tooltip.matches(':popover-open')).to.equal(true);
    await expect(table).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    expect(tooltip.matches(':popover-open')).to.equal(false);
  });

  it('opens the tooltip on keyboard focus and links it with aria-describedby', async () => {
    const table = await mountTable({ source: createMemorySource([makeConversation(0, { summary: 'Focus me' })]), columns: ['callerId', 'summary'] });
    await waitForRows(table);
    const button = document.createElement('button');
    button.textContent = 'before';
    table.before(button);
    button.focus();
    await sendKeys({ press: 'Tab' }); // the toolbar's Columns button
    await sendKeys({ press: 'Tab' }); // the toolbar's Export button
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'ArrowRight' });
    const focused = getDeepActiveElement()!;
    expect(focused.classList.contains('c-summary')).to.equal(true);
    const tooltip = table.shadowRoot!.querySelector<HTMLElement>('#inbox-tooltip')!;
    await waitUntil(() => tooltip.matches(':popover-open'), 'tooltip shown on focus');
    expect(focused.getAttribute('aria-describedby')).to.equal(tooltip.id);
    expect(tooltip.textContent).to.equal('Focus me');
    await sendKeys({ press: 'ArrowLeft' });
    expect(tooltip.matches(':popover-open')).to.equal(false);
    expect(focused.hasAttribute('aria-describedby')).to.equal(false);
  });

  it('shows a system-coloured focus ring in forced-colors mode', async () => {
    await emulateMedia({ forcedColors: 'active' });
    const table = await mountTable({ source: createMemorySource(makeConversations(5)), columns: ['callerId', 'status'] });
    await waitForRows(table);
    const cell = renderedRows(table)[0].querySelector<HTMLElement>('[data-col="0"]')!;
    const before = document.createElement('button');
    table.before(before);
    before.focus();
    await sendKeys({ press: 'Tab' }); // the toolbar's Columns button
    await sendKeys({ press: 'Tab' }); // the toolbar's Export button
    await sendKeys({ press: 'Tab' });
    expect(getDeepActiveElement()).to.equal(cell);
    const style = getComputedStyle(cell);
    expect(style.outlineStyle).to.equal('solid');
    expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
    const probe = document.createElement('span');
    probe.style.color = 'Highlight';
    document.body.append(probe);
    expect(style.outlineColor).to.equal(getComputedStyle(probe).color);
    probe.remove();
  });

  it('stops the loading animation when the user prefers reduced motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const never = { ...createMemorySource([]), fetchPage: () => new Promise<never>(() => {}) };
    const table = await mountTable({ source: never });
    await table.updateComplete;
    const skeletonCell = table.shadowRoot!.querySelector('.skeleton .cell')!;
    expect(getComputedStyle(skeletonCell, '::after').animationName).to.equal('none');
  });

  it('names every icon button and says status and direction in text', async () => {
    const table = await mountTable({
      source: createMemorySource([makeConversation(0, { status: 'completed', recordingUrl: '/api/recordings/a.wav', agent: { id: 'a1', name: 'Ava' } })]),
    });
    await waitForRows(table);
    const row = renderedRows(table)[0];
    const names = [...row.querySelectorAll('button, a')].map((control) => control.getAttribute('aria-label'));
    expect(names).to.deep.equal(['Copy link to conversation with Caller 0', 'Play recording', 'Open agent Ava in a new tab']);
    expect(row.querySelector('.c-status')!.textContent!.trim()).to.equal('Completed');
    expect(row.querySelector('.c-direction')!.textContent!.trim()).to.equal('Outbound');
  });
});

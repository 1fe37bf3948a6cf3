/**
 * The open filter panel fits its host, whatever the width, the writing direction or the length of
 * an option's name: each control stays inside its field, and each field inside the panel.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { InboxFilters } from '../../src/components/inbox-filters/inbox-filters.js';
import { $, filterSession, mountInTable, openPanel, settled, type MountOptions } from './helpers.js';

/** 87 characters, as a real account named an agent. */
const LONG_NAME = 'Northwest Regional After-Hours Emergency Plumbing and Heating Dispatch Line (Spanish/EN)';

/** `inner` lies inside `outer`, allowing half a pixel of rounding. */
function inside(inner: DOMRect, outer: DOMRect): boolean {
  return inner.left >= outer.left - 0.5 && inner.right <= outer.right + 0.5 && inner.top >= outer.top - 0.5 && inner.bottom <= outer.bottom + 0.5;
}

function describeBox(box: DOMRect): string {
  return `${Math.round(box.left)}…${Math.round(box.right)} (${Math.round(box.width)} px wide)`;
}

/** Every control of the open panel that sticks out of its field or out of the panel, described. */
function overflowing(filters: InboxFilters): string[] {
  const panel = $(filters, '[part="panel"]');
  // In the phone's full-height dialog the fields scroll between the heading and the buttons: the
  // panel reaches as far down as they do.
  const fields = $(filters, '.fields');
  const { x, y, width, height } = panel.getBoundingClientRect();
  const panelBox = new DOMRect(x, y, width, height + fields.scrollHeight - fields.clientHeight);
  const problems: string[] = [];
  for (const control of panel.querySelectorAll<HTMLElement>('input, select, button')) {
    const box = control.getBoundingClientRect();
    if (box.width === 0) continue;
    const name = control.id || control.textContent!.trim() || control.localName;
    const field = control.parentElement!.closest<HTMLElement>('.field, fieldset, .actions, .panel-head')!;
    const fieldBox = field.getBoundingClientRect();
    if (!inside(box, fieldBox)) problems.push(`${name} ${describeBox(box)} outside its field ${describeBox(fieldBox)}`);
    if (!inside(box, panelBox)) problems.push(`${name} ${describeBox(box)} outside the panel ${describeBox(panelBox)}`);
  }
  for (const field of panel.querySelectorAll<HTMLElement>('.fields > *')) {
    const box = field.getBoundingClientRect();
    if (!inside(box, panelBox)) problems.push(`field ${field.querySelector('label, legend')?.textContent?.trim()} ${describeBox(box)} outside the panel ${describeBox(panelBox)}`);
  }
  return problems;
}

describe('<inbox-filters> panel layout', () => {
  const session = filterSession('layout');

  before(async () => {
    await session.control({ count: 20, seed: 3 });
  });

  async function openWithLongAgent(options: MountOptions): Promise<InboxFilters> {
    const { table, filters } = await mountInTable(session.anyreachSource(), options);
    await settled(table);
    filters.agents = [
      { id: 'agt_short', name: 'Front desk' },
      { id: 'agt_long', name: LONG_NAME },
    ];
    await openPanel(filters);
    await waitUntil(() => filters.shadowRoot!.querySelectorAll('#f-agentId option').length === 3, 'agents listed');
    return filters;
  }

  for (const [label, options] of [
    ['at desktop width', { width: 900 }],
    ['right to left', { width: 900, dir: 'rtl' }],
    ['on a 390 px phone (a full-height dialog, with its heading)', { width: 390 }],
  ] as const) {
    it(`keeps every control inside its field and the panel ${label}`, async () => {
      const filters = await openWithLongAgent(options);
      expect(overflowing(filters)).to.deep.equal([]);
      // Nothing scrolls sideways: the panel and the filters fit the host.
      const panel = $(filters, '[part="panel"]');
      expect(panel.scrollWidth, 'panel content width').to.be.at.most(panel.clientWidth);
      const host = filters.closest('div')!.getBoundingClientRect();
      const panelBox = panel.getBoundingClientRect();
      expect([panelBox.left >= host.left - 0.5, panelBox.right <= host.right + 0.5], 'panel within the host column').to.deep.equal([true, true]);
      await expect(filters).to.be.accessible();
    });
  }

  it('cuts a long agent name in the list, with the full name as its tooltip', async () => {
    const filters = await openWithLongAgent({ width: 390 });
    const select = $<HTMLSelectElement>(filters, '#f-agentId');
    const option = [...select.options].find((candidate) => candidate.value === 'agt_long')!;
    expect(option.title).to.equal(LONG_NAME);
    select.value = 'agt_long';
    select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    await filters.updateComplete;
    // Chosen, the closed list shows what fits of it and names it in full on hover.
    expect(select.getBoundingClientRect().width).to.be.below(390);
    expect(select.title).to.equal(LONG_NAME);
  });
});

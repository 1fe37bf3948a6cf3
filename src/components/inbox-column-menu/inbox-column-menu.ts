/**
 * The column chooser (a checkbox for every column the source can fill, and "Reset columns") and a
 * column's menu (move, sort, fit, hide). Loaded on first use; it renders into the table's shadow
 * root (no shadow root of its own), inside the table's popover, so the table's styles and its one
 * focus model apply. It only reports what the user picked, as `inbox-column-command`.
 */
import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import type { SortOrder } from '../../data/types.js';

export type ColumnCommand =
  | { kind: 'toggle'; id: string; show: boolean }
  | { kind: 'reset' }
  | { kind: 'move'; id: string; by: -1 | 1 }
  | { kind: 'sort'; sort: SortOrder }
  | { kind: 'fit'; id: string };

/** The user picked a command in the column chooser or a column's menu. */
export class ColumnCommandEvent extends Event {
  static readonly type = 'inbox-column-command';
  constructor(readonly command: ColumnCommand) {
    super(ColumnCommandEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'inbox-column-command': ColumnCommandEvent;
  }
  interface HTMLElementTagNameMap {
    'inbox-column-menu': InboxColumnMenu;
  }
}

export interface ChooserItem {
  id: string;
  name: string;
  shown: boolean;
}

export interface ColumnMenuItem {
  label: string;
  command: ColumnCommand;
  disabled?: boolean;
}

/**
 * The column chooser or a column's menu, inside the table's popover. Internal to `<inbox-table>`.
 *
 * @summary The table's column chooser and column menu.
 * @fires inbox-column-command - The user picked a command (show, hide, move, sort, fit, reset).
 */
export class InboxColumnMenu extends LitElement {
  /** The chooser: its heading, every column with whether it is shown, and the reset button's text. */
  @property({ attribute: false }) chooser?: { heading: string; items: readonly ChooserItem[]; reset: string };

  /** A column's menu: its name and items. */
  @property({ attribute: false }) menu?: { label: string; items: readonly ColumnMenuItem[] };

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  /** Focus on the first control, as a menu opened from the keyboard needs. */
  focusFirst(): void {
    this.querySelector<HTMLElement>('[role="menuitem"]:not([disabled]), input')?.focus();
  }

  private emit(command: ColumnCommand): void {
    this.dispatchEvent(new ColumnCommandEvent(command));
  }

  private readonly onMenuKeyDown = (event: KeyboardEvent): void => {
    const items = [...this.querySelectorAll<HTMLElement>('[role="menuitem"]:not([disabled])')];
    const index = items.indexOf(event.composedPath()[0] as HTMLElement);
    const next = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: items.length - 1 }[event.key];
    if (next === undefined) return;
    items[(next + items.length) % items.length]?.focus();
    event.preventDefault();
  };

  protected override render(): TemplateResult | typeof nothing {
    if (this.menu) {
      return html`<div role="menu" aria-label=${this.menu.label} @keydown=${this.onMenuKeyDown}>
        ${this.menu.items.map(
          (item) =>
            html`<button type="button" role="menuitem" tabindex="-1" ?disabled=${item.disabled} @click=${() => this.emit(item.command)}>${item.label}</button>`,
        )}
      </div>`;
    }
    const chooser = this.chooser;
    if (!chooser) return nothing;
    const shownCount = chooser.items.filter((item) => item.shown).length;
    return html`<div class="chooser" role="group" aria-label=${chooser.heading}>
      <ul>
        ${chooser.items.map(
          (item) =>
            html`<li>
              <label>
                <input type="checkbox" .checked=${live(item.shown)} ?disabled=${item.shown && shownCount === 1}
                  @change=${(event: Event) => this.emit({ kind: 'toggle', id: item.id, show: (event.target as HTMLInputElement).checked })} />
                <span dir="auto">${item.name}</span>
              </label>
            </li>`,
        )}
      </ul>
      <button type="button" class="action" @click=${() => this.emit({ kind: 'reset' })}>${chooser.reset}</button>
    </div>`;
  }
}

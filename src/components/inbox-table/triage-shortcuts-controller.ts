/**
 * Triage from the keyboard while the grid or the preview has focus: j/k (and the arrows, in the
 * preview) move to the next/previous conversation (loading the next page at the end), x toggles
 * selection, e sets the source's closing status, a/t/n open Assign/Add tags/Add note, / focuses
 * the search, ? opens the help dialog (loaded on demand). Never while typing in a field, never
 * with Ctrl/Cmd/Alt, and not at all with `shortcuts="off"`.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { ActionKind, Conversation } from '../../data/types.js';
import type { ActionPayload } from '../../events.js';
import type { ShortcutId, ShortcutStrings } from './shortcut-strings.js';

export const SHORTCUT_DESCRIPTION_ID = 'inbox-shortcuts-description';
const SHORTCUTS: readonly ShortcutId[] = ['next', 'previous', 'select', 'done', 'assign', 'tags', 'note', 'search', 'help', 'close'];
const ACTION_KEYS: Record<string, ActionKind> = { a: 'assign', t: 'tags', n: 'note' };

export interface TriageHost extends ReactiveControllerHost, HTMLElement {
  readonly shortcuts: 'on' | 'off';
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly rows: readonly Conversation[];
  readonly hasMore: boolean;
  readonly supportedActions: readonly ActionKind[];
  readonly statusOptions: readonly string[];
  readonly strings: { shortcuts: ShortcutStrings };
  loadMore(): void;
  toggleSelection(id: string): void;
  runAction(payload: ActionPayload, ids: readonly string[]): Promise<void>;
}

export interface TriageOptions {
  /** The conversation the keys act on: the previewed one, else the focused row's. */
  current(): string | undefined;
  /** The grid's active row. */
  gridRow(): string | undefined;
  /** Whether the event comes from the grid or the preview panel. */
  inScope(path: readonly EventTarget[]): boolean;
  /** Whether it comes from the preview panel. */
  inPreview(path: readonly EventTarget[]): boolean;
  /** Moves to the row of `id`: focus (from the grid) or the active row (from the preview); the open preview follows. */
  moveTo(id: string, fromPreview: boolean): Promise<void>;
  /** Opens an action's form for `id`. */
  openAction(kind: ActionKind, id: string): void;
  /** Whether the preview is open (arrows then move it too). */
  previewOpen(): boolean;
}

function isTyping(target: EventTarget | undefined): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.matches('input, textarea, select, [role="textbox"], [role="combobox"], [role="slider"], [role="separator"]');
}

export class TriageShortcutsController implements ReactiveController {
  private helpOpen = false;
  private helpLoaded = false;

  constructor(
    private readonly host: TriageHost,
    private readonly options: TriageOptions,
  ) {
    host.addController(this);
    host.addEventListener('keydown', (event) => void this.onKeyDown(event));
  }

  hostDisconnected(): void {
    this.helpOpen = false;
  }

  private get enabled(): boolean {
    return this.host.shortcuts !== 'off';
  }

  /** The grid's description of the shortcuts (`aria-describedby`), or nothing when they are off. */
  get describedBy(): string | typeof nothing {
    return this.enabled ? SHORTCUT_DESCRIPTION_ID : nothing;
  }

  private async onKeyDown(event: KeyboardEvent): Promise<void> {
    if (!this.enabled || event.ctrlKey || event.metaKey || event.altKey) return;
    const path = event.composedPath();
    if (isTyping(path[0]) || !this.options.inScope(path)) return;
    const fromPreview = this.options.inPreview(path);
    const key = event.key;
    // In the grid the arrows are the grid's own (they already moved focus); the preview follows.
    if ((key === 'ArrowDown' || key === 'ArrowUp') && !fromPreview) {
      if (this.options.previewOpen() && event.defaultPrevented) await this.follow();
      return;
    }
    if (event.defaultPrevented) return;
    const id = this.options.current();
    switch (key) {
      case 'j':
      case 'ArrowDown':
        event.preventDefault();
        return this.step(1, fromPreview);
      case 'k':
      case 'ArrowUp':
        event.preventDefault();
        return this.step(-1, fromPreview);
      case 'x':
        if (!id || this.host.supportedActions.length === 0) return;
        event.preventDefault();
        this.host.toggleSelection(id);
        return;
      case 'e': {
        const status = this.closingStatus;
        if (!id || !status) return;
        event.preventDefault();
        await this.host.runAction({ kind: 'status', status }, [id]);
        return;
      }
      case '/': {
        const search = this.searchField();
        if (!search) return;
        event.preventDefault();
        search.focus();
        return;
      }
      case '?':
        event.preventDefault();
        await this.openHelp();
        return;
      default: {
        const kind = ACTION_KEYS[key];
        if (!kind || !id || !this.host.supportedActions.includes(kind)) return;
        event.preventDefault();
        this.options.openAction(kind, id);
      }
    }
  }

  /** The status `e` sets: the last the source offers ("resolved" for Avoca), when it can set statuses. */
  private get closingStatus(): string | undefined {
    if (!this.host.supportedActions.includes('status')) return undefined;
    return this.host.statusOptions.at(-1);
  }

  /** The grid moved focus by an arrow key: the preview shows the focused row. */
  private async follow(): Promise<void> {
    await this.host.updateComplete;
    const id = this.options.gridRow();
    if (id) await this.options.moveTo(id, false);
  }

  /** Moves `delta` rows from the current conversation; past the last loaded row, loads the next page first. */
  private async step(delta: number, fromPreview: boolean): Promise<void> {
    const rows = this.host.rows;
    const id = this.options.current();
    const index = id === undefined ? -1 : rows.findIndex((row) => row.id === id);
    let next = index + delta;
    if (next >= rows.length && this.host.hasMore) {
      const loaded = new Promise<void>((resolve) => this.host.addEventListener('inbox-page-load', () => resolve(), { once: true }));
      this.host.loadMore();
      await loaded;
    }
    const now = this.host.rows;
    if (index < 0) next = delta > 0 ? 0 : now.length - 1;
    const target = now[Math.min(Math.max(next, 0), now.length - 1)];
    if (target && target.id !== id) await this.options.moveTo(target.id, fromPreview);
  }

  /** The search box of the filters in the table's toolbar. */
  private searchField(): HTMLElement | null {
    const filters = this.host.querySelector('inbox-filters');
    return filters?.shadowRoot?.querySelector<HTMLElement>('input[type="search"]') ?? null;
  }

  private async openHelp(): Promise<void> {
    if (!this.helpLoaded) {
      await import('../shortcut-help/shortcut-help-dialog.js');
      this.helpLoaded = true;
    }
    this.helpOpen = true;
    this.host.requestUpdate();
  }

  /** The grid's description and, while open, the help dialog. */
  render(): TemplateResult | typeof nothing {
    if (!this.enabled) return nothing;
    const strings = this.host.strings.shortcuts;
    return html`<div id=${SHORTCUT_DESCRIPTION_ID} hidden>${strings.gridDescription}</div>
      ${this.helpOpen
        ? html`<inbox-shortcut-help
            .shortcuts=${SHORTCUTS}
            .strings=${strings}
            @inbox-shortcut-help-close=${() => {
              this.helpOpen = false;
              this.host.requestUpdate();
            }}
          ></inbox-shortcut-help>`
        : nothing}`;
  }
}

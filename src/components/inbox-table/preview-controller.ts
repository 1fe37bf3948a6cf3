/**
 * The table's preview panel (`row-action="preview"`): a row click or Enter shows the conversation
 * in `<conversation-preview>` beside the list instead of a new tab; Ctrl/Cmd or middle click still
 * opens the tab. The element loads on demand, the first time a preview opens. The panel follows
 * live changes of its conversation, keeps a conversation that left the list until closed, is
 * resizable (pointer or arrow keys on its edge), closes with Escape or its button (focus returns
 * to the row), and covers the list when the table is too narrow for both.
 */
import { css, html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { ActionKind, Conversation, InboxDataSource, NamedOption } from '../../data/types.js';
import type { ActionPayload, ConversationOpenEvent } from '../../events.js';
import type { ConversationPreview, ConversationPreviewActionEvent } from '../conversation-preview/conversation-preview.js';
import type { TableStrings } from './table-strings.js';

const DEFAULT_WIDTH = 420;
const MIN_WIDTH = 280;
/** Narrower than this beside the panel, the list is not usable: the panel covers it instead. */
const MIN_LIST_WIDTH = 320;
const KEY_STEP = 16;

export interface PreviewHost extends ReactiveControllerHost, HTMLElement {
  readonly rowAction: 'tab' | 'preview';
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly source?: InboxDataSource;
  readonly strings: TableStrings;
  readonly locale?: string;
  readonly timeZone?: string;
  readonly detailUrlTemplate: string;
  readonly agentUrlTemplate: string;
  readonly assigneeOptions: readonly NamedOption[];
  readonly knownTags: readonly string[];
  /** The loaded conversations (their assignees and tags are suggested). */
  readonly rows: readonly Conversation[];
  conversationById(id: string): Conversation | undefined;
  runAction(payload: ActionPayload, ids: readonly string[]): Promise<void>;
}

export interface PreviewOptions {
  /** Puts the grid's focus on the row of `id` (closing returns there). */
  focusRow(id: string): void;
}

export const previewStyles = css`
  .preview-panel {
    position: absolute;
    inset-block: 0;
    inset-inline-end: 0;
    z-index: 3;
    display: flex;
    width: var(--_preview-width, ${DEFAULT_WIDTH}px);
    max-width: 100%;
    background: var(--inbox-background, #fff);
    border-inline-start: 1px solid var(--inbox-border-color, #e3e5e8);
  }
  .preview-panel.covers {
    inset-inline-start: 0;
    width: auto;
    border-inline-start: 0;
  }
  .preview-panel conversation-preview {
    flex: 1 1 auto;
    min-width: 0;
  }
  .preview-resize {
    flex: none;
    width: 8px;
    cursor: col-resize;
    touch-action: none;
    background: var(--inbox-header-background, #f6f8fa);
  }
  .preview-panel.covers .preview-resize {
    display: none;
  }
  .preview-resize:focus-visible {
    outline: 2px solid var(--inbox-focus-color, #1a56db);
    outline-offset: -2px;
  }
  .base.beside-preview {
    inset-inline-end: var(--_preview-width, ${DEFAULT_WIDTH}px);
  }
`;

export class PreviewController implements ReactiveController {
  /** The conversation shown, by id; `undefined` while closed. */
  id?: string;
  /** The last copy seen: shown on when the conversation leaves the list. */
  private last?: Conversation;
  private loaded = false;
  private width = DEFAULT_WIDTH;
  private covers = false;
  private suggested?: { loaded: number; assignees: readonly NamedOption[]; tags: readonly string[] };
  /** Open at the last update: closing must take the list's inset away once. */
  private wasOpen = false;
  /** While open, a new table width may change whether the panel fits beside the list. */
  private readonly resize = new ResizeObserver(() => {
    if (this.id !== undefined) this.host.requestUpdate();
  });

  constructor(
    private readonly host: PreviewHost,
    private readonly options: PreviewOptions,
  ) {
    host.addController(this);
    host.addEventListener('conversation-open', (event) => this.onOpen(event));
    host.addEventListener('conversation-preview-close', (event) => {
      event.stopPropagation();
      this.close();
    });
    host.addEventListener('conversation-preview-action', (event) => this.onAction(event));
    host.addEventListener('keydown', (event) => this.onEscape(event));
  }

  get isOpen(): boolean {
    return this.id !== undefined && this.loaded;
  }

  /** The conversation shown: the list's current copy (live changes show in place), else the last one seen. */
  get conversation(): Conversation | undefined {
    if (this.id === undefined) return undefined;
    return this.host.conversationById(this.id) ?? this.last;
  }

  /** The preview element, while open. */
  get element(): ConversationPreview | null {
    return (this.host.renderRoot as ParentNode).querySelector('conversation-preview');
  }

  hostConnected(): void {
    this.resize.observe(this.host);
  }

  hostDisconnected(): void {
    this.resize.disconnect();
  }

  /** The table shows cards (phones, narrow containers): the preview covers it, with a Back button. */
  private get cards(): boolean {
    return this.host.hasAttribute('cards');
  }

  /** Shows `conversation`, loading the preview element the first time. */
  async show(conversation: Conversation): Promise<void> {
    this.id = conversation.id;
    this.last = conversation;
    if (!this.loaded) {
      await import('../conversation-preview/define.js');
      this.loaded = true;
    }
    this.host.requestUpdate();
    await this.host.updateComplete;
  }

  /** Closes the panel; focus returns to the conversation's row. */
  close(): void {
    const id = this.id;
    if (id === undefined) return;
    this.id = undefined;
    this.last = undefined;
    this.host.requestUpdate();
    this.options.focusRow(id);
  }

  /** Opens the form of an action in the panel. */
  showAction(kind: ActionKind): void {
    void this.element?.showAction(kind);
  }

  hostUpdate(): void {
    // Nothing to do (and no layout read) while closed: the table updates on every scroll.
    if (this.id === undefined) return;
    const current = this.host.conversationById(this.id);
    if (current) this.last = current;
    this.covers = this.cards || this.host.clientWidth < this.width + MIN_LIST_WIDTH;
  }

  hostUpdated(): void {
    if (this.id === undefined && !this.wasOpen) return;
    this.wasOpen = this.id !== undefined;
    // Set from script: a strict style-src CSP blocks inline style attributes.
    const root = this.host.renderRoot as ParentNode;
    const base = root.querySelector<HTMLElement>('.base');
    base?.classList.toggle('beside-preview', this.isOpen && !this.covers);
    for (const element of [base, root.querySelector<HTMLElement>('.preview-panel')]) element?.style.setProperty('--_preview-width', `${this.width}px`);
  }

  private onOpen(event: ConversationOpenEvent): void {
    if (this.host.rowAction !== 'preview' || event.newTab) return;
    // The preview is the table's answer to opening a row: no tab, and the host is not asked.
    event.preventDefault();
    event.stopPropagation();
    void this.show(event.conversation);
  }

  private onAction(event: ConversationPreviewActionEvent): void {
    // The table runs it, so the row and the panel change together, with the row menu's rollback.
    event.preventDefault();
    event.stopPropagation();
    void this.host.runAction(event.payload, [event.conversation.id]);
  }

  private onEscape(event: KeyboardEvent): void {
    if (event.key !== 'Escape' || event.defaultPrevented || !this.isOpen) return;
    const path = event.composedPath();
    const root = this.host.renderRoot as ParentNode;
    const inPanel = path.includes(root.querySelector('.preview-panel') as EventTarget);
    const inGrid = path.includes(root.querySelector('.grid') as EventTarget);
    if (!inPanel && !inGrid) return;
    event.preventDefault();
    this.close();
  }

  private setWidth(width: number): void {
    const max = Math.max(MIN_WIDTH, this.host.clientWidth - MIN_LIST_WIDTH);
    this.width = Math.round(Math.min(max, Math.max(MIN_WIDTH, width)));
    this.host.requestUpdate();
  }

  private onResizeKey = (event: KeyboardEvent): void => {
    const rtl = getComputedStyle(this.host).direction === 'rtl';
    // The handle is on the panel's start edge: towards the list widens it.
    const wider = rtl ? 'ArrowRight' : 'ArrowLeft';
    const narrower = rtl ? 'ArrowLeft' : 'ArrowRight';
    if (event.key === wider) this.setWidth(this.width + KEY_STEP);
    else if (event.key === narrower) this.setWidth(this.width - KEY_STEP);
    else return;
    event.preventDefault();
    event.stopPropagation();
  };

  private onResizePointer = (event: PointerEvent): void => {
    const handle = event.currentTarget as HTMLElement;
    if (event.type === 'pointerdown') {
      if (event.button !== 0) return;
      handle.setPointerCapture(event.pointerId);
      event.preventDefault();
      return;
    }
    if (!handle.hasPointerCapture(event.pointerId)) return;
    const box = this.host.getBoundingClientRect();
    const rtl = getComputedStyle(this.host).direction === 'rtl';
    this.setWidth(rtl ? event.clientX - box.left : box.right - event.clientX);
  };

  /**
   * The form's suggestions, gathered from the loaded rows once per list length: the table renders
   * on every focus move, and reading 100,000 rows each time would be felt.
   */
  private suggestions(): { assignees: readonly NamedOption[]; tags: readonly string[] } {
    const loaded = this.host.rows.length;
    if (this.suggested?.loaded !== loaded) this.suggested = { loaded, assignees: this.host.assigneeOptions, tags: this.host.knownTags };
    return this.suggested;
  }

  render(): TemplateResult | typeof nothing {
    const conversation = this.conversation;
    if (!this.isOpen || !conversation) return nothing;
    const host = this.host;
    const { assignees, tags } = this.suggestions();
    const max = Math.max(MIN_WIDTH, host.clientWidth - MIN_LIST_WIDTH);
    return html`<div class="preview-panel ${this.covers ? 'covers' : ''}" part="preview">
      <div
        class="preview-resize"
        role="separator"
        aria-orientation="vertical"
        aria-label=${host.strings.preview.resize}
        aria-valuemin=${MIN_WIDTH}
        aria-valuemax=${max}
        aria-valuenow=${this.width}
        tabindex="0"
        @keydown=${this.onResizeKey}
        @pointerdown=${this.onResizePointer}
        @pointermove=${this.onResizePointer}
      ></div>
      <conversation-preview
        closable
        ?back=${this.cards}
        .conversation=${conversation}
        .source=${host.source}
        .assignees=${assignees}
        .tags=${tags}
        .strings=${host.strings}
        .locale=${host.locale}
        .timeZone=${host.timeZone}
        .detailUrlTemplate=${host.detailUrlTemplate}
        .agentUrlTemplate=${host.agentUrlTemplate}
        .gone=${host.conversationById(conversation.id) === undefined}
        theme=${host.getAttribute('theme') ?? nothing}
      ></conversation-preview>
    </div>`;
  }
}

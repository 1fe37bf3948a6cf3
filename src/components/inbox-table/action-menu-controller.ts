/**
 * One actions menu for the whole table: a popover in the top layer (never clipped by the
 * scroller), placed with Floating UI beside the button that opened it. It lists the actions the
 * source supports as a `role="menu"`, then shows the chosen action's form (its element is fetched
 * the first time an action is chosen; meanwhile the chosen item says so). Escape, a click outside
 * or finishing returns focus to the button that opened it.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { ActionKind, Conversation, NamedOption } from '../../data/types.js';
import type { ActionPayload } from '../../events.js';
import { lazy } from '../../data/lazy.js';
import type { ActionSubmitEvent } from '../inbox-actions/action-form.js';
import type { ActionStrings } from '../inbox-actions/action-strings.js';
import { defineElement } from '../define.js';
import { placeBeside } from '../shared/floating.js';

/** The actions' form element, fetched when a user first chooses an action. */
const actionForm = lazy(async () => {
  const module = await import('../inbox-actions/action-form.js');
  defineElement('inbox-action-form', module.InboxActionForm);
  return module;
});

export const ACTION_MENU_ID = 'inbox-action-menu';

export interface ActionMenuTarget {
  ids: readonly string[];
  /** The button that opened the menu; focus returns to it. */
  trigger: HTMLElement;
  /** Pre-selected values for a single conversation. */
  currentAssignee?: string | null;
  currentStatus?: string;
  /**
   * For the selection: how many of `ids` the table shows selected. A run on more (every match,
   * most not loaded) is confirmed first.
   */
  shown?: number;
}

/** The menu's target for one conversation, its current assignee and status pre-selected. */
export function targetFor(conversation: Conversation, trigger: HTMLElement): ActionMenuTarget {
  const currentAssignee = conversation.assignee === undefined ? undefined : conversation.assignee?.id ?? null;
  return { ids: [conversation.id], trigger, currentAssignee, currentStatus: conversation.status };
}

export interface ActionMenuHost extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly supportedActions: readonly ActionKind[];
  readonly actionStrings: ActionStrings;
  readonly assigneeOptions: readonly NamedOption[];
  readonly statusOptions: readonly string[];
  /** Names of the statuses, as the status column shows them. */
  readonly strings: { statuses: Record<string, string> };
  readonly locale?: string;
  readonly knownTags: readonly string[];
  /** Apply in the action's form: confirm where needed, then run on `target.ids`. */
  submitAction(payload: ActionPayload, target: ActionMenuTarget): void;
}

export class ActionMenuController implements ReactiveController {
  target?: ActionMenuTarget;
  private stage: 'menu' | ActionKind = 'menu';
  /** The action whose form is being fetched; the menu stays until it has come. */
  private loading?: ActionKind;
  /** The form could not be fetched: the menu says so. */
  private loadFailed = false;
  private focusFirst = false;

  constructor(private readonly host: ActionMenuHost) {
    host.addController(this);
  }

  get isOpen(): boolean {
    return this.target !== undefined;
  }

  /** Opens the menu for `target`, or straight at one action's form (the keyboard shortcuts). */
  open(target: ActionMenuTarget, stage: 'menu' | ActionKind = 'menu'): void {
    this.target = target;
    this.stage = 'menu';
    this.loading = undefined;
    this.loadFailed = false;
    this.focusFirst = true;
    if (stage === 'menu') this.host.requestUpdate();
    else this.choose(stage);
  }

  close(returnFocus = true): void {
    const trigger = this.target?.trigger;
    this.target = undefined;
    const popover = this.element;
    if (popover?.matches(':popover-open')) popover.hidePopover();
    this.host.requestUpdate();
    if (returnFocus && trigger?.isConnected) trigger.focus();
  }

  hostDisconnected(): void {
    this.target = undefined;
  }

  hostUpdated(): void {
    const popover = this.element;
    if (!popover || !this.target) return;
    const target = this.target;
    placeBeside(target.trigger, popover, { placement: 'bottom-end', gap: 4, padding: 8 }, () => this.target === target && popover.isConnected);
    if (this.focusFirst) {
      this.focusFirst = false;
      const first = popover.querySelector<HTMLElement>('[role="menuitem"], inbox-action-form');
      first?.focus();
    }
  }

  private get element(): HTMLElement | null {
    return (this.host.renderRoot as ParentNode).querySelector<HTMLElement>(`#${ACTION_MENU_ID}`);
  }

  private onToggle = (event: ToggleEvent): void => {
    // Light dismiss (click outside, Escape) closed the popover.
    if (event.newState === 'closed' && this.target) this.close(true);
  };

  private onMenuKeyDown = (event: KeyboardEvent): void => {
    const items = [...(this.element?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const index = items.indexOf(event.composedPath()[0] as HTMLElement);
    const focusAt = (next: number) => items[(next + items.length) % items.length]?.focus();
    switch (event.key) {
      case 'ArrowDown':
        focusAt(index + 1);
        break;
      case 'ArrowUp':
        focusAt(index - 1);
        break;
      case 'Home':
        focusAt(0);
        break;
      case 'End':
        focusAt(items.length - 1);
        break;
      case 'Tab':
        this.close(true);
        break;
      default:
        return;
    }
    event.preventDefault();
  };

  /** Shows `kind`'s form, once its element is here. */
  private choose(kind: ActionKind): void {
    const target = this.target;
    this.loadFailed = false;
    if (actionForm.value) {
      this.stage = kind;
      this.focusFirst = true;
      this.host.requestUpdate();
      return;
    }
    this.loading = kind;
    this.host.requestUpdate();
    actionForm.load().then(
      () => this.target === target && this.loading === kind && this.choose(kind),
      () => this.target === target && (this.loadFailed = true),
    ).finally(() => {
      if (this.loading === kind) this.loading = undefined;
      this.host.requestUpdate();
    });
  }

  private onSubmit = (event: ActionSubmitEvent): void => {
    const target = this.target;
    if (!target) return;
    this.close(true);
    this.host.submitAction(event.payload, target);
  };

  render(): TemplateResult | typeof nothing {
    const target = this.target;
    if (!target) return nothing;
    const strings = this.host.actionStrings;
    return html`<div id=${ACTION_MENU_ID} class="menu-popover" popover="auto" part="menu" @toggle=${this.onToggle}>
      ${this.stage === 'menu'
        ? html`<div role="menu" aria-label=${strings.bulkActions} aria-busy=${this.loading ? 'true' : 'false'} @keydown=${this.onMenuKeyDown}>
              ${this.host.supportedActions.map(
                (kind, index) =>
                  html`<button type="button" role="menuitem" tabindex=${index === 0 ? '0' : '-1'} @click=${() => this.choose(kind)}>
                    ${strings.menuItems[kind]}
                  </button>`,
              )}
            </div>
            <p class="menu-status" role="status">${this.loading ? strings.formLoading : this.loadFailed ? strings.formFailed : ''}</p>`
        : html`<inbox-action-form
            .kind=${this.stage}
            .count=${target.ids.length}
            .assignees=${this.host.assigneeOptions}
            .statuses=${this.host.statusOptions}
            .statusLabels=${this.host.strings.statuses}
            .locale=${this.host.locale}
            .knownTags=${this.host.knownTags}
            .current=${this.stage === 'assign' ? target.currentAssignee : this.stage === 'status' ? target.currentStatus : undefined}
            .strings=${strings}
            @inbox-action-submit=${this.onSubmit}
            @inbox-action-cancel=${() => this.close(true)}
          ></inbox-action-form>`}
    </div>`;
  }
}

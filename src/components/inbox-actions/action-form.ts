import { css, html, LitElement, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import type { ActionKind, NamedOption } from '../../data/types.js';
import { counter } from '../../format/count.js';
import { STATUS_LABELS, valueLabel } from '../../format/labels.js';
import type { ActionPayload } from '../../events.js';
import { formButtonStyles } from '../shared/form-buttons.styles.js';
import { DEFAULT_ACTION_STRINGS, type ActionStrings } from './action-strings.js';

export class ActionSubmitEvent extends Event {
  static readonly type = 'inbox-action-submit';
  constructor(readonly payload: ActionPayload) {
    super(ActionSubmitEvent.type, { bubbles: true, composed: true });
  }
}

export class ActionCancelEvent extends Event {
  static readonly type = 'inbox-action-cancel';
  constructor() {
    super(ActionCancelEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'inbox-action-submit': ActionSubmitEvent;
    'inbox-action-cancel': ActionCancelEvent;
  }
  interface HTMLElementTagNameMap {
    'inbox-action-form': InboxActionForm;
  }
}

/** Splits typed tags on commas, trims them and drops empties and repeats. */
export function parseTags(value: string): string[] {
  return [...new Set(value.split(',').map((tag) => tag.trim()).filter(Boolean))];
}

/**
 * The form for one conversation action: assign, set status (with resolution notes), add tags or
 * add an internal note. Used by `<inbox-table>` in its row menu and its bulk bar.
 *
 * @summary Form for one conversation action.
 * @fires inbox-action-submit - The user confirmed; `payload` says what to do.
 * @fires inbox-action-cancel - The user cancelled (Cancel button or Escape).
 * @csspart form - The form.
 */
export class InboxActionForm extends LitElement {
  static override styles = [
    formButtonStyles,
    css`
      :host {
        display: block;
        min-width: 240px;
      }
      form {
        display: grid;
        gap: 8px;
      }
      label,
      legend {
        font-weight: 600;
      }
      fieldset {
        display: grid;
        gap: 4px;
        margin: 0;
        padding: 0;
        border: 0;
      }
      select,
      input[type='text'],
      textarea {
        font: inherit;
        padding: 4px 6px;
        border: 1px solid var(--inbox-border-color, #8c939d);
        border-radius: 4px;
        background: var(--inbox-background, #fff);
        color: inherit;
      }
      textarea {
        min-height: 72px;
        resize: vertical;
      }
      .error {
        color: var(--inbox-error-color, #b42318);
      }
    `,
  ];

  @property() kind: ActionKind = 'assign';
  /** How many conversations the action applies to (wording only). */
  @property({ type: Number }) count = 1;
  @property({ attribute: false }) assignees: readonly NamedOption[] = [];
  @property({ attribute: false }) statuses: readonly string[] = [];
  /** Names of the statuses, as the status column shows them. */
  @property({ attribute: false }) statusLabels: Record<string, string> = STATUS_LABELS;
  /** BCP 47 locale of the count in the title; the browser's when unset. */
  @property() locale?: string;
  @property({ attribute: false }) knownTags: readonly string[] = [];
  /** Current value for pre-selection (assignee id or status). */
  @property({ attribute: false }) current?: string | null;
  @property({ attribute: false }) strings: ActionStrings = DEFAULT_ACTION_STRINGS;

  /** What the user picked; the controls show it even when the lists re-render under them. */
  @state() private chosenAssignee?: string;
  @state() private chosenStatus?: string;
  @state() private error = '';

  /** Moves focus to the form's first control. */
  override focus(): void {
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('select, input, textarea')?.focus());
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (event.key === 'Escape') {
      event.stopPropagation();
      this.dispatchEvent(new ActionCancelEvent());
    }
  }

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    const value = (name: string) => String(data.get(name) ?? '').trim();
    let payload: ActionPayload | undefined;
    switch (this.kind) {
      case 'assign': {
        const id = value('assignee');
        payload = { kind: 'assign', assigneeId: id === '' ? null : id };
        break;
      }
      case 'status': {
        const status = value('status');
        const notes = value('notes');
        payload = status ? { kind: 'status', status, ...(status === 'resolved' && notes ? { resolutionNotes: notes } : {}) } : undefined;
        break;
      }
      case 'tags': {
        const tags = parseTags(value('tags'));
        payload = tags.length ? { kind: 'tags', tags } : undefined;
        break;
      }
      case 'note': {
        const content = value('content');
        payload = content ? { kind: 'note', content } : undefined;
        break;
      }
    }
    if (!payload) {
      this.error = this.strings.required[this.kind];
      return;
    }
    this.error = '';
    this.dispatchEvent(new ActionSubmitEvent(payload));
  }

  protected override render(): TemplateResult {
    const s = this.strings;
    return html`<form part="form" aria-label=${s.formTitle(this.kind, counter(this.locale)(this.count))} @submit=${this.onSubmit} @keydown=${this.onKeyDown}>
      ${this.renderFields()}
      ${this.error ? html`<div class="error" id="error" role="alert">${this.error}</div>` : nothing}
      <div class="buttons">
        <button type="button" @click=${() => this.dispatchEvent(new ActionCancelEvent())}>${s.cancel}</button>
        <button type="submit">${s.apply}</button>
      </div>
    </form>`;
  }

  private renderFields(): TemplateResult {
    const s = this.strings;
    const describedBy = this.error ? 'error' : nothing;
    switch (this.kind) {
      case 'assign': {
        // '' is Unassigned, also the choice when nothing is current (several conversations).
        const chosen = this.chosenAssignee ?? this.current ?? '';
        return html`<label for="assignee">${s.assignTo}</label>
          <select id="assignee" name="assignee" aria-describedby=${describedBy} @change=${(event: Event) => (this.chosenAssignee = (event.target as HTMLSelectElement).value)}>
            <option value="" .selected=${live(chosen === '')}>${s.unassigned}</option>
            ${this.assignees.map((member) => html`<option value=${member.id} .selected=${live(member.id === chosen)}>${member.name}</option>`)}
          </select>`;
      }
      case 'status': {
        const chosen = this.chosenStatus ?? this.current ?? '';
        return html`<fieldset aria-describedby=${describedBy}>
            <legend>${s.status}</legend>
            ${this.statuses.map(
              (status) => html`<label
                ><input type="radio" name="status" value=${status} .checked=${live(status === chosen)} @change=${() => (this.chosenStatus = status)} />
                ${valueLabel(this.statusLabels, status)}</label
              >`,
            )}
          </fieldset>
          ${chosen === 'resolved'
            ? html`<label for="notes">${s.resolutionNotes}</label><textarea id="notes" name="notes"></textarea>`
            : nothing}`;
      }
      case 'tags':
        return html`<label for="tags">${s.tags}</label>
          <input id="tags" name="tags" type="text" list="known-tags" autocomplete="off" aria-describedby=${describedBy} />
          <datalist id="known-tags">${this.knownTags.map((tag) => html`<option value=${tag}></option>`)}</datalist>`;
      case 'note':
        return html`<label for="content">${s.note}</label>
          <textarea id="content" name="content" aria-describedby=${describedBy}></textarea>`;
    }
  }
}

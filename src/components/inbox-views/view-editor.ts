/**
 * The view editor, loaded on demand by `<inbox-views>`: names a new view, or renames, deletes
 * and reorders the user's own. It only asks (`inbox-view-edit`); `<inbox-views>` decides.
 */
import { css, html, LitElement, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { InboxView } from '../../data/views.js';
import { defineElement } from '../define.js';
import { formButtonStyles } from '../shared/form-buttons.styles.js';
import { ViewEditEvent, type ViewEdit } from './view-edit-event.js';
import { DEFAULT_VIEW_STRINGS, type ViewStrings } from './view-strings.js';

declare global {
  interface HTMLElementTagNameMap {
    'inbox-view-editor': InboxViewEditor;
  }
}

/** @internal */
export class InboxViewEditor extends LitElement {
  static override styles = [
    formButtonStyles,
    css`
      :host {
        display: block;
        margin-top: 8px;
      }
      form,
      ul {
        display: flex;
        flex-direction: column;
        gap: 6px;
        margin: 0;
        padding: 0;
        list-style: none;
      }
      li {
        display: flex;
        gap: 6px;
        align-items: center;
      }
      input {
        font: inherit;
        padding: 4px 8px;
        min-width: 0;
      }
      .error {
        color: var(--inbox-error-color, #b42318);
        margin: 0;
      }
    `,
  ];

  @property() mode: 'new' | 'manage' = 'new';
  @property({ attribute: false }) views: readonly InboxView[] = [];
  @property({ attribute: false }) strings: ViewStrings = DEFAULT_VIEW_STRINGS;

  @state() private nameMissing = false;

  private ask(change: ViewEdit): void {
    this.dispatchEvent(new ViewEditEvent(change));
  }

  protected override firstUpdated(): void {
    this.renderRoot.querySelector<HTMLInputElement>('input')?.focus();
  }

  protected override render(): TemplateResult {
    return this.mode === 'new' ? this.renderNew() : this.renderManage();
  }

  private renderNew(): TemplateResult {
    const submit = (event: SubmitEvent) => {
      event.preventDefault();
      const name = (this.renderRoot.querySelector<HTMLInputElement>('#view-name')?.value ?? '').trim();
      this.nameMissing = name === '';
      if (name) this.ask({ kind: 'create', name });
    };
    return html`<form @submit=${submit}>
      <label for="view-name">${this.strings.name}</label>
      <input id="view-name" autocomplete="off" aria-invalid=${this.nameMissing ? 'true' : 'false'} aria-describedby=${this.nameMissing ? 'name-error' : nothing} />
      ${this.nameMissing ? html`<p id="name-error" class="error">${this.strings.nameRequired}</p>` : nothing}
      <div class="buttons">
        <button type="button" @click=${() => this.ask({ kind: 'close' })}>${this.strings.cancel}</button>
        <button type="submit">${this.strings.saveAsNew}</button>
      </div>
    </form>`;
  }

  private renderManage(): TemplateResult {
    return html`<ul>
        ${this.views.map(
          (view, index) => html`<li>
            <input
              aria-label=${this.strings.rename(view.name)}
              .value=${view.name}
              @change=${(event: Event) => {
                const name = (event.target as HTMLInputElement).value.trim();
                if (name) this.ask({ kind: 'rename', id: view.id, name });
              }}
            />
            <button type="button" ?disabled=${index === 0} aria-label=${this.strings.moveUp(view.name)} @click=${() => this.ask({ kind: 'move', id: view.id, by: -1 })}>↑</button>
            <button type="button" ?disabled=${index === this.views.length - 1} aria-label=${this.strings.moveDown(view.name)} @click=${() => this.ask({ kind: 'move', id: view.id, by: 1 })}>↓</button>
            <button type="button" aria-label=${this.strings.delete(view.name)} @click=${() => this.ask({ kind: 'delete', id: view.id })}>✕</button>
          </li>`,
        )}
      </ul>
      <div class="buttons"><button type="button" @click=${() => this.ask({ kind: 'close' })}>${this.strings.done}</button></div>`;
  }
}

defineElement('inbox-view-editor', InboxViewEditor);

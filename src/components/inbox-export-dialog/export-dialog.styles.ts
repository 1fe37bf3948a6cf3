import { css } from 'lit';
import { formButtonStyles } from '../shared/form-buttons.styles.js';

export const exportDialogStyles = [
  formButtonStyles,
  css`
    :host {
      display: contents;
    }
    dialog {
      box-sizing: border-box;
      max-width: min(30rem, calc(100vw - 32px));
      padding: 16px;
      border: 1px solid var(--inbox-border-color, #e3e5e8);
      border-radius: var(--inbox-radius, 8px);
      background: var(--inbox-background, #fff);
      color: var(--inbox-text-color, #1f2328);
      font: inherit;
    }
    dialog::backdrop {
      background: rgb(0 0 0 / 0.35);
    }
    h2 {
      margin: 0 0 12px;
      font-size: 1.125em;
    }
    fieldset {
      margin: 0 0 12px;
      padding: 0;
      border: none;
    }
    legend {
      padding: 0;
      margin-bottom: 4px;
      font-weight: 600;
    }
    label {
      display: flex;
      align-items: center;
      gap: 6px;
      padding: 2px 0;
    }
    input:focus-visible,
    button:focus-visible {
      outline: 2px solid var(--inbox-focus-color, #1a56db);
      outline-offset: 2px;
    }
    .buttons {
      display: flex;
      justify-content: flex-end;
      gap: 8px;
    }
  `,
];

import { css } from 'lit';
import { modalDialogStyles } from '../shared/modal-dialog.js';

export const exportDialogStyles = [
  modalDialogStyles,
  css`
    dialog {
      max-width: min(30rem, calc(100vw - 32px));
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
    input:focus-visible {
      outline: 2px solid var(--inbox-focus-color, #1a56db);
      outline-offset: 2px;
    }
  `,
];

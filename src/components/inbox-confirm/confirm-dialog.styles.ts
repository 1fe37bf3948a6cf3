import { css } from 'lit';
import { dialogStyles } from '../shared/dialog.styles.js';
import { formButtonStyles } from '../shared/form-buttons.styles.js';

export const confirmDialogStyles = [
  formButtonStyles,
  dialogStyles,
  css`
    p {
      margin: 0 0 16px;
    }
  `,
];

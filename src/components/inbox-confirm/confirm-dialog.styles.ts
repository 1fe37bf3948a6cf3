import { css } from 'lit';
import { modalDialogStyles } from '../shared/modal-dialog.js';

export const confirmDialogStyles = [
  modalDialogStyles,
  css`
    p {
      margin: 0 0 16px;
    }
  `,
];

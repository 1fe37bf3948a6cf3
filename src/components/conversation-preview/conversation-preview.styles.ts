import { css } from 'lit';
import { formButtonStyles } from '../shared/form-buttons.styles.js';

export const previewStyles = [
  formButtonStyles,
  css`
  :host {
    display: block;
    box-sizing: border-box;
    font-size: var(--inbox-font-size, 0.875em);
    color: var(--inbox-text-color, #1f2328);
    background: var(--inbox-background, #fff);
    overflow: auto;
  }
  .preview {
    display: grid;
    gap: 10px;
    padding: 12px 14px;
  }
  header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px;
  }
  h2 {
    flex: 1 1 auto;
    margin: 0;
    font-size: 1.15em;
    overflow-wrap: anywhere;
  }
  h3 {
    margin: 4px 0 0;
    font-size: 0.95em;
  }
  a {
    color: var(--inbox-accent-color, #1a56db);
  }
  .icon {
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    vertical-align: -3px;
    margin-inline-start: 2px;
  }
  /* Outlined as formButtonStyles draws them; a little more compact, with a square minimum. */
  button {
    min-height: 28px;
    min-width: 28px;
    padding: 2px 10px;
  }
  /* Where the preview covers a card list: a touch target first in the header. */
  .back {
    display: inline-flex;
    align-items: center;
    gap: 4px;
    min-height: 44px;
    min-width: 44px;
  }
  .back .icon {
    margin: 0;
    vertical-align: 0;
  }
  :host([back]) .open-tab {
    display: inline-flex;
    align-items: center;
    min-height: 44px;
  }
  :host([back]) button {
    min-width: 44px;
    min-height: 44px;
  }
  .close {
    font-size: 1.2em;
    line-height: 1;
    padding: 2px 8px;
  }
  .summary {
    margin: 0;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  dl {
    display: grid;
    grid-template-columns: max-content minmax(0, 1fr);
    gap: 4px 12px;
    margin: 0;
  }
  dt {
    color: var(--inbox-muted-color, #5f6672);
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .metadata {
    grid-template-columns: max-content minmax(0, 1fr);
  }
  .plain {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .action-buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
    margin-block-end: 8px;
  }
  .notice {
    margin-block-start: 8px;
  }
  .notice.error,
  .gone {
    color: var(--inbox-error-color, #b42318);
  }
`,
];

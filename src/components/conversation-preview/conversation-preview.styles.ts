import { css } from 'lit';

export const previewStyles = css`
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
  button {
    font: inherit;
    min-height: 28px;
    min-width: 28px;
    padding: 2px 10px;
    border: 1px solid var(--inbox-accent-color, #1a56db);
    border-radius: 6px;
    background: transparent;
    color: var(--inbox-accent-color, #1a56db);
    cursor: pointer;
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
  :focus-visible {
    outline: 2px solid var(--inbox-focus-color, #1a56db);
    outline-offset: 2px;
  }
`;

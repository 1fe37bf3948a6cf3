import { css } from 'lit';

export const confirmDialogStyles = css`
  :host {
    display: contents;
  }
  dialog {
    box-sizing: border-box;
    max-width: min(28rem, calc(100vw - 32px));
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
    margin: 0 0 8px;
    font-size: 1.125em;
  }
  p {
    margin: 0 0 16px;
  }
  .buttons {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: 8px;
  }
  button {
    font: inherit;
    padding: 4px 12px;
    border: 1px solid var(--inbox-border-color, #8c939d);
    border-radius: 4px;
    background: var(--inbox-background, #fff);
    color: inherit;
    cursor: pointer;
  }
  button.confirm {
    border-color: var(--inbox-accent-color, #1a56db);
    background: var(--inbox-accent-color, #1a56db);
    color: #fff;
  }
  button:focus-visible {
    outline: 2px solid var(--inbox-focus-color, #1a56db);
    outline-offset: 2px;
  }
`;

import { css } from 'lit';

/** A native modal `<dialog>` of the inbox: its box, backdrop and heading. */
export const dialogStyles = css`
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
`;

import { css } from 'lit';

/** The button row of a small form or dialog (`.buttons`): outlined buttons, the main one filled. */
export const formButtonStyles = css`
  .buttons {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: 8px;
  }
  button {
    font: inherit;
    padding: 4px 12px;
    border: 1px solid var(--inbox-accent-color, #1a56db);
    border-radius: 6px;
    background: transparent;
    color: var(--inbox-accent-color, #1a56db);
    cursor: pointer;
  }
  button[type='submit'],
  button.primary {
    background: var(--inbox-accent-color, #1a56db);
    color: var(--inbox-accent-contrast-color, #fff);
  }
  :focus-visible {
    outline: 2px solid var(--inbox-focus-color, #1a56db);
    outline-offset: 2px;
  }
`;

import { css } from 'lit';

export const viewStyles = css`
  :host {
    display: block;
    font: inherit;
    color: var(--inbox-text-color, #1f2328);
  }
  :host([hidden]) {
    display: none;
  }
  .views {
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
    margin: 0 0 6px;
    padding: 0;
    list-style: none;
  }
  li {
    display: flex;
    align-items: center;
    gap: 6px;
  }
  button {
    font: inherit;
    font-size: 0.875em;
    color: inherit;
    min-height: 32px;
    padding: 4px 10px;
    border: 1px solid var(--inbox-border-color, #c9ced6);
    border-radius: var(--inbox-radius, 6px);
    background: var(--inbox-background, #fff);
    cursor: pointer;
  }
  /* The active view: a thicker accent border and bold text, not colour alone. */
  .view[aria-current] {
    border: 2px solid var(--inbox-accent-color, #1a56db);
    font-weight: 700;
  }
  .count {
    color: var(--inbox-muted-color, #5f6672);
    font-variant-numeric: tabular-nums;
  }
  .modified {
    display: inline-flex;
    align-items: center;
    gap: 6px;
  }
  .mark {
    font-style: italic;
  }
  :focus-visible {
    outline: 2px solid var(--inbox-focus-color, #1a56db);
    outline-offset: 2px;
  }
  @media (forced-colors: active) {
    .view[aria-current] {
      border-color: Highlight;
    }
  }
`;

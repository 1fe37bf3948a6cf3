import { css } from 'lit';

export const playerStyles = css`
  :host {
    display: block;
    color: var(--inbox-text-color, #1f2328);
  }
  .player {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 6px 8px;
  }
  button,
  select {
    font: inherit;
    min-height: 28px;
    min-width: 28px;
    border: 1px solid var(--inbox-border-color, #d0d4da);
    border-radius: 6px;
    background: var(--inbox-background, #fff);
    color: inherit;
    cursor: pointer;
  }
  button[aria-disabled='true'],
  button:disabled,
  select:disabled {
    cursor: default;
    opacity: 0.6;
  }
  .toggle {
    display: inline-grid;
    place-items: center;
    color: var(--inbox-accent-color, #1a56db);
  }
  .icon {
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
  }
  .timeline {
    flex: 1 1 120px;
    min-width: 80px;
    padding-block: 10px;
    cursor: pointer;
    touch-action: none;
  }
  .timeline[aria-disabled='true'] {
    cursor: default;
  }
  .track {
    position: relative;
    height: 6px;
    border-radius: 3px;
    background: var(--inbox-border-color, #d0d4da);
    overflow: hidden;
  }
  .fill {
    position: absolute;
    inset-block: 0;
    inset-inline-start: 0;
    width: calc(var(--_played, 0) * 100%);
    background: var(--inbox-accent-color, #1a56db);
  }
  .time {
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .error {
    flex-basis: 100%;
    margin: 0;
    color: var(--inbox-error-color, #b42318);
  }
  :focus-visible {
    outline: 2px solid var(--inbox-focus-color, #1a56db);
    outline-offset: 2px;
  }
  @media (forced-colors: active) {
    .fill {
      background: Highlight;
    }
  }
`;

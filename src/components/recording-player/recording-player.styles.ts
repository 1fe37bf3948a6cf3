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
  /* One line as tall as a row allows (both densities): the button beside the time over the timeline. */
  :host([compact]) .player {
    flex-wrap: nowrap;
    gap: 4px;
    height: 100%;
    line-height: 1.1;
  }
  :host([compact]) {
    container-type: inline-size;
  }
  :host([compact]) button {
    flex: none;
    min-width: var(--inbox-player-target-size, 24px);
    min-height: var(--inbox-player-target-size, 24px);
    padding: 0;
  }
  .compact-body {
    display: flex;
    flex: 1 1 auto;
    flex-direction: column;
    gap: 1px;
    min-width: 0;
  }
  .compact-body .time {
    overflow: hidden;
    text-overflow: ellipsis;
    font-size: 0.75em;
  }
  :host([compact]) .timeline {
    flex: none;
    min-width: 0;
    padding-block: 3px;
  }
  :host([compact]) .track {
    height: 4px;
  }
  :host([compact]) .error {
    flex: 1 1 auto;
    min-width: 0;
    overflow: hidden;
    font-size: 0.75em;
    white-space: normal;
  }
  /* Wide enough (a card's foot): the time beside a timeline as tall as the player, a touch target. */
  @container (min-width: 150px) {
    :host([compact]) .compact-body {
      flex-direction: row;
      align-items: center;
      align-self: stretch;
      gap: 6px;
    }
    .compact-body .time {
      order: 1;
      flex: none;
    }
    :host([compact]) .timeline {
      flex: 1 1 auto;
      align-self: stretch;
      display: flex;
      flex-direction: column;
      justify-content: center;
      min-height: var(--inbox-player-target-size, 24px);
      padding-block: 0;
    }
  }
  /* A row clips what leaves it: the ring stays inside. */
  :host([compact]) :focus-visible {
    outline-offset: 0;
  }
  @media (forced-colors: active) {
    .fill {
      background: Highlight;
    }
  }
`;

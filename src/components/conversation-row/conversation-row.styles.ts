import { css } from 'lit';

/**
 * Cell styles shared by a standalone row (in its own shadow root) and by the table, whose rows
 * render into the table's shadow root so one tooltip and one focus model serve every cell.
 */
export const cellStyles = css`
  .row {
    display: grid;
    grid-template-columns: var(--_columns);
    min-width: var(--_min-width, 0);
    /* Every row exactly this tall (border included): the virtualizer never re-estimates heights
       mid-scroll, which would jump the view; whatever a cell holds is clipped to one line. */
    height: var(--inbox-row-height, 44px);
    align-items: center;
    box-sizing: border-box;
    border-bottom: 1px solid var(--inbox-border-color, #e3e5e8);
    background: var(--inbox-row-background, transparent);
    color: var(--inbox-text-color, inherit);
    cursor: pointer;
    contain: layout paint style;
  }
  .row:hover {
    background: var(--inbox-row-hover-background, #f5f7fa);
  }
  .cell {
    position: relative;
    min-width: 0;
    padding: 0 var(--inbox-cell-padding, 10px);
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
    line-height: calc(var(--inbox-row-height, 44px) - 1px);
    max-height: 100%;
    box-sizing: border-box;
    outline: none;
  }
  .cell:focus-visible,
  button:focus-visible,
  a:focus-visible {
    outline: 2px solid var(--inbox-focus-color, #1a56db);
    outline-offset: -2px;
  }
  .c-select,
  .c-actions,
  .c-copy,
  .c-play {
    padding: 0 4px;
    text-overflow: clip;
    overflow: visible;
  }
  /* A value in its own bidi paragraph (see isolated()): aligned with the table, but cut at its own end. */
  .text {
    display: block;
    overflow: hidden;
    text-overflow: ellipsis;
    text-align: match-parent;
  }
  .cell.missing {
    color: var(--inbox-muted-color, #5f6672);
  }
  .live-badge {
    padding: 0 4px;
    border: 1px solid currentColor;
    border-radius: 4px;
    color: var(--inbox-live-color, #b42318);
    font-size: 0.75em;
    font-weight: 600;
  }
  .c-status.stacked {
    display: flex;
    flex-direction: column;
    justify-content: center;
    line-height: 1.3;
  }
  .c-status > span {
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .stale-note {
    color: var(--inbox-muted-color, #5f6672);
    font-size: 0.75em;
    font-style: italic;
  }
  .cell button,
  .cell a.icon-link {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    vertical-align: middle;
    width: 28px;
    height: 28px;
    padding: 0;
    border: 0;
    border-radius: 6px;
    background: transparent;
    color: var(--inbox-icon-color, currentColor);
    font: inherit;
    cursor: pointer;
  }
  .cell button:hover,
  .cell a.icon-link:hover {
    background: var(--inbox-icon-hover-background, rgba(0, 0, 0, 0.07));
  }
  .cell button[aria-disabled='true'] {
    cursor: not-allowed;
    color: var(--inbox-error-color, #b42318);
  }
  input[type='checkbox'] {
    width: 16px;
    height: 16px;
    margin: 0 8px;
    vertical-align: middle;
    accent-color: var(--inbox-accent-color, #1a56db);
  }
  .menu-button .icon path {
    stroke-width: 3.5;
  }
  .icon path {
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .cell .bubble {
    width: auto;
    height: 20px;
    min-width: 28px;
    margin-inline-start: 6px;
    padding: 0 6px;
    border-radius: 10px;
    background: var(--inbox-bubble-background, #e8eefc);
    color: var(--inbox-bubble-color, #1e429f);
    font-size: 0.85em;
  }
  .agent-name {
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .c-agent {
    display: flex;
    align-items: center;
    gap: 4px;
  }
  .c-callerId.with-bubble {
    display: flex;
    align-items: center;
  }
  .c-callerId > .text {
    min-width: 0;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .c-play {
    display: flex;
    flex-direction: column;
    justify-content: center;
    align-items: center;
    line-height: 1;
    gap: 2px;
  }
  progress {
    width: 28px;
    height: 3px;
    accent-color: var(--inbox-accent-color, #1a56db);
  }
  .copied {
    position: absolute;
    inset-inline-start: 36px;
    top: 50%;
    transform: translateY(-50%);
    z-index: 1;
    padding: 2px 6px;
    border-radius: 4px;
    background: var(--inbox-tooltip-background, #1f2328);
    color: var(--inbox-tooltip-color, #fff);
    font-size: 0.8em;
    line-height: 1.4;
  }
  @media (forced-colors: active) {
    .cell:focus-visible,
    button:focus-visible,
    a:focus-visible {
      outline-color: Highlight;
    }
  }
`;

export const rowStyles = css`
  :host {
    display: block;
    font-size: var(--inbox-font-size, 0.875em);
  }
  :host([hidden]) {
    display: none;
  }
`;

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
  /* Kept in view while the table scrolls sideways; opaque, so the columns passing under it do not show through. */
  .cell.pinned {
    position: sticky;
    inset-inline-start: 0;
    z-index: 1;
    background: var(--inbox-background, #fff);
  }
  .row:hover > .cell.pinned {
    background: var(--inbox-row-hover-background, #f5f7fa);
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
    justify-content: center;
    align-items: center;
    line-height: 1;
  }
  /* The player that replaces a pressed Play: as wide as a Duration column, so it lies over the start of the next
     cell (at the end of the row, the previous one) rather than widen a column for one row; as tall
     as the row allows at every density. */
  .c-play recording-player {
    position: absolute;
    inset-inline-start: 4px;
    top: 50%;
    transform: translateY(-50%);
    z-index: 1;
    box-sizing: border-box;
    width: var(--inbox-row-player-width, 92px);
    height: min(36px, calc(var(--inbox-row-height, 44px) - 3px));
    padding-inline: 2px 6px;
    border-radius: 6px;
    background: var(--inbox-background, #fff);
    box-shadow: 0 0 0 1px var(--inbox-border-color, #d0d4da);
    font-weight: 400;
  }
  .c-play:last-child recording-player {
    inset-inline: auto 4px;
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
  /* Unread conversations: bold, with the count as a badge (and its meaning as text). */
  [unread] > .cell,
  :host([unread]) .cell {
    font-weight: 700;
  }
  .unread-badge {
    display: inline-block;
    min-width: 1.5em;
    padding: 0 6px;
    border-radius: 999px;
    border: 1px solid transparent;
    background: var(--inbox-unread-background, #1a56db);
    color: var(--inbox-unread-color, #fff);
    text-align: center;
    vertical-align: middle;
  }
  /* Status pills by family, each with its mark; colours are custom properties a host can theme. */
  .pill,
  .priority-badge,
  .chip {
    display: inline-flex;
    align-items: center;
    gap: 4px;
    max-width: 100%;
    padding: 0 8px;
    border: 1px solid transparent;
    border-radius: 999px;
    line-height: 1.6;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
    box-sizing: border-box;
    /* An inline box that clips sits on the baseline by its bottom edge and would heighten the line. */
    vertical-align: middle;
  }
  .pill-live {
    background: var(--inbox-status-live-background, #e6f4ea);
    color: var(--inbox-status-live-color, #0f5323);
  }
  .pill-done {
    background: var(--inbox-status-done-background, #eef0f3);
    color: var(--inbox-status-done-color, #3a3f47);
  }
  .pill-failed {
    background: var(--inbox-status-failed-background, #fdecea);
    color: var(--inbox-status-failed-color, #8a1c14);
  }
  .pill-pending {
    background: var(--inbox-status-pending-background, #fff4e0);
    color: var(--inbox-status-pending-color, #6b4100);
  }
  .priority-urgent {
    background: var(--inbox-priority-urgent-background, #b42318);
    color: var(--inbox-priority-urgent-color, #fff);
    font-weight: 700;
  }
  .priority-high {
    background: var(--inbox-priority-high-background, #fff4e0);
    color: var(--inbox-priority-high-color, #6b4100);
    border-color: currentColor;
  }
  .chips {
    display: flex;
    gap: 4px;
    min-width: 0;
    overflow: hidden;
  }
  .chip {
    flex: 0 1 auto;
    background: var(--inbox-chip-background, #eef0f3);
    color: inherit;
  }
  .cell .chip.more {
    flex: none;
    width: auto;
    height: auto;
    font-size: inherit;
  }
  /* Each family's and priority's mark: a shape beside the text, so none is told by colour alone. */
  .pill::before,
  .priority-badge::before {
    flex: none;
  }
  .pill-live::before {
    content: '●' / '';
  }
  .pill-done::before {
    content: '✓' / '';
  }
  .pill-failed::before {
    content: '✕' / '';
  }
  .pill-pending::before {
    content: '◷' / '';
  }
  .priority-urgent::before {
    content: '!!' / '';
  }
  .priority-high::before {
    content: '!' / '';
  }
  /* Just arrived: a tinted row and a "New" badge. */
  [fresh] > .cell,
  :host([fresh]) .cell {
    background: var(--inbox-fresh-row-background, #fff8e1);
  }
  .fresh-badge {
    padding: 0 4px;
    border: 1px dashed currentColor;
    border-radius: 4px;
    font-size: 0.75em;
    font-weight: 600;
  }
  /* A status change flashes once; never with reduced motion. */
  .c-status.flash .pill,
  .c-status.flash > bdi {
    animation: inbox-status-flash 1.2s ease-out 1;
  }
  @keyframes inbox-status-flash {
    from {
      outline: 3px solid var(--inbox-flash-color, #f5b400);
    }
    to {
      outline: 3px solid transparent;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .c-status.flash .pill,
    .c-status.flash > bdi {
      animation: none;
    }
  }
  @media (forced-colors: active) {
    /* System colours replace the backgrounds: borders keep each pill's shape visible. */
    .pill,
    .priority-badge,
    .chip,
    .unread-badge {
      border-color: CanvasText;
      forced-color-adjust: auto;
    }
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

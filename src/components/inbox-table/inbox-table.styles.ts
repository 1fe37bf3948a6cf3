import { css } from 'lit';

/**
 * Layout notes (kept out of the CSS, which ships as written):
 * - The page decides only the host's box, with any display, height, flex or grid sizing. `.base`
 *   is drawn over that box and the in-flow `.size-probe` alone gives it content: its content
 *   height is the height the page gave (0 when none), its padding the fallback HostSizeController
 *   sets when the page gave none. So no display a page sets can collapse the rows.
 * - `.table-area` holds the grid and, over its body area (under the header row), the empty or
 *   error message, centred with its action beside the text.
 * - `.bars` is a strip of fixed height above the header, reserved while the bulk bar, an action's
 *   notice or the new-conversations pill can appear: none of them moves or covers a row. The
 *   notice is drawn over the bulk bar; the pill, which the live controller floats over a list by
 *   default, keeps the strip's end.
 */
export const tableStyles = css`
  :host {
    display: block;
    position: relative;
    box-sizing: border-box;
    height: var(--inbox-height, 100%);
    min-height: var(--inbox-min-height, 320px);
    font-size: var(--inbox-font-size, 0.875em);
    color: var(--inbox-text-color, #1f2328);
    background: var(--inbox-background, #fff);
    border: 1px solid var(--inbox-border-color, #e3e5e8);
    border-radius: var(--inbox-radius, 8px);
    overflow: hidden;
  }
  :host([hidden]) {
    display: none;
  }
  .size-probe {
    box-sizing: content-box;
    height: 100%;
    width: var(--_min-width, 0);
    padding-top: var(--_fallback-height, 0px);
    overflow: hidden;
    scrollbar-gutter: stable;
    visibility: hidden;
  }
  .base {
    position: absolute;
    inset: 0;
    display: flex;
    flex-direction: column;
    min-height: 0;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px;
    padding: 0 var(--inbox-cell-padding, 10px);
  }
  .toolbar:has(slot:not(:empty)),
  .toolbar .count:not(:empty) {
    padding-block: 8px;
  }
  .count {
    margin-inline-start: auto;
    color: var(--inbox-muted-color, #5f6672);
    font-size: 0.875em;
  }
  .table-area {
    position: relative;
    display: flex;
    flex-direction: column;
    flex: 1 1 auto;
    min-height: 0;
  }
  .grid {
    display: flex;
    flex-direction: column;
    flex: 1 1 auto;
    min-height: 0;
  }
  /* Header and body reserve the same scrollbar gutter, so header cells stay above their
     columns without measuring the scrollbar on every update. */
  .head {
    flex: none;
    overflow: hidden;
    scrollbar-gutter: stable;
    border-bottom: 1px solid var(--inbox-border-color, #e3e5e8);
    background: var(--inbox-header-background, #f6f8fa);
  }
  .head .row {
    cursor: default;
    font-weight: 600;
    font-size: 0.875em;
  }
  .head .row:hover {
    background: none;
  }
  .head [data-column] {
    display: flex;
    align-items: center;
    gap: 4px;
  }
  .head [data-column] .text {
    flex: 0 1 auto;
    min-width: 0;
  }
  .head .sort {
    display: flex;
    align-items: center;
    gap: 4px;
    min-width: 0;
    padding: 0;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    cursor: pointer;
  }
  /* The order as a mark after the name; aria-sort says it to assistive technology. */
  .head .sort::after {
    content: '↕' / '';
    flex: none;
    color: var(--inbox-muted-color, #5f6672);
    font-size: 0.75em;
  }
  [aria-sort='ascending'] .sort::after {
    content: '▲' / '';
    color: var(--inbox-accent-color, #1a56db);
  }
  [aria-sort='descending'] .sort::after {
    content: '▼' / '';
    color: var(--inbox-accent-color, #1a56db);
  }
  /* Over the header's end while the pointer or focus is on it, so it takes no room from the name. */
  .head .column-menu {
    position: absolute;
    inset-inline-end: 10px;
    top: 50%;
    transform: translateY(-50%);
    display: grid;
    padding: 2px;
    border: 0;
    border-radius: 4px;
    background: var(--inbox-header-background, #f6f8fa);
    color: inherit;
    cursor: pointer;
    opacity: 0;
  }
  .head [data-column]:hover .column-menu,
  .head [data-column]:focus-within .column-menu,
  .head .column-menu[aria-expanded='true'] {
    opacity: 1;
  }
  .head [data-column].dragging {
    opacity: 0.6;
    cursor: grabbing;
  }
  .head .drop-before {
    box-shadow: inset 3px 0 0 var(--inbox-focus-color, #1a56db);
  }
  .head .drop-after {
    box-shadow: inset -3px 0 0 var(--inbox-focus-color, #1a56db);
  }
  :host(:dir(rtl)) .head .drop-before {
    box-shadow: inset -3px 0 0 var(--inbox-focus-color, #1a56db);
  }
  :host(:dir(rtl)) .head .drop-after {
    box-shadow: inset 3px 0 0 var(--inbox-focus-color, #1a56db);
  }
  .chooser ul {
    display: grid;
    gap: 2px;
    max-height: 60vh;
    margin: 0 0 8px;
    padding: 0;
    overflow: auto;
    list-style: none;
  }
  .chooser label {
    display: flex;
    align-items: center;
    gap: 8px;
    padding: 4px 8px;
    cursor: pointer;
  }
  /* A column's resize handle, on its header's end edge. */
  .resize {
    position: absolute;
    inset-block: 0;
    inset-inline-end: 0;
    width: 8px;
    cursor: col-resize;
    touch-action: none;
    z-index: 2;
  }
  .resize::after {
    content: '';
    position: absolute;
    inset-block: 25%;
    inset-inline-end: 3px;
    width: 2px;
    background: var(--inbox-border-color, #d0d4d9);
  }
  .resize:hover::after,
  .resize:focus-visible::after {
    inset-block: 0;
    background: var(--inbox-focus-color, #1a56db);
  }
  .resize:focus-visible {
    outline: 2px solid var(--inbox-focus-color, #1a56db);
    outline-offset: -2px;
  }
  .body {
    flex: 1 1 auto;
    min-height: 0;
    overflow: auto;
    scrollbar-gutter: stable;
    outline: none;
  }
  .body:focus-visible {
    box-shadow: inset 0 0 0 2px var(--inbox-focus-color, #1a56db);
  }
  conversation-row.row {
    width: 100%;
  }
  .skeleton .cell::after {
    content: '';
    display: inline-block;
    width: 70%;
    height: 0.8em;
    border-radius: 4px;
    background: var(--inbox-skeleton-color, #e9ecef);
    vertical-align: middle;
    animation: pulse 1.4s ease-in-out infinite;
  }
  @keyframes pulse {
    50% {
      opacity: 0.45;
    }
  }
  .message {
    position: absolute;
    inset: calc(var(--inbox-row-height, 44px) + 1px) 0 0;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    align-content: center;
    justify-content: center;
    gap: 12px;
    padding: 16px;
    overflow: auto;
    text-align: center;
  }
  .status {
    display: flex;
    align-items: center;
    justify-content: center;
    gap: 12px;
    min-height: 36px;
    padding: 4px 12px;
    border-top: 1px solid var(--inbox-border-color, #e3e5e8);
    color: var(--inbox-muted-color, #5f6672);
    font-size: 0.875em;
  }
  .status.error,
  .message.error {
    color: var(--inbox-error-color, #b42318);
  }
  .action {
    white-space: nowrap;
    padding: 4px 12px;
    border: 1px solid currentColor;
    border-radius: 6px;
    background: var(--inbox-button-background, transparent);
    color: var(--inbox-accent-color, #1a56db);
    font: inherit;
    cursor: pointer;
  }
  .action:focus-visible {
    outline: 2px solid var(--inbox-focus-color, #1a56db);
    outline-offset: 2px;
  }
  .bars {
    flex: none;
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    grid-template-rows: 100%;
    height: 40px;
    box-sizing: border-box;
    border-top: 1px solid var(--inbox-border-color, #e3e5e8);
  }
  .bulk-bar,
  .notice {
    grid-area: 1 / 1;
    display: flex;
    align-items: center;
    gap: 8px;
    min-width: 0;
    padding: 0 var(--inbox-cell-padding, 10px);
    overflow-x: auto;
    white-space: nowrap;
    background: var(--inbox-selection-background, #eef3ff);
  }
  .notice {
    justify-content: space-between;
    background: var(--inbox-notice-background, #f0f9f2);
  }
  .notice > div {
    display: flex;
    align-items: center;
    gap: 8px;
    min-width: 0;
    overflow-x: auto;
  }
  .notice.error {
    background: var(--inbox-notice-error-background, #fdf0ef);
    color: var(--inbox-error-color, #b42318);
  }
  .bars .live-pill-bar {
    grid-area: 1 / 2;
    height: auto;
    align-items: center;
    padding: 0 var(--inbox-cell-padding, 10px);
  }
  .bars .live-pill {
    position: static;
  }
  .notice ul {
    display: flex;
    gap: 12px;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .action:disabled {
    opacity: 0.5;
    cursor: not-allowed;
  }
  conversation-row[aria-selected='true'],
  conversation-row[aria-selected='true'] > .cell.pinned {
    background: var(--inbox-row-selected-background, #eef3ff);
  }
  .head .row > .cell.pinned {
    background: var(--inbox-header-background, #f6f8fa);
  }
  .menu-popover {
    position: fixed;
    inset: auto;
    margin: 0;
    min-width: 200px;
    padding: 6px;
    border: 1px solid var(--inbox-border-color, #d0d4d9);
    border-radius: 8px;
    background: var(--inbox-background, #fff);
    color: var(--inbox-text-color, #1f2328);
    box-shadow: 0 8px 24px rgba(0, 0, 0, 0.16);
    font: inherit;
  }
  .menu-popover [role='menu'] {
    display: grid;
  }
  .menu-popover [role='menuitem'] {
    padding: 6px 10px;
    border: 0;
    border-radius: 4px;
    background: none;
    color: inherit;
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  .menu-popover [role='menuitem']:disabled {
    opacity: 0.5;
    cursor: not-allowed;
  }
  .menu-popover [role='menuitem']:hover,
  .menu-popover [role='menuitem']:focus-visible {
    background: var(--inbox-row-hover-background, #f0f3f7);
    outline: 2px solid var(--inbox-focus-color, #1a56db);
    outline-offset: -2px;
  }
  .menu-status {
    max-width: 240px;
    margin: 0;
    padding: 4px 10px;
    color: var(--inbox-muted-color, #59636e);
    font-size: 0.85em;
  }
  .menu-status:empty {
    padding: 0;
  }
  .menu-popover [role='menu'][aria-busy='true'] {
    cursor: progress;
  }
  @media (prefers-reduced-motion: reduce) {
    .skeleton .cell::after {
      animation: none;
    }
  }
`;

import { css } from 'lit';

/** The shared tooltip: a manual popover in the top layer, placed by Floating UI. */
export const tooltipStyles = css`
  .tooltip {
    position: fixed;
    inset: auto;
    margin: 0;
    max-width: min(420px, calc(100vw - 16px));
    max-height: min(320px, 60vh);
    overflow: auto;
    padding: 6px 10px;
    border: 1px solid var(--inbox-tooltip-border-color, transparent);
    border-radius: 6px;
    background: var(--inbox-tooltip-background, #1f2328);
    color: var(--inbox-tooltip-color, #fff);
    font: inherit;
    font-size: 0.875em;
    line-height: 1.4;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  /* Each paragraph takes its direction from its own text: a summary or an address reads right
     whichever way the page runs. */
  .tooltip,
  .tooltip li {
    unicode-bidi: plaintext;
  }
  .tooltip ul {
    margin: 0;
    padding-inline-start: 1.1em;
  }
  @media (forced-colors: active) {
    .tooltip {
      border-color: CanvasText;
    }
  }
`;

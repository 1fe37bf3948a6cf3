import { css } from 'lit';

/** Colour theme of an element: `light`, `dark`, or unset to follow the viewer's `prefers-color-scheme`. */
export type InboxTheme = 'light' | 'dark';

/** Row spacing of an element: `comfortable` (the default) or `compact`. */
export type InboxDensity = 'comfortable' | 'compact';

/**
 * The dark theme as values of the `--inbox-*` custom properties. The light theme is the fallback
 * every component style already carries, so it needs no declarations of its own.
 */
const darkTokens = css`
  color-scheme: dark;
  --inbox-background: #161b22;
  --inbox-text-color: #e6edf3;
  --inbox-muted-color: #9198a1;
  --inbox-border-color: #3d444d;
  --inbox-header-background: #1c2128;
  --inbox-row-background: var(--inbox-background);
  --inbox-row-hover-background: #21262d;
  --inbox-row-selected-background: #1a2b44;
  --inbox-selection-background: #1a2b44;
  --inbox-focus-color: #58a6ff;
  --inbox-accent-color: #58a6ff;
  --inbox-accent-contrast-color: #0d1117;
  --inbox-error-color: #ff7b72;
  --inbox-tooltip-background: #2d333b;
  --inbox-tooltip-color: #e6edf3;
  --inbox-tooltip-border-color: #545d68;
  --inbox-skeleton-color: #2d333b;
  --inbox-icon-hover-background: rgba(255, 255, 255, 0.1);
  --inbox-bubble-background: #1a2b44;
  --inbox-bubble-color: #a5c8ff;
  --inbox-chip-background: #262c36;
  --inbox-notice-background: #12261a;
  --inbox-notice-error-background: #2d1517;
`;

/**
 * Theme and density for every element, first in its `static styles`. Values a host sets on the
 * element itself (`inbox-table { --inbox-accent-color: … }`) win over these, because styles from
 * outside a shadow root beat its `:host` rules.
 *
 * - `theme="dark"` / `theme="light"` force a theme; without the attribute the element follows
 *   `prefers-color-scheme`.
 * - `density="compact"` shortens rows and narrows cell padding.
 * - `--inbox-font-family` sets the font (the host page's by default).
 */
export const themeStyles = css`
  :host {
    color-scheme: light;
    font-family: var(--inbox-font-family, inherit);
  }
  :host([theme='dark']) {
    ${darkTokens}
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${darkTokens}
    }
  }
  :host([density='compact']) {
    --inbox-row-height: 32px;
    --inbox-cell-padding: 6px;
  }
`;

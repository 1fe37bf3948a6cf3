/**
 * What every inbox element shares: the theme and density attributes and the styles behind them.
 */
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import type { InboxDensity, InboxTheme } from './theme.styles.js';

export class InboxElement extends LitElement {
  /** Colour theme, `light` or `dark`; follows the viewer's `prefers-color-scheme` when unset. */
  @property({ reflect: true }) theme?: InboxTheme;

  /** Row spacing: `comfortable` (the default) or `compact`. */
  @property({ reflect: true }) density?: InboxDensity;
}

/** Inline icons: one `<svg>` and one `<path>` each, hidden from assistive technology. */
import { svg } from 'lit';

const icon = (d: string) =>
  svg`<svg class="icon" viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false"><path d=${d}></path></svg>`;

export const copyIcon = icon('M8 8V4h12v12h-4M4 8h12v12H4z');
export const checkIcon = icon('M4 12l5 5L20 6');
export const playIcon = icon('M7 4l13 8-13 8z');
export const pauseIcon = icon('M7 4h3v16H7zM14 4h3v16h-3z');
export const errorIcon = icon('M12 3l10 18H2zM12 10v5M12 17.5v.5');
export const externalIcon = icon('M14 4h6v6M20 4l-9 9M18 14v6H4V6h6');
export const spinnerIcon = icon('M12 3a9 9 0 1 0 9 9');
export const moreIcon = icon('M5 12h.01M12 12h.01M19 12h.01');
export const backIcon = icon('M15 5l-7 7 7 7');
/** Channel marks of the cards; each is shown with its channel's name as text for screen readers. */
export const phoneIcon = icon('M5 3h4l2 5-2.5 1.5a11 11 0 0 0 6 6L16 13l5 2v4a2 2 0 0 1-2 2A17 17 0 0 1 3 5a2 2 0 0 1 2-2z');
export const chatIcon = icon('M4 4h16v12H9l-5 4z');
export const emailIcon = icon('M3 5h18v14H3zM3 5l9 8 9-8');
export const textIcon = icon('M4 4h16v12H9l-5 4zM8 10h.01M12 10h.01M16 10h.01');
export const channelIcon = icon('M12 3a9 9 0 1 0 .01 0z');

import { css } from 'lit';

/** Text for assistive technology only: `.sr-only`. */
export const visuallyHidden = css`
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;

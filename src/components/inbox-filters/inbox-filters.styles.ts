import { css } from 'lit';

export const filterStyles = css`
  :host {
    display: block;
    flex: 1 1 auto;
    min-width: 0;
    font: inherit;
    color: var(--inbox-text-color, #1f2328);
  }
  :host([hidden]) {
    display: none;
  }
  .bar {
    display: flex;
    flex-direction: column;
    gap: 8px;
  }
  .quick {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: 8px;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 2px;
    min-width: 0;
  }
  label,
  legend {
    font-size: 0.8125em;
    color: var(--inbox-muted-color, #5f6672);
  }
  legend {
    padding: 0 4px;
    font-weight: 600;
  }
  input,
  select,
  button {
    font: inherit;
    font-size: 0.875em;
    color: inherit;
    box-sizing: border-box;
    min-height: 32px;
    border: 1px solid var(--inbox-border-color, #c9ced6);
    border-radius: var(--inbox-radius, 6px);
    background: var(--inbox-background, #fff);
  }
  input,
  select {
    padding: 4px 8px;
    min-width: 0;
    max-width: 100%;
  }
  /* A list is as wide as its longest option; here it takes its field's width and cuts the rest. */
  .panel select {
    width: 100%;
    text-overflow: ellipsis;
  }
  input[type='checkbox'] {
    min-height: 0;
    margin: 0;
  }
  input[type='search'] {
    width: 16em;
    max-width: 100%;
  }
  button {
    padding: 4px 12px;
    cursor: pointer;
  }
  :focus-visible {
    outline: 2px solid var(--inbox-focus-color, #1a56db);
    outline-offset: 1px;
  }
  [aria-invalid='true'] {
    border-color: var(--inbox-error-color, #b42318);
  }
  .toggle {
    display: inline-flex;
    align-items: center;
    gap: 6px;
  }
  .badge {
    min-width: 1.5em;
    padding: 0 6px;
    border-radius: 999px;
    background: var(--inbox-accent-color, #1a56db);
    color: var(--inbox-accent-contrast-color, #fff);
    font-size: 0.8125em;
    line-height: 1.5;
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 6px;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .chip {
    display: inline-flex;
    align-items: center;
    gap: 2px;
    max-width: 100%;
    padding-inline-start: 10px;
    border-radius: 999px;
    background: var(--inbox-chip-background, #eef2f7);
    font-size: 0.8125em;
  }
  .chip span {
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
  }
  .chip button {
    min-height: 28px;
    min-width: 28px;
    padding: 0;
    border: none;
    border-radius: 999px;
    background: transparent;
  }
  .clear {
    border: none;
    background: transparent;
    text-decoration: underline;
  }
  .panel {
    display: flex;
    flex-direction: column;
    gap: 12px;
    padding: 12px;
    border: 1px solid var(--inbox-border-color, #e3e5e8);
    border-radius: var(--inbox-radius, 8px);
    background: var(--inbox-background, #fff);
  }
  .panel[hidden] {
    display: none;
  }
  .fields {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(14em, 100%), 1fr));
    gap: 12px;
    align-items: start;
  }
  .group {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
    margin: 0;
    padding: 4px 8px 8px;
    border: 1px solid var(--inbox-border-color, #e3e5e8);
    border-radius: var(--inbox-radius, 6px);
    min-width: 0;
  }
  .group .field {
    flex: 1 1 6em;
  }
  /* One line, so its width is the field's, not the widest control's (a wrapping line's would be). */
  .picker {
    flex-direction: column;
    flex-wrap: nowrap;
  }
  .check {
    display: inline-flex;
    align-items: center;
    gap: 4px;
    color: inherit;
    font-size: 0.875em;
  }
  .hint {
    font-size: 0.8125em;
    color: var(--inbox-muted-color, #5f6672);
  }
  .hint:empty {
    display: none;
  }
  .error {
    flex-basis: 100%;
    margin: 0;
    font-size: 0.8125em;
    color: var(--inbox-error-color, #b42318);
  }
  .actions {
    display: flex;
    gap: 8px;
  }
  .primary {
    border-color: var(--inbox-accent-color, #1a56db);
    background: var(--inbox-accent-color, #1a56db);
    color: var(--inbox-accent-contrast-color, #fff);
  }
  /* Phones and narrow containers: 44px touch targets, chips in one line scrolling sideways, and
     the panel as a full-height dialog (heading, scrolling fields, Apply and Reset always in view). */
  .narrow :is(input:not([type='checkbox']), select, button) {
    min-height: 44px;
  }
  .narrow .quick .field {
    flex: 1 1 10em;
  }
  .narrow input[type='search'] {
    width: 100%;
  }
  .narrow .chips {
    flex-wrap: nowrap;
    overflow-x: auto;
    overscroll-behavior-x: contain;
  }
  .narrow .chip {
    flex: none;
    max-width: 80%;
  }
  .narrow .chip button,
  .panel-head .close {
    min-width: 44px;
    min-height: 44px;
  }
  .narrow .clear {
    white-space: nowrap;
  }
  .panel.in-dialog {
    height: 100%;
    box-sizing: border-box;
    gap: 0;
    padding: 0;
    border: 0;
    border-radius: 0;
  }
  .panel-head {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 8px;
    padding: 4px 4px 4px 16px;
    border-bottom: 1px solid var(--inbox-border-color, #e3e5e8);
  }
  .panel-head h2 {
    margin: 0;
    font-size: 1.125em;
  }
  .panel-head .close {
    border: none;
    background: transparent;
    font-size: 1.25em;
  }
  .in-dialog .fields {
    flex: 1 1 auto;
    min-height: 0;
    overflow-y: auto;
    grid-template-columns: minmax(0, 1fr);
    padding: 16px;
  }
  .in-dialog .actions {
    flex: none;
    padding: 12px 16px;
    border-top: 1px solid var(--inbox-border-color, #e3e5e8);
  }
  .in-dialog .actions button {
    flex: 1 1 0;
  }
  .in-dialog .check {
    min-height: 44px;
  }
  @media (forced-colors: active) {
    .badge,
    .primary {
      border: 1px solid ButtonText;
    }
  }
`;

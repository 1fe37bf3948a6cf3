import { html, type TemplateResult } from 'lit';

/** Private-use characters stand in for the values while the sentence is built. */
const FIRST_PLACEHOLDER = 0xe000;
const PLACEHOLDER = /([\uE000-\uE0FF])/;

/**
 * A sentence of the strings with each value it inserts in its own `<bdi>`: a phone number keeps
 * its order among right-to-left words, an Arabic name among left-to-right ones. `sentence` is
 * called with placeholders, so its own words, order and grammar stay the locale's.
 */
export function isolateValues<Values extends string[]>(sentence: (...values: Values) => string, ...values: Values): unknown[] {
  const placeholders = values.map((_, index) => String.fromCharCode(FIRST_PLACEHOLDER + index)) as Values;
  return sentence(...placeholders)
    .split(PLACEHOLDER)
    .map((part): TemplateResult | string => {
      const index = part.length === 1 ? part.charCodeAt(0) - FIRST_PLACEHOLDER : -1;
      return index >= 0 && index < values.length ? html`<bdi>${values[index]}</bdi>` : part;
    });
}

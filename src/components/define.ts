/**
 * Registers a custom element once. A second copy of the widget on the same page (two bundles, or a
 * bundle plus the npm build) must not throw on `customElements.define`.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, constructor);
}

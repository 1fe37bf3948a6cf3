/** The focused element, looking through open shadow roots. */
export function getDeepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Whether the focused element is `element` or inside it, shadow roots (a player in a cell) included. */
export function holdsFocus(element: Element): boolean {
  for (let node: Node | null = getDeepActiveElement(); node; node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null)) {
    if (node === element) return true;
  }
  return false;
}

/** Frame timing, hit testing and geometry shared by the harness, the extras page and the candidate pages. */

const channel = new MessageChannel();
const afterFrame: (() => void)[] = [];
channel.port1.onmessage = () => afterFrame.shift()?.();

/**
 * Resolves after the next frame has been rendered, with that frame's rAF timestamp: a task
 * posted from a rAF callback runs once the frame's style, layout and paint are done.
 */
export function nextFrame(): Promise<number> {
  return new Promise((resolve) =>
    requestAnimationFrame((time) => {
      afterFrame.push(() => resolve(time));
      channel.port2.postMessage(null);
    }),
  );
}

/** The deepest element at a point, looking into open shadow roots. */
export function deepElementAt(x: number, y: number): Element | null {
  let element = document.elementFromPoint(x, y);
  while (element?.shadowRoot) {
    const inner = element.shadowRoot.elementFromPoint(x, y);
    if (!inner || inner === element) break;
    element = inner;
  }
  return element;
}

/** Every element of the document, inside shadow roots too. */
export function countElements(root: Document | ShadowRoot = document): number {
  let count = 0;
  for (const element of root.querySelectorAll('*')) {
    count += 1;
    if (element.shadowRoot) count += countElements(element.shadowRoot);
  }
  return count;
}

/** The part of a scrolling element that shows content: its box without the scrollbars. */
export function scrollerViewport(scroller: HTMLElement | null): DOMRect | null {
  if (!scroller) return null;
  const box = scroller.getBoundingClientRect();
  return new DOMRect(box.left, box.top, scroller.clientWidth, scroller.clientHeight);
}

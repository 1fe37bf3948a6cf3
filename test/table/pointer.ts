/** Driving the table with the real pointer, as a person does. */
import { sendMouse } from '@web/test-runner-commands';

export function centerOf(element: Element): [number, number] {
  const box = element.getBoundingClientRect();
  return [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)];
}

/** A real click at the middle of `element`. */
export async function clickOn(element: Element): Promise<void> {
  await sendMouse({ type: 'click', position: centerOf(element) });
}

export function text(element: Element | null | undefined): string {
  return element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

/** The button under `root` whose text is `name`; fails the test when there is none. */
export function buttonNamed(root: ParentNode, name: string): HTMLButtonElement {
  const button = [...root.querySelectorAll<HTMLButtonElement>('button')].find((candidate) => text(candidate) === name);
  if (!button) throw new Error(`no button named "${name}"`);
  return button;
}

/**
 * Copies text, falling back to a selected textarea and `execCommand('copy')` when the Clipboard
 * API is missing or refused (insecure context, denied permission, embedded iframe).
 * @returns whether the text reached the clipboard.
 */
export async function copyText(text: string, container: HTMLElement | ShadowRoot): Promise<boolean> {
  try {
    if (!navigator.clipboard) throw new Error('no clipboard API');
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.setAttribute('aria-hidden', 'true');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    container.append(area);
    area.select();
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    } finally {
      area.remove();
    }
  }
}

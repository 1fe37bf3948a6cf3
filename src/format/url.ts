/**
 * The one gate every API-provided URL passes before it becomes a link or an audio source: only
 * `http:`/`https:` URLs and same-origin paths survive, so `javascript:`, `data:` and friends never
 * reach the DOM.
 */

// Browsers silently strip tabs and newlines from URLs (`java\nscript:`); refuse them outright.
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/;

export interface SafeUrlOptions {
  /** Also accept a path on the page's own origin (`/recordings/1.wav`). Default `true`. */
  allowRelative?: boolean;
}

/**
 * `value` when it is an absolute http(s) URL or (unless disabled) a root-relative path such as
 * `/recordings/1.wav`; otherwise `undefined`. Protocol-relative `//host/…` is refused: a URL
 * pointing at another host must say so with its scheme.
 */
export function safeUrl(value: unknown, { allowRelative = true }: SafeUrlOptions = {}): string | undefined {
  if (typeof value !== 'string' || CONTROL_CHARACTERS.test(value)) return undefined;
  const url = value.trim();
  if (url === '') return undefined;
  if (url.startsWith('/')) {
    return allowRelative && url[1] !== '/' && url[1] !== '\\' ? url : undefined;
  }
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}

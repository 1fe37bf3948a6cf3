/**
 * A user's edits of the shown columns: the chooser's list, showing and hiding, moving. Pure; loaded
 * with the column tools on first use.
 */

/** Columns that show the same thing: picking one hides the others. */
const ALTERNATIVES: readonly (readonly string[])[] = [['dateTime', 'date'], ['dateTime', 'time']];

/** The chooser's list: the shown columns in order, then the hidden ones the source can fill. */
export function chooserColumns(shown: readonly string[], available: readonly string[]): { id: string; shown: boolean }[] {
  return [...shown.map((id) => ({ id, shown: true })), ...available.filter((id) => !shown.includes(id)).map((id) => ({ id, shown: false }))];
}

/** Shows or hides `id`; a shown column goes last, and hides the columns it stands in for. */
export function toggleColumn(shown: readonly string[], id: string, show: boolean): string[] {
  if (!show) return shown.filter((other) => other !== id);
  if (shown.includes(id)) return [...shown];
  const replaced = new Set(ALTERNATIVES.filter((pair) => pair.includes(id)).flatMap((pair) => pair.filter((other) => other !== id)));
  return [...shown.filter((other) => !replaced.has(other)), id];
}

/** Moves `id` one place towards the start (-1) or the end (1), or before `target` when given. */
export function moveColumn(shown: readonly string[], id: string, by: -1 | 1 | { before: string | undefined }): string[] {
  const rest = shown.filter((other) => other !== id);
  const from = shown.indexOf(id);
  if (from < 0) return [...shown];
  const to = typeof by === 'number' ? Math.min(Math.max(from + by, 0), rest.length) : by.before === undefined ? rest.length : Math.max(0, rest.indexOf(by.before));
  return [...rest.slice(0, to), id, ...rest.slice(to)];
}

// @ts-check
/** Text edits to a module inside a Vite transform hook, with the source map that keeps positions exact. */

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** One source map VLQ number. @param {number} value */
function vlq(value) {
  let rest = value < 0 ? (-value << 1) | 1 : value << 1;
  let out = '';
  do {
    const digit = rest & 31;
    rest >>>= 5;
    out += BASE64[digit | (rest ? 32 : 0)];
  } while (rest);
  return out;
}

/**
 * Applies the edits and builds a source map with one segment per output character, so the later
 * stages (Terser, the bundle's map) keep exact positions. Replacement text maps to where its edit
 * starts.
 * @param {string} code
 * @param {string} id the module, named as the map's source
 * @param {Array<{ start: number, end: number, text: string }>} edits sorted, not overlapping
 */
export function applyEdits(code, id, edits) {
  let out = '';
  /** @type {string[]} */
  const lines = [];
  /** @type {string[]} */
  let segments = [];
  // Where the output is, and where in `code` the next copied character comes from.
  let outColumn = 0;
  let line = 0;
  let column = 0;
  // The previous segment's values: VLQ fields are relative (the output column per line).
  let lastOutColumn = 0;
  let lastLine = 0;
  let lastColumn = 0;
  /** @param {string} char */
  const advance = (char) => {
    if (char === '\n') {
      line += 1;
      column = 0;
    } else column += char.length;
  };
  /** @param {string} text @param {boolean} copied whether `text` is `code` at the current position */
  const emit = (text, copied) => {
    for (const char of text) {
      if (char === '\n') {
        lines.push(segments.join(','));
        segments = [];
        outColumn = 0;
        lastOutColumn = 0;
      } else {
        segments.push(vlq(outColumn - lastOutColumn) + 'A' + vlq(line - lastLine) + vlq(column - lastColumn));
        [lastOutColumn, lastLine, lastColumn] = [outColumn, line, column];
        outColumn += char.length;
      }
      out += char;
      if (copied) advance(char);
    }
  };
  let position = 0;
  for (const edit of edits) {
    emit(code.slice(position, edit.start), true);
    emit(edit.text, false);
    for (const char of code.slice(edit.start, edit.end)) advance(char);
    position = edit.end;
  }
  emit(code.slice(position), true);
  lines.push(segments.join(','));
  return { code: out, map: { version: 3, sources: [id], names: [], mappings: lines.join(';') } };
}

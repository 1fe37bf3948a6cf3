// @ts-check
/**
 * Bundle-only Vite plugin: strips the formatting whitespace (and CSS comments) from the static text
 * of Lit's `css` and `html` tagged templates in our own sources, which Terser leaves alone (about
 * 7 KB of the minified bundle, 0.9 KB gzipped). Only whitespace that cannot change what renders is
 * touched, so the npm modules (unminified) and the bundle behave the same.
 */

import { applyEdits } from './source-edits.mjs';

/** Our sources only: the dependencies ship their templates as their authors wrote them. */
const OWN_SOURCE = /\/src\/.*\.ts$/;

/**
 * A `css` template's text: comments dropped, whitespace runs collapsed to one space and removed
 * around `{ } ; >` and after `:`, all outside quoted strings. Spaces inside `calc()`, after commas
 * (custom property values and `var()` fallbacks keep them as written) and between selector parts
 * stay, so every rule means what it meant: test/distribution/bundle-templates.test.ts compares the
 * rules the browser parses with those of the sources.
 * @param {string} text one static part of the template (no `${}` inside)
 */
export function minifyCss(text) {
  let out = '';
  for (const part of text.split(/('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")/)) {
    if (part.startsWith("'") || part.startsWith('"')) {
      out += part;
      continue;
    }
    out += part
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/ ?([{};>]) ?/g, '$1')
      .replace(/: /g, ':')
      .replace(/;}/g, '}');
  }
  return out;
}

/**
 * An `html` template's text: in every whitespace run that holds a line break, the spaces and tabs
 * go and the line breaks stay. A run with a line break renders as one space wherever whitespace
 * collapses, and as the same line breaks where it does not (a `pre-wrap` tooltip).
 * @param {string} text one static part of the template
 */
export function minifyHtml(text) {
  return text.replace(/[ \t]*\n[ \t\n]*/g, (run) => run.replace(/[ \t]/g, ''));
}

/** Templates whose text is shown as written: left alone. */
const VERBATIM = /<(pre|textarea)\b[^>]*>[^<]/;

/** @type {Record<string, (text: string) => string>} */
const MINIFIERS = { css: minifyCss, html: minifyHtml, svg: minifyHtml };

/**
 * The plugin (runs after TypeScript is stripped, so the code parses as JavaScript).
 * @returns {import('vite').Plugin}
 */
export function minifyTemplateLiterals() {
  return {
    name: 'inbox-minify-template-literals',
    transform(code, id) {
      if (!OWN_SOURCE.test(id) || !/\b(css|html|svg)`/.test(code)) return null;
      /** @type {Array<{ start: number, end: number, text: string }>} */
      const edits = [];
      /** @param {any} node */
      const visit = (node) => {
        if (!node || typeof node.type !== 'string') return;
        const minify = node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier' ? MINIFIERS[node.tag.name] : undefined;
        const quasis = minify ? node.quasi.quasis : [];
        if (minify && !quasis.some((/** @type {any} */ quasi) => VERBATIM.test(quasi.value.raw))) {
          for (const quasi of quasis) {
            const raw = code.slice(quasi.start, quasi.end);
            if (raw !== quasi.value.raw) throw new Error(`${id}: unexpected template positions`);
            const text = minify(raw);
            if (text !== raw) edits.push({ start: quasi.start, end: quasi.end, text });
          }
        }
        for (const value of Object.values(node)) {
          if (Array.isArray(value)) value.forEach(visit);
          else if (value && typeof value === 'object') visit(value);
        }
      };
      visit(this.parse(code));
      if (edits.length === 0) return null;
      edits.sort((a, b) => a.start - b.start);
      return applyEdits(code, id, edits);
    },
  };
}

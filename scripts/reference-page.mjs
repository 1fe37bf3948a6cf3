// @ts-check
/**
 * The API reference page `npm start` serves at /reference.html: every element's attributes,
 * properties, methods, events, slots, CSS parts and CSS custom properties, rendered from
 * custom-elements.json (generated from the source), so it cannot drift from the code.
 */

/** @typedef {import('custom-elements-manifest/schema').Package} Package */
/** @typedef {import('custom-elements-manifest/schema').ClassDeclaration & import('custom-elements-manifest/schema').CustomElement} ElementDeclaration */

/** @param {unknown} value */
const escape = (value) =>
  String(value ?? '').replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char] ?? char);

/** Markdown `code` spans of the JSDoc as <code>, everything else as text. @param {string | undefined} text */
const prose = (text) => escape(text).replace(/`([^`]+)`/g, '<code>$1</code>');

/** @param {string | undefined} text */
const code = (text) => (text ? `<code>${escape(text)}</code>` : '');

/**
 * A table, or nothing when there are no rows.
 * @param {string} caption
 * @param {string[]} headers
 * @param {string[][]} rows cells as HTML
 */
function table(caption, headers, rows) {
  if (!rows.length) return '';
  const head = headers.map((header) => `<th scope="col">${escape(header)}</th>`).join('');
  const body = rows.map(([first, ...rest]) => `<tr><th scope="row">${first}</th>${rest.map((cell) => `<td>${cell}</td>`).join('')}</tr>`).join('\n');
  return `<table><caption>${escape(caption)}</caption><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

/** @param {Package} manifest @returns {ElementDeclaration[]} */
export function elementsOf(manifest) {
  return manifest.modules.flatMap((module) =>
    (module.declarations ?? []).filter((declaration) => declaration.kind === 'class' && 'tagName' in declaration && declaration.tagName).map((declaration) => /** @type {ElementDeclaration} */ (declaration)),
  );
}

/** @param {ElementDeclaration} element */
function section(element) {
  const tag = element.tagName ?? '';
  const members = (element.members ?? []).filter((member) => !('privacy' in member && member.privacy) && !member.static && !member.name.startsWith('_'));
  const fields = members.filter((member) => member.kind === 'field');
  const methods = members.filter((member) => member.kind === 'method');
  return `<section aria-labelledby="${escape(tag)}">
<h2 id="${escape(tag)}"><code>&lt;${escape(tag)}&gt;</code></h2>
<p>${prose(element.summary)}</p>
${element.description ? `<p>${prose(element.description)}</p>` : ''}
${table(`<${tag}> attributes`, ['Attribute', 'Property', 'Type', 'Default', 'Description'], (element.attributes ?? []).map((attribute) => [code(attribute.name), code(attribute.fieldName), code(attribute.type?.text), code(attribute.default), prose(attribute.description)]))}
${table(`<${tag}> properties`, ['Property', 'Attribute', 'Type', 'Default', 'Description'], fields.map((field) => [code(field.name), code('attribute' in field && typeof field.attribute === 'string' ? field.attribute : undefined), code('type' in field ? field.type?.text : undefined), code('default' in field ? field.default : undefined), prose(field.description)]))}
${table(`<${tag}> methods`, ['Method', 'Parameters', 'Returns', 'Description'], methods.map((method) => [code(`${method.name}()`), 'parameters' in method ? (method.parameters ?? []).map((parameter) => code(`${parameter.name}: ${parameter.type?.text ?? 'unknown'}`)).join(', ') : '', code('return' in method ? method.return?.type?.text : undefined), prose(method.description)]))}
${table(`<${tag}> events`, ['Event', 'Type', 'Description'], (element.events ?? []).map((event) => [code(event.name), code(event.type?.text), prose(event.description)]))}
${table(`<${tag}> slots`, ['Slot', 'Description'], (element.slots ?? []).map((slot) => [slot.name ? code(slot.name) : '(default)', prose(slot.description)]))}
${table(`<${tag}> CSS parts`, ['Part', 'Description'], (element.cssParts ?? []).map((part) => [code(part.name), prose(part.description)]))}
${table(`<${tag}> CSS custom properties`, ['Property', 'Default', 'Description'], (element.cssProperties ?? []).map((property) => [code(property.name), code(property.default), prose(property.description)]))}
</section>`;
}

/**
 * The reference page for `manifest`.
 * @param {Package} manifest
 * @returns {string}
 */
export function renderReference(manifest) {
  const elements = elementsOf(manifest).sort((a, b) => ((a.tagName ?? '') < (b.tagName ?? '') ? -1 : 1));
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>unified-inbox-elements: API reference</title>
<style>
  body { font: 15px/1.5 system-ui, sans-serif; margin: 0 auto; max-width: 72rem; padding: 1rem 1.5rem 4rem; color: #1f2328; background: #fff; }
  table { border-collapse: collapse; width: 100%; margin: 1rem 0 1.5rem; }
  caption { text-align: start; font-weight: 600; padding-block: 0.25rem; }
  th, td { border: 1px solid #d0d7de; padding: 0.3rem 0.5rem; text-align: start; vertical-align: top; }
  thead th { background: #f6f8fa; }
  code { font-size: 0.9em; }
  a { color: #0550ae; }
</style>
</head>
<body>
<header>
<h1>API reference</h1>
<p>Generated from <code>custom-elements.json</code>. Elements: ${elements.map((element) => `<a href="#${escape(element.tagName)}"><code>&lt;${escape(element.tagName)}&gt;</code></a>`).join(', ')}.</p>
</header>
<main>
${elements.map(section).join('\n')}
</main>
</body>
</html>
`;
}

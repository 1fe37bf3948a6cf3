// @ts-check
/**
 * Completes what `cem analyze --litelement` reads from the source, so custom-elements.json
 * describes the public element API and nothing else:
 * - tag names from the `HTMLElementTagNameMap` declarations (elements register through
 *   `defineElement()`, which the analyzer does not follow);
 * - each `@fires` event gets its event class from the `GlobalEventHandlersEventMap` (or
 *   `HTMLElementEventMap`) declarations, and
 *   events the analyzer found in code (`dispatchEvent(new X(…))`) get their real names;
 * - only custom elements and event classes are kept: controllers, helpers and icons are internal;
 * - paths name the shipped files (`dist/….js`, not `src/….ts`), and `dist/define.js`, which
 *   registers the elements, carries a `custom-element-definition` export for each tag;
 * - modules in path order, so the file is the same on every run.
 */

const EVENT_MAPS = new Set(['GlobalEventHandlersEventMap', 'HTMLElementEventMap']);

/** @typedef {import('custom-elements-manifest/schema').Package} Package */
/** @typedef {import('custom-elements-manifest/schema').Declaration} Declaration */
/** @typedef {import('custom-elements-manifest/schema').CustomElementDeclaration} CustomElementDeclaration */
/** @typedef {import('custom-elements-manifest/schema').Event} ManifestEvent */

/** @returns {import('@custom-elements-manifest/analyzer').Plugin} */
export function inboxManifestPlugin() {
  /** Tag → element class name. */
  const tags = new Map();
  /** Event name → event class name. */
  const events = new Map();

  return {
    name: 'inbox-manifest',
    collectPhase({ ts, node }) {
      if (!ts.isInterfaceDeclaration(node)) return;
      const map = node.name.text === 'HTMLElementTagNameMap' ? tags : EVENT_MAPS.has(node.name.text) ? events : undefined;
      if (!map) return;
      for (const member of node.members) {
        if (ts.isPropertySignature(member) && member.type && ts.isStringLiteral(member.name)) {
          map.set(member.name.text, member.type.getText());
        }
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      const eventNameOf = new Map([...events].map(([name, type]) => [type, name]));
      const tagOf = new Map([...tags].map(([tag, name]) => [name, tag]));
      for (const module of customElementsManifest.modules) {
        // A class registered in HTMLElementTagNameMap is an element even when it extends our own
        // base class rather than LitElement (the analyzer only recognises the latter); a base
        // class without a tag is internal.
        for (const declaration of module.declarations ?? []) {
          if (declaration.kind === 'class') {
            if (tagOf.has(declaration.name)) Object.assign(declaration, { customElement: true });
            else if ('customElement' in declaration) delete declaration.customElement;
          }
        }
        module.declarations = (module.declarations ?? []).filter((declaration) => isPublic(declaration));
        const kept = new Set(module.declarations.map((declaration) => declaration.name));
        module.exports = (module.exports ?? []).filter((entry) => entry.kind === 'js' && kept.has(entry.declaration.name));
        for (const declaration of module.declarations) {
          if (!('customElement' in declaration)) continue;
          const tag = tagOf.get(declaration.name);
          if (tag) declaration.tagName = tag;
          declaration.events = namedEvents(declaration.events ?? [], events, eventNameOf);
        }
      }
      const modules = customElementsManifest.modules.filter((module) => module.declarations?.length);
      modules.push({ kind: 'javascript-module', path: DEFINE_MODULE, declarations: [], exports: definitions(modules) });
      customElementsManifest.modules = modules.map(shippedPaths).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    },
  };
}

/** The module that registers every element (src/define.ts, shipped as dist/define.js). */
const DEFINE_MODULE = 'src/define.ts';

/**
 * One `custom-element-definition` export per element of `modules`, by tag name.
 * @param {import('custom-elements-manifest/schema').JavaScriptModule[]} modules
 * @returns {import('custom-elements-manifest/schema').Export[]}
 */
function definitions(modules) {
  return modules
    .flatMap((module) =>
      (module.declarations ?? []).flatMap((declaration) =>
        'tagName' in declaration && declaration.tagName
          ? [{ kind: /** @type {const} */ ('custom-element-definition'), name: declaration.tagName, declaration: { name: declaration.name, module: module.path } }]
          : [],
      ),
    )
    .sort((a, b) => (a.name < b.name ? -1 : 1));
}

/**
 * `value` with every `path` and `module` reference to a source file (`src/x.ts`, `/src/x.js`)
 * naming the file the package ships (`dist/x.js`).
 * @template T
 * @param {T} value
 * @returns {T}
 */
function shippedPaths(value) {
  if (Array.isArray(value)) return /** @type {T} */ (value.map(shippedPaths));
  if (typeof value !== 'object' || value === null) return value;
  return /** @type {T} */ (
    Object.fromEntries(
      Object.entries(value).map(([key, child]) => [
        key,
        (key === 'path' || key === 'module') && typeof child === 'string' ? child.replace(/^\/?src\/(.*)\.[jt]s$/, 'dist/$1.js') : shippedPaths(child),
      ]),
    )
  );
}

/** @param {Declaration} declaration */
function isPublic(declaration) {
  if (declaration.kind !== 'class') return false;
  return ('customElement' in declaration && declaration.customElement === true) || declaration.superclass?.name === 'Event';
}

/**
 * One entry per event name, documented (`@fires`) ones first and in their order, each with its class.
 * @param {ManifestEvent[]} found
 * @param {Map<string, string>} typeOf event name → class name
 * @param {Map<string, string>} nameOf class name → event name
 * @returns {ManifestEvent[]}
 */
function namedEvents(found, typeOf, nameOf) {
  /** @type {Map<string, ManifestEvent>} */
  const byName = new Map();
  const documentedFirst = [...found].sort((a, b) => Number(b.description !== undefined) - Number(a.description !== undefined));
  for (const event of documentedFirst) {
    // Events found in code are named after the constructor's first argument; their class says the truth.
    const name = event.description !== undefined ? event.name : event.type && nameOf.get(event.type.text);
    if (!name || byName.has(name)) continue;
    const type = typeOf.get(name) ?? event.type?.text;
    byName.set(name, type ? { ...event, name, type: { text: type } } : { ...event, name });
  }
  return [...byName.values()];
}

// @ts-check
/**
 * Which property names Terser may shorten in the script-tag bundle: members our classes declare
 * `private` (no decorator: Lit registers decorated ones by their string name), and only those
 * never used any other way — nowhere an object key, an interface member, a public member, a
 * property read on something other than `this`, or a word inside a string; and no word of the
 * bundled libraries' sources or of the DOM and ECMAScript typings. Renaming them everywhere in one
 * bundle then cannot change what any code reads (Terser also keeps every DOM property name on
 * its own). A member reached through a computed name (`this[field]`) is safe only because that
 * name is spelled in a string somewhere, which excludes it: never build member names from parts.
 * The sources keep their names; the bundle's source map leads back to them.
 * test/distribution/bundle-in-use.test.ts drives the renamed bundle.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const projectRoot = fileURLToPath(new URL('../', import.meta.url));
const WORD = /[A-Za-z_$][\w$]*/g;

/** @param {string} dir @param {(file: string) => boolean} wanted @returns {string[]} */
function filesUnder(dir, wanted) {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return name === 'node_modules' ? [] : filesUnder(file, wanted);
    return wanted(file) ? [file] : [];
  });
}

/** The package directories the bundle may hold: our dependencies and theirs. @param {string[]} names */
function packageDirs(names, found = new Map()) {
  for (const name of names) {
    if (found.has(name)) continue;
    const dir = path.join(projectRoot, 'node_modules', name);
    const manifest = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
    found.set(name, dir);
    packageDirs(Object.keys(manifest.dependencies ?? {}), found);
  }
  return [...found.values()];
}

/** Every word the libraries and the platform typings use: none of them is ever renamed. */
function reservedWords() {
  const manifest = JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8'));
  const libraryFiles = packageDirs(Object.keys(manifest.dependencies)).flatMap((dir) => filesUnder(dir, (file) => /\.m?js$/.test(file)));
  const typingsDir = path.dirname(require.resolve('typescript/lib/lib.dom.d.ts'));
  const typingFiles = readdirSync(typingsDir)
    .filter((name) => /^lib\..*\.d\.ts$/.test(name))
    .map((name) => path.join(typingsDir, name));
  const words = new Set();
  for (const file of [...libraryFiles, ...typingFiles]) for (const word of readFileSync(file, 'utf8').match(WORD) ?? []) words.add(word);
  return words;
}

/**
 * The names, sorted.
 * @returns {string[]}
 */
export function privateMemberNames() {
  const ts = require('typescript');
  const privateNames = new Set();
  const otherNames = new Set();
  /** @param {import('typescript').Node} node */
  const visit = (node) => {
    const name = 'name' in node && node.name && ts.isIdentifier(/** @type {any} */ (node.name)) ? /** @type {any} */ (node.name).text : undefined;
    if (name && (ts.isPropertyDeclaration(node) || ts.isMethodDeclaration(node) || ts.isGetAccessor(node) || ts.isSetAccessor(node) || ts.isParameter(node))) {
      const modifiers = ts.canHaveModifiers(node) ? (ts.getModifiers(node) ?? []) : [];
      const decorated = ts.canHaveDecorators(node) && (ts.getDecorators(node) ?? []).length > 0;
      const isPrivate = modifiers.some((modifier) => modifier.kind === ts.SyntaxKind.PrivateKeyword);
      // A plain parameter is a local variable, not a member.
      if (isPrivate && !decorated) privateNames.add(name);
      else if (!ts.isParameter(node) || modifiers.length > 0) otherNames.add(name);
    } else if (ts.isPropertySignature(node) || ts.isMethodSignature(node) || ts.isPropertyAssignment(node) || ts.isShorthandPropertyAssignment(node)) {
      if (name) otherNames.add(name);
      else if (ts.isPropertyAssignment(node) || ts.isPropertySignature(node)) for (const word of node.name.getText().match(WORD) ?? []) otherNames.add(word);
    } else if (ts.isBindingElement(node)) {
      for (const word of (node.propertyName ?? node.name).getText().match(WORD) ?? []) otherNames.add(word);
    } else if (ts.isPropertyAccessExpression(node) && node.expression.kind !== ts.SyntaxKind.ThisKeyword) {
      otherNames.add(node.name.text);
    } else if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) {
      for (const word of node.text.match(WORD) ?? []) otherNames.add(word);
    }
    ts.forEachChild(node, visit);
  };
  for (const file of filesUnder(path.join(projectRoot, 'src'), (file) => /\.tsx?$/.test(file))) {
    visit(ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true));
  }
  const reserved = reservedWords();
  return [...privateNames].filter((name) => !otherNames.has(name) && !reserved.has(name)).sort();
}

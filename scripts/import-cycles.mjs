/**
 * Lists import cycles among the TypeScript modules under a folder (default `src/`), type-only
 * imports included: a cycle means two layers each depend on the other. Exits 1 when there is one.
 *
 *   node scripts/import-cycles.mjs [folder]
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const root = path.resolve(process.argv[2] ?? 'src');

/** @param {string} folder @returns {string[]} */
function modules(folder) {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(folder, entry.name);
    if (entry.isDirectory()) return modules(file);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [file] : [];
  });
}

/** Local modules `file` imports or re-exports, as paths (`./x.js` is written for `./x.ts`). */
/** @param {string} file @returns {string[]} */
function localImports(file) {
  const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  return importedFiles
    .map(({ fileName }) => fileName)
    .filter((name) => name.startsWith('.'))
    .map((name) => path.resolve(path.dirname(file), name).replace(/\.js$/, ''))
    .flatMap((base) => ['.ts', '.tsx'].map((ext) => base + ext).filter((candidate) => existsSync(candidate)));
}

const graph = new Map(modules(root).map((file) => [file, localImports(file)]));

/** Each cycle once, found by depth-first search from every module. */
/** @type {Map<string, string[]>} */
const cycles = new Map();
/** @type {Set<string>} */
const done = new Set();
/** @param {string} file @param {string[]} trail */
function visit(file, trail) {
  const at = trail.indexOf(file);
  if (at !== -1) {
    const cycle = trail.slice(at);
    const start = cycle.indexOf([...cycle].sort()[0]);
    const canonical = [...cycle.slice(start), ...cycle.slice(0, start)];
    cycles.set(canonical.join('\n'), canonical);
    return;
  }
  if (done.has(file)) return;
  for (const next of graph.get(file) ?? []) visit(next, [...trail, file]);
  done.add(file);
}
for (const file of graph.keys()) visit(file, []);

for (const cycle of cycles.values()) {
  console.log([...cycle, cycle[0]].map((file) => path.relative(process.cwd(), file)).join(' → '));
}
console.log(`${cycles.size} import cycle(s) among ${graph.size} modules under ${path.relative(process.cwd(), root) || '.'}`);
process.exitCode = cycles.size ? 1 : 0;

/**
 * The layers of the source: `src/format/` (the pure formatting modules) imports nothing above it,
 * so no element, entry module or strings collection leaks into a formatter. Walks every module the
 * package entry reaches, as the test server serves it.
 */
import { expect } from '@open-wc/testing';

const IMPORT = /(?:import|export)\s[^'"]*?from\s*['"](\.[^'"]+)['"]|import\s*['"](\.[^'"]+)['"]/g;

/** Every relative import of every module reachable from `entry`, as `[importer, imported]` paths. */
async function importGraph(entry: string): Promise<[string, string][]> {
  const edges: [string, string][] = [];
  const seen = new Set([entry]);
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.shift()!;
    const response = await fetch(file);
    expect(response.ok, file).to.equal(true);
    const text = await response.text();
    for (const match of text.matchAll(IMPORT)) {
      const imported = new URL((match[1] ?? match[2]).replace(/\.js$/, '.ts'), new URL(file, location.origin)).pathname;
      // Packages (rewritten to /node_modules/ paths by the server) are not layers of ours.
      if (!imported.startsWith('/src/')) continue;
      edges.push([file, imported]);
      if (!seen.has(imported)) {
        seen.add(imported);
        queue.push(imported);
      }
    }
  }
  return edges;
}

describe('source layers', () => {
  it('src/format imports only src/format and src/data', async () => {
    const edges = await importGraph('/src/index.ts');
    const fromFormat = edges.filter(([importer]) => importer.startsWith('/src/format/'));
    expect(fromFormat.length, 'format modules reached').to.be.greaterThan(5);
    const upward = fromFormat.filter(([, imported]) => !/^\/src\/(format|data)\//.test(imported));
    expect(upward).to.deep.equal([]);
  });
});

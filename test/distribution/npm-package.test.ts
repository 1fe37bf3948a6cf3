/**
 * The npm package as a host's bundler sees it: every `exports` target built, dependencies left as
 * imports (never copied in), declarations for every entry, and the side-effect list pointing at
 * real files. The build (`npm run build`'s steps) runs in distribution-plugin.mjs.
 */
import { expect } from '@open-wc/testing';

interface PackageJson {
  exports: Record<string, string | Record<string, string>>;
  sideEffects: string[];
  dependencies: Record<string, string>;
  peerDependencies: Record<string, string>;
  peerDependenciesMeta: Record<string, { optional?: boolean }>;
}

/** Bare module specifiers a built file imports: `lit`, `@lit/react`, … */
function bareImports(code: string): string[] {
  const specifiers = [...code.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["']([^"']+)["']/g)].map((match) => match[1]);
  return specifiers.filter((specifier) => !specifier.startsWith('.') && !specifier.startsWith('/'));
}

const packageName = (specifier: string) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');

describe('npm package', () => {
  let pkg: PackageJson;
  let files: Record<string, string>;

  before(async function () {
    // The first request runs the build.
    this.timeout(180000);
    pkg = (await (await fetch('/package.json')).json()) as PackageJson;
    ({ files } = (await (await fetch('/__dist/npm.json')).json()) as { files: Record<string, string> });
  });

  /** Built files matching an exports target like `./dist/locales/*.js`. */
  const matching = (target: string) => {
    const pattern = new RegExp(`^${target.replace(/^\.\/dist\//, '').replace(/[.]/g, '\\.').replace('*', '[^/]+')}$`);
    return Object.keys(files).filter((file) => pattern.test(file));
  };

  it('builds every target of the exports map', async () => {
    for (const [subpath, entry] of Object.entries(pkg.exports)) {
      const targets = typeof entry === 'string' ? [entry] : Object.values(entry);
      for (const target of targets) {
        if (target.startsWith('./dist/')) expect(matching(target), `${subpath} → ${target}`).to.not.deep.equal([]);
        else expect((await fetch(target.slice(1))).ok, `${subpath} → ${target}`).to.equal(true);
      }
    }
    expect(Object.keys(pkg.exports)).to.include.members(['.', './react', './jsx', './vue', './inbox.bundle.js', './custom-elements.json']);
  });

  it('leaves lit and every other dependency to the host, importing only declared packages', () => {
    const declared = new Set([...Object.keys(pkg.dependencies), ...Object.keys(pkg.peerDependencies)]);
    const modules = Object.keys(files).filter((file) => file.endsWith('.js') && file !== 'inbox.bundle.js');
    const imported = new Set(modules.flatMap((file) => bareImports(files[file]).map(packageName)));
    expect([...imported].filter((name) => !declared.has(name)), 'undeclared imports').to.deep.equal([]);
    expect([...imported]).to.include.members(['lit', '@lit-labs/virtualizer', '@floating-ui/dom', '@lit/react', 'react']);
    expect(modules.filter((file) => file.includes('node_modules')), 'copied dependencies').to.deep.equal([]);
    expect(bareImports(files['react/index.js'])).to.include.members(['react', '@lit/react']);
  });

  it('makes React and Vue optional peers', () => {
    for (const name of ['react', 'vue']) expect(pkg.peerDependenciesMeta[name]?.optional, name).to.equal(true);
  });

  it('declares the types: the API, the React wrappers, React 19 JSX and Vue global components', () => {
    expect(files['types/index.d.ts']).to.include("export * from './elements-api.js'").and.include("export * from './data-entry.js'");
    expect(files['types/elements-api.d.ts']).to.include("export { InboxTable } from './components/inbox-table/inbox-table.js'");
    expect(files['types/data/anyreach.d.ts']).to.include('export declare function createAnyreachSource');
    expect(files['types/react/index.d.ts']).to.match(/export declare const InboxTable: /);
    expect(files['types/jsx.d.ts']).to.include("declare module 'react'").and.include("'inbox-table': ElementJsxProps<InboxTable");
    expect(files['types/vue.d.ts']).to.include("declare module 'vue'").and.include('interface GlobalComponents');
  });

  it('lists only real files as having side effects, the registering entry points among them', () => {
    for (const file of pkg.sideEffects.filter((entry) => entry.startsWith('./dist/'))) {
      expect(files[file.slice('./dist/'.length)], file).to.be.a('string');
    }
    expect(files['index.js']).to.match(/import\s*["']\.\/define\.js["']/);
    expect(files['react/index.js']).to.match(/import\s*["']\.\.\/define\.js["']/);
  });
});

/**
 * The published package as an integrator gets it: the tarball `npm pack` makes, publint (strict)
 * and arethetypeswrong (ESM profile) on it, and consumer apps installed from it — vanilla TS,
 * React 19, React 18, Vue 3 (SFC) and one using only `./data` — made of the README's snippets,
 * type-checked strictly and built with Vite. The work runs in Node (package-check.mjs, through
 * distribution-plugin.mjs); this reads what it found.
 */
import { expect } from '@open-wc/testing';
import type { Package } from 'custom-elements-manifest/schema.js';
import { createAnyreachSource } from '../../src/data/anyreach.js';

interface BuiltChunk {
  fileName: string;
  isEntry: boolean;
  imports: string[];
  dynamicImports: string[];
  /** The modules bundled into the chunk, relative to the consumer app. */
  modules: string[];
  code: string;
  gzipBytes: number;
}

interface PackageCheck {
  tarball: { bytes: number; files: string[] };
  packageJson: {
    exports: Record<string, unknown>;
    dependencies: Record<string, string>;
    peerDependencies: Record<string, string>;
    peerDependenciesMeta: Record<string, { optional?: boolean }>;
    repository?: { url?: string };
    homepage?: string;
    bugs?: { url?: string };
    engines?: { node?: string };
    license?: string;
  };
  manifest: Package;
  publint: string[];
  attw: { problems: string[]; entrypoints: string[] };
  readme: { unlisted: string[]; missing: string[]; snippets: number };
  consumers: Record<'vanilla' | 'react19' | 'react18' | 'vue' | 'data', { typeErrors: string[]; chunks: BuiltChunk[]; warnings: string[] }>;
}

const CONSUMERS = ['vanilla', 'react19', 'react18', 'vue'] as const;

/** Chunks the entry loads through static imports, itself included. */
function staticallyLoaded(chunks: BuiltChunk[]): Set<string> {
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const loaded = new Set<string>();
  const visit = (name: string) => {
    if (loaded.has(name)) return;
    loaded.add(name);
    for (const imported of byName.get(name)?.imports ?? []) visit(imported);
  };
  for (const chunk of chunks.filter((candidate) => candidate.isEntry)) visit(chunk.fileName);
  return loaded;
}

describe('published package', () => {
  let check: PackageCheck;

  before(async function () {
    // The first request builds, packs and builds every consumer: minutes on a busy machine.
    this.timeout(15 * 60 * 1000);
    const response = await fetch('/__dist/package-check.json');
    expect(response.ok, await response.clone().text()).to.equal(true);
    check = (await response.json()) as PackageCheck;
  });

  it('passes publint --strict with no message', () => {
    expect(check.publint).to.deep.equal([]);
  });

  it('passes arethetypeswrong (ESM profile) for every entry, the data entry and the script-tag bundle included', () => {
    expect(check.attw.problems).to.deep.equal([]);
    expect(check.attw.entrypoints).to.include.members(['.', './data', './react', './jsx', './vue', './inbox.bundle.js']);
  });

  it('ships a license, its metadata, the README image and no source maps for unshipped sources', () => {
    const { files } = check.tarball;
    expect(files).to.include.members(['LICENSE', 'README.md', 'package.json', 'custom-elements.json', 'dist/index.js', 'dist/data-entry.js', 'dist/types/inbox.bundle.d.ts']);
    // The only map is the bundle's, whose sources are embedded (sourcesContent).
    // The script-tag bundle's maps embed their sources; the npm modules ship none.
    expect(files.filter((file) => file.endsWith('.map') && !/^dist\/chunks\/[\w.-]+\.js\.map$/.test(file))).to.deep.equal(['dist/inbox.bundle.js.map']);
    expect(files.filter((file) => file.startsWith('src/'))).to.deep.equal([]);
    const pkg = check.packageJson;
    expect(pkg.license).to.equal('MIT');
    expect(pkg.repository?.url).to.match(/^git\+https:\/\//);
    expect(pkg.homepage).to.match(/^https:\/\//);
    expect(pkg.bugs?.url).to.match(/^https:\/\//);
    expect(pkg.engines?.node).to.be.a('string');
  });

  it('shows the README image from an absolute URL of a file the package ships', async () => {
    const readme = await (await fetch('/README.md')).text();
    const images = [...readme.matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)].map((match) => match[1]);
    expect(images).to.not.deep.equal([]);
    for (const url of images) {
      const shipped = /^https:\/\/cdn\.jsdelivr\.net\/npm\/unified-inbox-elements\/(.+)$/.exec(url)?.[1];
      expect(shipped, url).to.be.a('string');
      expect(check.tarball.files, url).to.include(shipped);
    }
  });

  it('keeps @lit/react (and through it @types/react) away from apps that do not use the React wrappers', () => {
    const pkg = check.packageJson;
    expect(Object.keys(pkg.dependencies)).to.not.include('@lit/react');
    expect(pkg.peerDependencies['@lit/react']).to.be.a('string');
    expect(pkg.peerDependenciesMeta['@lit/react']?.optional).to.equal(true);
    // vue.d.ts uses EmitFn (Vue 3.5) and PublicProps (3.4).
    expect(pkg.peerDependencies.vue).to.equal('>=3.5');
  });

  it('lists in custom-elements.json only shipped files, with a definition export for each tag', () => {
    const { files } = check.tarball;
    const referenced = JSON.stringify(check.manifest).match(/"(?:path|module)":"[^"]+"/g) ?? [];
    expect(referenced).to.not.deep.equal([]);
    for (const reference of referenced) expect(files, reference).to.include(JSON.parse(`{${reference}}`)[reference.split('"')[1]]);
    const definitions = check.manifest.modules.flatMap((module) => (module.exports ?? []).filter((entry) => entry.kind === 'custom-element-definition'));
    expect(definitions.map((entry) => entry.name)).to.include.members(['inbox-table', 'conversation-row', 'inbox-filters']);
    for (const entry of definitions) expect(files, entry.name).to.include(entry.declaration.module);
  });

  it('compiles every README snippet: each is in a consumer app, strictly type-checked against the package', () => {
    expect(check.readme.unlisted, 'README snippets no consumer checks').to.deep.equal([]);
    expect(check.readme.missing, 'consumer files the README does not have').to.deep.equal([]);
    expect(check.readme.snippets).to.equal(8);
    for (const name of [...CONSUMERS, 'data'] as const) {
      expect(check.consumers[name].typeErrors, `${name} type errors`).to.deep.equal([]);
      expect(check.consumers[name].warnings, `${name} build warnings`).to.deep.equal([]);
    }
  });

  it('runs the README snippets\' credentials through the source factory without a throw', async () => {
    const readme = await (await fetch('/README.md')).text();
    const tokens = [...readme.matchAll(/token: '([^']*)'/g)].map((match) => match[1]);
    expect(tokens.length).to.be.greaterThan(3);
    for (const token of tokens) expect(() => createAnyreachSource({ baseUrl: 'https://api.anyreach.ai', token }), token).to.not.throw();
  });

  it('loads what the first rows need with the first request wave in every consumer app (no lazy layout chunk)', () => {
    // Features reached by acting (filters panel, menus, dialogs, export, preview) are lazy chunks
    // by design; what renders rows is not: the table, its row, the virtualizer and its layout.
    const firstRows = [/inbox-table\/inbox-table\.js$/, /inbox-table\/fixed-row-layout\.js$/, /conversation-row\/conversation-row\.js$/, /@lit-labs\/virtualizer\/(virtualize|Virtualizer)\.js$/];
    for (const name of CONSUMERS) {
      const { chunks } = check.consumers[name];
      const loaded = staticallyLoaded(chunks);
      for (const pattern of firstRows) {
        const holder = chunks.find((chunk) => chunk.modules.some((module) => pattern.test(module)));
        expect(holder, `${name}: a chunk holds ${pattern}`).to.not.equal(undefined);
        expect(loaded.has(holder!.fileName), `${name}: ${pattern} is in ${holder!.fileName}, which only a dynamic import loads`).to.equal(true);
      }
      // The recording player comes with a row's first Play, not with the first rows.
      const player = chunks.find((chunk) => chunk.modules.some((module) => /recording-player\/recording-player\.js$/.test(module)));
      expect(player, `${name}: a chunk holds the player`).to.not.equal(undefined);
      expect(loaded.has(player!.fileName), `${name}: the player loads only on first use`).to.equal(false);
    }
  });

  it('compiles the Vue SFC with the tags as custom elements (the README\'s plugin options), not as components to resolve', () => {
    // Built unminified, so Vue's helpers keep their names.
    const code = check.consumers.vue.chunks.map((chunk) => chunk.code).join('\n');
    // A tag Vue took for a component is looked up at run time (a warning in development).
    expect(code.match(/resolveComponent\("(?:inbox-|conversation-row)[^)]*\)/)?.[0], 'tag resolved as a component').to.equal(undefined);
    expect(code.match(/createElementBlock\("inbox-table", \{/)?.[0], 'tag rendered as an element').to.be.a('string');
  });

  it('keeps a consumer of createMemorySource from ./data under 5 KB gzip, registering nothing and loading no Lit', () => {
    const { chunks } = check.consumers.data;
    const gzipBytes = chunks.reduce((sum, chunk) => sum + chunk.gzipBytes, 0);
    expect(gzipBytes).to.be.greaterThan(500).and.lessThan(5000);
    const code = chunks.map((chunk) => chunk.code).join('\n');
    expect(code).to.not.include('customElements');
    expect(code).to.not.include('adoptedStyleSheets');
    expect(code).to.include('createMemorySource');
  });
});

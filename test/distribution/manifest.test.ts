/**
 * custom-elements.json: committed, current (compared with what `npm run analyze` writes now, built
 * by distribution-plugin.mjs), and complete for each element. The framework bindings' event
 * tables must list exactly the events it documents.
 */
import { expect } from '@open-wc/testing';
import type { ClassDeclaration, CustomElement, Package } from 'custom-elements-manifest/schema.js';
import { elementEvents } from '../../src/react/element-events.js';

const TAGS = ['inbox-table', 'conversation-row', 'inbox-filters', 'inbox-views'] as const;

type ElementDeclaration = ClassDeclaration & CustomElement;

/** Where two JSON values first differ, as a path like `modules[2].declarations[0].name`. */
function firstDifference(a: unknown, b: unknown, path = ''): string | undefined {
  if (Object.is(a, b)) return undefined;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return path || '(root)';
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) {
    const child = Array.isArray(a) ? `${path}[${key}]` : `${path}.${key}`;
    const found = firstDifference((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], child);
    if (found) return found;
  }
  return undefined;
}

function elementsOf(manifest: Package): Map<string, ElementDeclaration> {
  const elements = new Map<string, ElementDeclaration>();
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.kind === 'class' && 'tagName' in declaration && typeof declaration.tagName === 'string') {
        elements.set(declaration.tagName, declaration as ElementDeclaration);
      }
    }
  }
  return elements;
}

describe('custom-elements.json', () => {
  let committed: Package;
  let elements: Map<string, ElementDeclaration>;

  before(async function () {
    // The first request runs the analyzer.
    this.timeout(120000);
    committed = (await (await fetch('/custom-elements.json')).json()) as Package;
    elements = elementsOf(committed);
  });

  it('is what `npm run analyze` generates from the sources now', async () => {
    const fresh = (await (await fetch('/__dist/custom-elements.json')).json()) as Package;
    const difference = firstDifference(committed, fresh);
    expect(difference, `custom-elements.json is stale at ${difference}: run \`npm run analyze\` and commit it`).to.equal(undefined);
  });

  it('describes each element under its tag, with a summary', () => {
    for (const tag of TAGS) {
      const element = elements.get(tag);
      expect(element, tag).to.not.equal(undefined);
      expect(element!.summary, `${tag} summary`).to.be.a('string').and.not.equal('');
    }
  });

  it('describes every attribute with its property, and every public property', () => {
    for (const tag of TAGS) {
      const element = elements.get(tag)!;
      expect(element.attributes?.length, `${tag} attributes`).to.be.greaterThan(0);
      for (const attribute of element.attributes ?? []) {
        expect(attribute.description, `${tag}[${attribute.name}]`).to.be.a('string').and.not.equal('');
        expect(attribute.fieldName, `${tag}[${attribute.name}] property`).to.be.a('string');
      }
      const fields = (element.members ?? []).filter((member) => member.kind === 'field');
      // Views show no date or time, only counts: they take no time zone.
      expect(fields.map((field) => field.name), tag).to.include.members(tag === 'inbox-views' ? ['locale', 'strings'] : ['locale', 'timeZone', 'strings']);
    }
    const table = elements.get('inbox-table')!;
    expect(table.attributes!.find((attribute) => attribute.name === 'time-zone')?.fieldName).to.equal('timeZone');
    const source = table.members!.find((member) => member.name === 'source');
    expect(source && 'type' in source ? source.type?.text : undefined).to.equal('InboxDataSource | undefined');
  });

  it('names, types and describes every event an element fires', () => {
    for (const tag of TAGS) {
      const events = elements.get(tag)!.events ?? [];
      expect(events.length, `${tag} events`).to.be.greaterThan(0);
      for (const event of events) {
        expect(event.name, tag).to.match(/^[a-z]+(-[a-z]+)+$/);
        expect(event.description, `${tag} ${event.name}`).to.be.a('string').and.not.equal('');
        expect(event.type?.text, `${tag} ${event.name} class`).to.match(/Event$/);
      }
    }
    const tableEvents = elements.get('inbox-table')!.events!;
    expect(tableEvents.find((event) => event.name === 'conversation-open')?.type?.text).to.equal('ConversationOpenEvent');
  });

  it('lists the parts, custom properties and slots', () => {
    const table = elements.get('inbox-table')!;
    expect(table.cssParts!.map((part) => part.name)).to.include.members(['base', 'toolbar', 'header', 'body', 'status', 'tooltip']);
    expect(table.cssProperties!.map((property) => property.name)).to.include.members(['--inbox-row-height', '--inbox-background', '--inbox-text-color']);
    expect(table.slots!.map((slot) => slot.name)).to.deep.equal(['toolbar']);
    expect(elements.get('inbox-filters')!.slots!.map((slot) => slot.name)).to.deep.equal(['']);
    expect(elements.get('conversation-row')!.cssParts!.map((part) => part.name)).to.include('row');
    for (const tag of TAGS) {
      for (const item of [...(elements.get(tag)!.cssParts ?? []), ...(elements.get(tag)!.cssProperties ?? [])]) {
        expect(item.description, `${tag} ${item.name}`).to.be.a('string').and.not.equal('');
      }
    }
  });

  it('agrees with the events the React and Vue bindings map to props', () => {
    for (const tag of TAGS) {
      const documented = (elements.get(tag)!.events ?? []).map((event) => event.name).sort();
      expect(Object.values(elementEvents[tag]).sort(), tag).to.deep.equal(documented);
    }
  });
});

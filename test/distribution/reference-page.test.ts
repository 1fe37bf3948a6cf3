/**
 * The API reference `npm start` serves (/reference.html, scripts/reference-page.mjs): generated
 * from custom-elements.json, it shows every element's attributes, properties, events, slots,
 * parts and CSS custom properties, so it cannot drift from the code.
 */
import { expect } from '@open-wc/testing';
import type { ClassDeclaration, CustomElement, Package } from 'custom-elements-manifest/schema.js';

type ElementDeclaration = ClassDeclaration & CustomElement;

/** First-column texts of the table captioned `caption` (the names it lists). */
function namesIn(doc: ParentNode, caption: string): string[] {
  const table = [...doc.querySelectorAll('table')].find((candidate) => candidate.caption?.textContent === caption);
  return [...(table?.tBodies[0]?.rows ?? [])].map((row) => row.cells[0].textContent!.trim());
}

describe('API reference page', () => {
  let manifest: Package;
  /** The page's body and style, shown in this document (axe checks one document). */
  let page: HTMLElement;

  before(async () => {
    manifest = (await (await fetch('/custom-elements.json')).json()) as Package;
    const response = await fetch('/__dist/reference.html');
    expect(response.headers.get('content-type')).to.match(/^text\/html/);
    const parsed = new DOMParser().parseFromString(await response.text(), 'text/html');
    expect(parsed.documentElement.lang).to.equal('en');
    expect(parsed.title).to.include('API reference');
    page = document.createElement('div');
    page.style.cssText = 'width: 1000px';
    page.append(...[...parsed.head.querySelectorAll('style'), ...parsed.body.children].map((node) => document.adoptNode(node)));
    document.body.append(page);
  });

  after(() => page.remove());

  const elements = () =>
    manifest.modules.flatMap((module) => (module.declarations ?? []).filter((declaration): declaration is ElementDeclaration => 'tagName' in declaration && !!declaration.tagName));

  it('has a section for each element of custom-elements.json, with its summary', () => {
    const headings = [...page.querySelectorAll('h2')].map((heading) => heading.textContent);
    expect(elements().length).to.be.greaterThan(2);
    for (const element of elements()) {
      expect(headings, element.tagName).to.include(`<${element.tagName}>`);
      const section = page.querySelector(`[id="${element.tagName}"]`)!.closest('section')!;
      expect(section.getBoundingClientRect().height, `${element.tagName} on screen`).to.be.greaterThan(0);
      expect(section.textContent).to.include(element.summary!.replace(/`/g, ''));
    }
  });

  it('lists every attribute, public property, event, slot, CSS part and custom property the manifest has', () => {
    const doc = page;
    for (const element of elements()) {
      const tag = `<${element.tagName}>`;
      const properties = (element.members ?? []).filter((member) => member.kind === 'field' && !member.privacy && !member.static).map((member) => member.name);
      expect(namesIn(doc, `${tag} attributes`), `${tag} attributes`).to.deep.equal((element.attributes ?? []).map((attribute) => attribute.name));
      expect(namesIn(doc, `${tag} properties`), `${tag} properties`).to.deep.equal(properties);
      expect(namesIn(doc, `${tag} events`), `${tag} events`).to.deep.equal((element.events ?? []).map((event) => event.name));
      expect(namesIn(doc, `${tag} slots`), `${tag} slots`).to.deep.equal((element.slots ?? []).map((slot) => slot.name || '(default)'));
      expect(namesIn(doc, `${tag} CSS parts`), `${tag} parts`).to.deep.equal((element.cssParts ?? []).map((part) => part.name));
      expect(namesIn(doc, `${tag} CSS custom properties`), `${tag} CSS properties`).to.deep.equal((element.cssProperties ?? []).map((property) => property.name));
    }
    // The table's main API, spelled as a user reads it.
    expect(namesIn(doc, '<inbox-table> attributes')).to.include('time-zone');
    expect(namesIn(doc, '<inbox-table> events')).to.include('conversation-open');
    expect(namesIn(doc, '<inbox-table> slots')).to.include('toolbar');
  });

  it('is accessible', async () => {
    await expect(page).to.be.accessible();
  });
});

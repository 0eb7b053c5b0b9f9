/**
 * The reference pages say everything custom-elements.json and story.schema.json say: a page per
 * element, a row per attribute, property, method, event, slot, part and custom property with
 * its description, a row per field of the data format; and each example's shown source is the
 * markup that runs beside it.
 */
import { expect } from '@open-wc/testing';
import { pageFiles, plain, staticPage } from '../helpers/docs.js';

interface Named { name: string; description?: string; kind?: string; type?: { text: string } }
interface Declaration {
  tagName?: string; customElement?: boolean; summary?: string;
  attributes?: Named[]; members?: Named[]; events?: Named[]; slots?: Named[]; cssParts?: Named[]; cssProperties?: Named[];
}
interface SchemaObject { description?: string; properties?: Record<string, { description?: string }>; required?: string[] }

let elements: Declaration[];
let schema: { $defs: Record<string, SchemaObject> };

/** The kinds of members, the table each is shown in on the element's page, and how to list them. */
const KINDS: { table: string; list: (d: Declaration) => Named[] }[] = [
  { table: 'attributes', list: (d) => d.attributes ?? [] },
  { table: 'properties', list: (d) => (d.members ?? []).filter((m) => m.kind === 'field') },
  { table: 'methods', list: (d) => (d.members ?? []).filter((m) => m.kind === 'method') },
  { table: 'events', list: (d) => d.events ?? [] },
  { table: 'slots', list: (d) => d.slots ?? [] },
  { table: 'css-parts', list: (d) => d.cssParts ?? [] },
  { table: 'css-properties', list: (d) => d.cssProperties ?? [] },
];

/** Each row of a table: its header cell's text and the row's whole text. */
const rowsOf = (doc: Document, id: string) =>
  [...doc.querySelectorAll(`table#${id} tbody tr`)].map((row) => ({ name: plain(row.querySelector('th')!.textContent), text: plain(row.textContent) }));

/** The default slot has no name; its row reads "(default)". */
const shownName = (member: Named) => member.name || '(default)';

describe('reference docs', () => {
  before(async () => {
    const manifest = await (await fetch('/custom-elements.json')).json();
    elements = manifest.modules.flatMap((m: { declarations?: Declaration[] }) => m.declarations ?? []).filter((d: Declaration) => d.customElement);
    schema = await (await fetch('/story.schema.json')).json();
  });

  it('the navigation links a page for each element of the manifest and the data format', async () => {
    const files = await pageFiles();
    expect(elements.length).to.be.greaterThan(1);
    for (const { tagName } of elements) expect(files, tagName).to.include(`${tagName}.html`);
    expect(files).to.include('data-format.html');
  });

  it('every element page shows every member of the manifest, with its description, and nothing else', async () => {
    let checked = 0;
    for (const element of elements) {
      const doc = await staticPage(`${element.tagName}.html`);
      expect(plain(doc.querySelector('h1')!.textContent)).to.equal(`<${element.tagName}>`);
      expect(plain(doc.body.textContent)).to.contain(plain(element.summary));
      for (const { table, list } of KINDS) {
        const members = list(element);
        const rows = rowsOf(doc, table);
        expect(rows.map((r) => r.name), `<${element.tagName}> ${table}`).to.have.members(members.map(shownName));
        for (const member of members) {
          const row = rows.find((r) => r.name === shownName(member))!;
          expect(row.text, `<${element.tagName}> ${table} ${member.name}`).to.contain(plain(member.description));
          checked++;
        }
      }
    }
    expect(checked, 'members compared').to.be.greaterThan(100);
  });

  it('each event shows the type of its detail and the fields a listener reads', async () => {
    for (const element of elements) {
      const rows = rowsOf(await staticPage(`${element.tagName}.html`), 'events');
      for (const event of element.events ?? []) {
        const detail = event.type!.text.match(/^CustomEvent<(\w+)>$/)![1];
        const row = rows.find((r) => r.name === event.name)!;
        expect(row.text, event.name).to.match(new RegExp(`${detail}: \\{ (\\w+: [^;]+; )*\\w+: [^;]+ \\}`));
      }
    }
  });

  it('the data format page shows every type and field of story.schema.json: type, required, description', async () => {
    const doc = await staticPage('data-format.html');
    for (const [name, definition] of Object.entries(schema.$defs)) {
      const heading = doc.querySelector(`h2#${name.toLowerCase()}`);
      expect(plain(heading?.textContent), name).to.equal(name);
      const rows = [...doc.querySelectorAll(`table#${name.toLowerCase()}-fields tbody tr`)];
      const fields = Object.entries(definition.properties ?? {});
      expect(rows.map((r) => plain(r.querySelector('th')!.textContent)), name).to.deep.equal(fields.map(([field]) => field));
      for (const [field, property] of fields) {
        const cells = [...rows.find((r) => plain(r.querySelector('th')!.textContent) === field)!.querySelectorAll('td')].map((c) => plain(c.textContent));
        expect(cells[0], `${name}.${field} type`).to.not.equal('');
        expect(cells[1], `${name}.${field} required`).to.equal(definition.required?.includes(field) ? 'required' : 'optional');
        expect(cells[2], `${name}.${field} description`).to.equal(plain(property.description));
      }
    }
  });

  it('each example shows, escaped, the very markup that runs beside it', async () => {
    let examples = 0;
    for (const { tagName } of elements) {
      const doc = await staticPage(`${tagName}.html`);
      const renders = [...doc.querySelectorAll('.example-render')];
      expect(renders.length, `examples of <${tagName}>`).to.be.greaterThan(4);
      for (const render of renders) {
        const shown = render.parentElement!.querySelector('.example-source code')!.textContent!;
        const parsed = doc.createElement('div');
        parsed.innerHTML = shown;
        expect(plain(render.innerHTML), render.getAttribute('data-example')!).to.equal(plain(parsed.innerHTML));
        expect(render.querySelector(tagName!), `${render.getAttribute('data-example')} uses <${tagName}>`).to.not.equal(null);
        examples++;
      }
    }
    expect(examples).to.be.greaterThan(10);
  });
});

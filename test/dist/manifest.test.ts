/**
 * custom-elements.json (built by `npm run build`) documents every public attribute, property,
 * method, event, slot, part and custom property of the contract (test/contract.json), and
 * nothing the elements really use is left out of it.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { demoStories } from '../helpers/demo-data.js';

interface Named { name: string; description?: string; type?: { text: string }; kind?: string }
interface Declaration {
  kind: string; name: string; tagName?: string; customElement?: boolean;
  attributes?: Named[]; members?: Named[]; events?: Named[]; slots?: Named[]; cssParts?: Named[]; cssProperties?: Named[];
}
interface Module { path: string; declarations?: Declaration[]; exports?: { kind: string; name: string; declaration: { name: string; module: string } }[] }
interface ContractElement {
  class: string; attributes: string[]; properties: string[]; methods: string[];
  events: Record<string, string[]>; slots: string[]; parts: string[]; cssProperties: string[];
}

let manifest: { modules: Module[] };
let contract: { elements: Record<string, ContractElement>; cssPropertyPrefix: string };
const TAGS = ['value-quote', 'success-story'];
const getJson = async (url: string) => (await fetch(url)).json();

function declarationOf(tag: string): Declaration | undefined {
  for (const m of manifest.modules) for (const d of m.declarations ?? []) if (d.tagName === tag) return d;
  return undefined;
}

const names = (list: Named[] | undefined) => (list ?? []).map((x) => x.name);
const missing = (wanted: string[], have: string[]) => wanted.filter((w) => !have.includes(w));
const undocumented = (list: Named[] | undefined, wanted: string[]) =>
  (list ?? []).filter((x) => wanted.includes(x.name) && !x.description?.trim()).map((x) => x.name || '(default)');

describe('custom-elements.json', () => {
  before(async () => {
    [manifest, contract] = await Promise.all([getJson('/custom-elements.json'), getJson('/test/contract.json')]);
  });

  it('covers the elements of the contract', () => {
    expect(Object.keys(contract.elements)).to.have.members(TAGS);
  });

  it('is referenced by package.json and exported', async () => {
    const pkg = await getJson('/package.json');
    expect(pkg.customElements).to.equal('custom-elements.json');
    expect(pkg.exports['./custom-elements.json']).to.equal('./custom-elements.json');
    expect(pkg.files).to.include('custom-elements.json');
  });

  it('points every module path at a file the package ships', async () => {
    for (const m of manifest.modules) {
      expect(m.path, m.path).to.match(/^dist\/esm\/.+\.js$/);
      expect((await fetch(`/${m.path}`)).ok, `${m.path} exists`).to.equal(true);
    }
  });

  for (const tag of TAGS) {
    describe(`<${tag}>`, () => {
      let want: ContractElement;
      before(() => { want = contract.elements[tag]; });
      const decl = () => {
        const d = declarationOf(tag);
        expect(d, `a declaration with @tag ${tag}`).to.not.equal(undefined);
        return d!;
      };

      it('is declared as a custom element, registered by its entry module', () => {
        expect(decl().name).to.equal(want.class);
        expect(decl().customElement).to.equal(true);
        const definitions = manifest.modules.flatMap((m) => (m.exports ?? []).filter((e) => e.kind === 'custom-element-definition'));
        expect(definitions.map((e) => e.name)).to.include(tag);
      });

      it('lists every attribute of the contract, each with a description', () => {
        expect(missing(want.attributes, names(decl().attributes)), 'missing attributes').to.deep.equal([]);
        expect(undocumented(decl().attributes, want.attributes), 'attributes without a description').to.deep.equal([]);
        // A tool that sets the named field must reach a public property, never a private one.
        const privateFields = (decl().attributes as (Named & { fieldName?: string })[])
          .filter((a) => a.fieldName?.startsWith('_'))
          .map((a) => a.name);
        expect(privateFields, 'attributes mapped to a private field').to.deep.equal([]);
      });

      it('documents every attribute the element observes', () => {
        const observed = (customElements.get(tag) as unknown as { observedAttributes: string[] }).observedAttributes;
        expect(missing(observed, names(decl().attributes)), 'observed but not in the manifest').to.deep.equal([]);
      });

      it('lists every property and method of the contract, each with a description', () => {
        const members = decl().members ?? [];
        const fields = members.filter((m) => m.kind === 'field');
        const methods = members.filter((m) => m.kind === 'method');
        expect(missing(want.properties, names(fields)), 'missing properties').to.deep.equal([]);
        expect(missing(want.methods, names(methods)), 'missing methods').to.deep.equal([]);
        expect(undocumented(members, [...want.properties, ...want.methods]), 'members without a description').to.deep.equal([]);
      });

      it('lists every event of the contract with its CustomEvent detail type', () => {
        const events = decl().events ?? [];
        expect(missing(Object.keys(want.events), names(events)), 'missing events').to.deep.equal([]);
        for (const e of events.filter((x) => x.name in want.events)) {
          expect(e.type?.text ?? '', `${e.name} type`).to.match(/^CustomEvent<.+>$/);
          expect(e.description ?? '', `${e.name} description`).to.not.equal('');
        }
      });

      it('lists every slot, part and custom property of the contract, each with a description', () => {
        const d = decl();
        expect(missing(want.slots, names(d.slots)), 'missing slots').to.deep.equal([]);
        expect(missing(want.parts, names(d.cssParts)), 'missing parts').to.deep.equal([]);
        expect(missing(want.cssProperties, names(d.cssProperties)), 'missing custom properties').to.deep.equal([]);
        expect(undocumented(d.slots, want.slots), 'slots without a description').to.deep.equal([]);
        expect(undocumented(d.cssParts, want.parts), 'parts without a description').to.deep.equal([]);
        expect(undocumented(d.cssProperties, want.cssProperties), 'custom properties without a description').to.deep.equal([]);
        for (const p of names(d.cssProperties)) expect(p).to.match(new RegExp(`^${contract.cssPropertyPrefix}`));
      });

      it('documents every public custom property its styles read', () => {
        const styles = (customElements.get(tag) as unknown as { elementStyles: CSSStyleSheet[] }).elementStyles;
        const cssText = styles.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('\n');
        const used = new Set<string>();
        for (const [, name] of cssText.matchAll(/var\(\s*(--ss-[\w-]+)/g)) used.add(name);
        expect(missing([...used], names(decl().cssProperties)), 'read by the styles, not in the manifest').to.deep.equal([]);
      });
    });
  }

  it('documents every part the elements render or forward with the demo story', async () => {
    const story = (await demoStories()).find((s) => s.lang === 'en')!;
    const el = await fixture<HTMLElement>(html`<div lang="en">
      <success-story .story=${story}></success-story>
      <value-quote controls="full" .quotes=${story.quotes}></value-quote>
    </div>`);
    const rendered = (host: Element | null) => {
      const parts = new Set<string>();
      for (const node of host?.shadowRoot?.querySelectorAll('[part]') ?? []) for (const p of node.getAttribute('part')!.split(/\s+/)) parts.add(p);
      // Parts forwarded from an inner element with exportparts are styleable on this host too.
      for (const node of host?.shadowRoot?.querySelectorAll('[exportparts]') ?? []) {
        for (const p of node.getAttribute('exportparts')!.split(',')) parts.add(p.split(':').pop()!.trim());
      }
      return [...parts];
    };
    for (const tag of TAGS) {
      const host = el.querySelector(tag) as HTMLElement & { updateComplete: Promise<unknown> };
      await host.updateComplete;
      const parts = rendered(host);
      expect(parts.length, `${tag} renders parts`).to.be.greaterThan(0);
      expect(missing(parts, names(declarationOf(tag)?.cssParts)), `${tag}: rendered, not in the manifest`).to.deep.equal([]);
    }
  });
});

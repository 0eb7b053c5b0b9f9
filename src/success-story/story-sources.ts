import type { Story } from '../data/types.js';
import { validateStory, type DataDocument, type Validated } from '../data/validate.js';
import { selectStory } from '../data/select.js';
import { parseValueList } from '../data/text-match.js';
import { safeUrl, urlDropped } from '../data/url-policy.js';
import { outcomeOf, type Outcome } from '../internal/data-pipeline.js';

// Each attribute's property and the story field it fills ("field.key" inside an object).
const FIELDS = {
  heading: 'title',
  kicker: 'kicker',
  category: 'category',
  subject: 'subject.name',
  subjectRole: 'subject.role',
  image: 'subject.image',
  imageAlt: 'subject.imageAlt',
  summary: 'summary',
  values: 'values',
  ctaLabel: 'cta.label',
  ctaHref: 'cta.href',
};

/** The element's properties that fill or override story fields. */
export type StoryAttributes = { [K in keyof typeof FIELDS]?: string | null };

/** Names of the properties that feed the story. */
export const ATTRIBUTE_FIELDS = Object.keys(FIELDS) as (keyof StoryAttributes)[];

/** The attribute of a property: `ctaHref` → `cta-href`. */
export const attributeOf = (property: string): string => property.replace(/[A-Z]/g, '-$&').toLowerCase();

/** A Story object given by script. */
export function outcomeOfStory(input: unknown): Outcome<Partial<Story>> {
  const { value, ...validated } = validateStory(input);
  return outcomeOf(validated, value);
}

/** A validated document (inline JSON or `src`): the story it holds, or the one picked from it. */
export function outcomeOfDocument(
  { value: document, ...validated }: Validated<DataDocument>,
  selection: { storyId?: string; lang: string },
  url?: string,
): Outcome<Partial<Story>> {
  const picked = document ? selectStory(document, selection) : {};
  return outcomeOf(validated, picked.story, {
    issue: picked.error,
    kind: selection.storyId && picked.error ? 'not-found' : 'invalid',
    url,
  });
}

/**
 * The story with the element's attributes laid over it (or made of them alone when `base` is
 * empty). Attribute URLs go through the same policy as data; an unsafe one removes the field,
 * as an unsafe URL in data does.
 */
export function withAttributes(base: Partial<Story>, attributes: StoryAttributes, warn: (message: string) => void): Partial<Story> {
  const story: Record<string, unknown> = { ...base };
  for (const [property, path] of Object.entries(FIELDS) as [keyof StoryAttributes, string][]) {
    const written = attributes[property];
    if (written == null) continue;
    let value: unknown = written;
    if (property === 'image' || property === 'ctaHref') {
      value = safeUrl(written);
      if (value === undefined) warn(urlDropped(attributeOf(property)));
    } else if (property === 'summary') value = written.split(/\n\s*\n/).map((paragraph) => paragraph.trim()).filter(Boolean);
    else if (property === 'values') value = parseValueList(written);
    const [field, key] = path.split('.');
    story[field] = key ? { ...(story[field] as object), [key]: value } : value;
  }
  return story;
}

/** What the element holds as light DOM. */
export interface StoryLightDom {
  /** The text of a child `<script type="application/json">`. */
  json?: string;
  /** Names of the slots that have content. */
  slotted: Set<string>;
  /** Whether there is other content: the fallback. */
  hasFallback: boolean;
}

/** The child JSON script, the named slots in use, and whether any other light DOM is there. */
export function readStoryLightDom(host: Element): StoryLightDom {
  const lightDom: StoryLightDom = { slotted: new Set(), hasFallback: false };
  for (const node of host.childNodes) {
    // Other scripts (JSON-LD for search engines, say) are neither data nor fallback.
    if (node instanceof HTMLScriptElement) lightDom.json ??= node.type === 'application/json' ? node.text : undefined;
    else if (node instanceof Element) node.slot ? lightDom.slotted.add(node.slot) : (lightDom.hasFallback = true);
    else if (node.nodeType === Node.TEXT_NODE && node.textContent!.trim()) lightDom.hasFallback = true;
  }
  return lightDom;
}

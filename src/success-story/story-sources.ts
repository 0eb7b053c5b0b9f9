import type { Story } from '../data/types.js';
import { validateDocument, validateStory, type DataDocument, type Validated } from '../data/validate.js';
import { selectStory } from '../data/select.js';
import { parseValueList } from '../data/text-match.js';
import { safeUrl, urlDropped } from '../data/url-policy.js';
import { SourceError } from '../data/load.js';

/** What one data source gave: the story (when anything usable is left), and what went wrong. */
export interface StoryResult {
  story?: Story;
  /** For the console: unsafe URLs dropped, then dropped fields and items, each with its path. */
  warnings: string[];
  /** Set when anything was rejected; technical, for the console and `story-error`. */
  error?: Error;
}

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
export const attributeOf = (prop: string): string => prop.replace(/[A-Z]/g, '-$&').toLowerCase();

/** The error reported for rejected data: every message, one a line. */
export const fail = (issues: string[], kind: SourceError['kind'] = 'invalid', url?: string): Error =>
  new SourceError(kind, issues.join('\n'), { url });

function result(v: Validated<unknown>, story?: Story, more?: string, url?: string, notFound = false): StoryResult {
  const issues = v.errors.map((e) => e.message);
  if (more) issues.push(more);
  return {
    story,
    warnings: [...v.warnings, ...issues],
    error: issues.length ? fail(issues, notFound ? 'not-found' : 'invalid', url) : undefined,
  };
}

/** A Story object given by script. */
export function fromObject(input: unknown): StoryResult {
  const v = validateStory(input);
  return result(v, v.value);
}

/** A validated document (inline JSON or `src`): the story it holds or the one picked from it. */
export function fromDocument(v: Validated<DataDocument>, storyId: string | undefined, lang: string, url?: string): StoryResult {
  const picked = v.value ? selectStory(v.value, { storyId, lang }) : {};
  return result(v, picked.story, picked.error, url, !!(storyId && picked.error));
}

/** The text of a child `<script type="application/json">`. */
export function fromJson(json: string, storyId: string | undefined, lang: string): StoryResult {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (cause) {
    const m = 'the inline <script type="application/json"> is not valid JSON';
    return { warnings: [m], error: new SourceError('json', m, { cause }) };
  }
  return fromDocument(validateDocument(data), storyId, lang);
}

/**
 * The story with the element's attributes laid over it (or made of them alone when `base` is
 * undefined). Attribute URLs go through the same policy as data; an unsafe one removes the
 * field, as an unsafe URL in data does.
 */
export function withAttributes(base: Story | undefined, a: StoryAttributes, warn: (m: string) => void): Story {
  const s: Record<string, unknown> = { ...base };
  for (const [prop, path] of Object.entries(FIELDS) as [keyof StoryAttributes, string][]) {
    const raw = a[prop];
    if (raw == null) continue;
    let v: unknown = raw;
    if (prop === 'image' || prop === 'ctaHref') {
      v = safeUrl(raw);
      if (v === undefined) warn(urlDropped(attributeOf(prop)));
    } else if (prop === 'summary') v = raw.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
    else if (prop === 'values') v = parseValueList(raw);
    const [field, key] = path.split('.');
    s[field] = key ? { ...(s[field] as object), [key]: v } : v;
  }
  return s as unknown as Story;
}

/** The child JSON script, the named slots in use, and whether any other light DOM is there. */
export function readLight(host: Element): [json: string | undefined, slotted: Set<string>, fallback: boolean] {
  let json: string | undefined;
  const slotted = new Set<string>();
  let fallback = false;
  for (const n of host.childNodes) {
    // Other scripts (JSON-LD for search engines, say) are neither data nor fallback.
    if (n instanceof HTMLScriptElement) json ??= n.type === 'application/json' ? n.text : undefined;
    else if (n instanceof Element) n.slot ? slotted.add(n.slot) : (fallback = true);
    else if (n.nodeType === Node.TEXT_NODE && n.textContent!.trim()) fallback = true;
  }
  return [json, slotted, fallback];
}

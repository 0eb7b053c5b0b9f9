import type { Story } from '../data/types.js';
import { validateDocument, validateStory, type DataDocument, type Validated } from '../data/validate.js';
import { selectStory } from '../data/select.js';
import { parseValueList } from '../data/text-match.js';
import { safeUrl } from '../data/url-policy.js';
import { SourceError } from '../data/load.js';

/** What one data source gave: the story (when anything usable is left), and what went wrong. */
export interface StoryResult {
  story?: Story;
  /** Dropped fields and items, one message each, with their paths. */
  issues: string[];
  /** Unsafe URLs dropped. */
  warnings: string[];
  /** Set when anything was rejected; technical, for the console and `story-error`. */
  error?: Error;
}

/** The element's properties that fill or override story fields. */
export interface StoryAttributes {
  heading?: string | null;
  kicker?: string | null;
  category?: string | null;
  subject?: string | null;
  subjectRole?: string | null;
  summary?: string | null;
  image?: string | null;
  imageAlt?: string | null;
  values?: string | null;
  ctaLabel?: string | null;
  ctaHref?: string | null;
}

// property, attribute, story field, and the key inside that field for nested ones
const FIELDS: [keyof StoryAttributes, string, keyof Story, string?][] = [
  ['heading', 'heading', 'title'],
  ['kicker', 'kicker', 'kicker'],
  ['category', 'category', 'category'],
  ['subject', 'subject', 'subject', 'name'],
  ['subjectRole', 'subject-role', 'subject', 'role'],
  ['image', 'image', 'subject', 'image'],
  ['imageAlt', 'image-alt', 'subject', 'imageAlt'],
  ['summary', 'summary', 'summary'],
  ['values', 'values', 'values'],
  ['ctaLabel', 'cta-label', 'cta', 'label'],
  ['ctaHref', 'cta-href', 'cta', 'href'],
];

/** Names of the properties that feed the story, for change detection. */
export const ATTRIBUTE_FIELDS = FIELDS.map((f) => f[0]);

/** Whether any story attribute is set. */
export const hasAttributes = (a: StoryAttributes): boolean => FIELDS.some(([p]) => a[p] != null);

/** The error reported for rejected data: every message, one a line. */
export const fail = (issues: string[], kind: SourceError['kind'] = 'invalid', url?: string): Error =>
  new SourceError(kind, issues.join('\n'), { url });

function fromValidated(v: Validated<unknown>, story: Story | undefined, more: string[] = [], url?: string, notFound = false): StoryResult {
  const issues = [...v.errors.map((e) => e.message), ...more];
  return {
    story,
    issues,
    warnings: v.warnings,
    error: issues.length ? fail(issues, notFound ? 'not-found' : 'invalid', url) : undefined,
  };
}

/** A Story object given by script. */
export function fromObject(input: unknown): StoryResult {
  const v = validateStory(input);
  return fromValidated(v, v.value);
}

/** A validated document (inline JSON or `src`): the story it holds or the one picked from it. */
export function fromDocument(v: Validated<DataDocument>, storyId: string | undefined, lang: string, url?: string): StoryResult {
  if (!v.value) return fromValidated(v, undefined, [], url);
  const picked = selectStory(v.value, { storyId, lang });
  return fromValidated(v, picked.story, picked.error ? [picked.error] : [], url, !!(storyId && picked.error));
}

/** The text of a child `<script type="application/json">`. */
export function fromJson(json: string, storyId: string | undefined, lang: string): StoryResult {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (e) {
    return { issues: ['the inline <script type="application/json"> is not valid JSON'], warnings: [], error: new SourceError('json', 'the inline <script type="application/json"> is not valid JSON', { cause: e }) };
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
  for (const [prop, attr, field, key] of FIELDS) {
    const raw = a[prop];
    if (raw == null) continue;
    let v: unknown = raw;
    if (prop === 'image' || prop === 'ctaHref') {
      v = safeUrl(raw);
      if (v === undefined) warn(`${attr}: URL dropped (only http:, https:, mailto: and relative URLs are allowed)`);
    } else if (prop === 'summary') v = raw.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
    else if (prop === 'values') v = parseValueList(raw);
    s[field] = key ? { ...(s[field] as object), [key]: v } : v;
  }
  return s as unknown as Story;
}

/** The child JSON script, the named slots in use, and whether any other light DOM is there. */
export function readLight(host: Element): { json?: string; slotted: Set<string>; fallback: boolean } {
  let json: string | undefined;
  const slotted = new Set<string>();
  let fallback = false;
  for (const n of host.childNodes) {
    // Other scripts (JSON-LD for search engines, say) are neither data nor fallback.
    if (n instanceof HTMLScriptElement) json ??= n.type === 'application/json' ? n.text : undefined;
    else if (n instanceof Element) n.slot ? slotted.add(n.slot) : (fallback = true);
    else if (n.nodeType === Node.TEXT_NODE && n.textContent!.trim()) fallback = true;
  }
  return { json, slotted, fallback };
}

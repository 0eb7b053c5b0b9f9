/** The text a translated quote was translated from. */
export interface OriginalText {
  text: string;
  lang?: string;
}

/** One quotation, optionally tied to a value it illustrates. */
export interface Quote {
  text: string;
  author?: string;
  /** The value the quote carries; its word is highlighted where it appears in `text`. */
  value?: string;
  /** URL of the quote's source. */
  cite?: string;
  /** Language of `text`. */
  lang?: string;
  /** Present when `text` is a translation. */
  original?: OriginalText;
}

/** The person or company a story is about. */
export interface Subject {
  name?: string;
  role?: string;
  image?: string;
  imageAlt?: string;
}

/** One step of a story's timeline. */
export interface Milestone {
  date?: string;
  label?: string;
}

/** The link a story invites readers to follow. */
export interface CallToAction {
  label?: string;
  href?: string;
}

/** Where a story comes from. */
export interface Source {
  name?: string;
  href?: string;
}

/** A story as the elements use it, after validation: `summary` is always a list. */
export interface Story {
  id?: string;
  lang?: string;
  title: string;
  kicker?: string;
  category?: string;
  subject?: Subject;
  summary?: string[];
  milestones?: Milestone[];
  values?: string[];
  quotes?: Quote[];
  cta?: CallToAction;
  source?: Source;
}

/** A story as authors may write it: `summary` may be one string. */
export interface StoryInput extends Omit<Story, 'summary'> {
  summary?: string | string[];
}

/** Several stories in one file, e.g. one per language. */
export interface Collection {
  stories: Story[];
}

/** A collection as authors may write it. */
export interface CollectionInput {
  stories: StoryInput[];
}

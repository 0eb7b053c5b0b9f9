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

export interface Subject {
  name?: string;
  role?: string;
  image?: string;
  imageAlt?: string;
}

export interface Milestone {
  date?: string;
  label?: string;
}

export interface CallToAction {
  label?: string;
  href?: string;
}

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
export type StoryInput = Omit<Story, 'summary'> & { summary?: string | string[] };

export interface Collection {
  stories: Story[];
}

export interface CollectionInput {
  stories: StoryInput[];
}

/**
 * Checks the form with the elements' own validator and says each problem next to its field,
 * in the reader's language. The validator's paths name the story's fields; `fieldOfPath` turns
 * them into the form's.
 */
import { validateStory } from '../../src/data/validate.js';
import type { Story } from '../../src/data/types.js';
import { fieldOfPath, storyInput, type Draft } from './draft.js';
import type { Language } from '../../tools/fields.js';

export interface FieldProblem {
  /** The form field, as a dotted path (`quotes.2.text`). */
  field: string;
  message: string;
}

export interface DraftCheck {
  /** The story as the elements would show it; undefined when it cannot be shown. */
  story: Story | undefined;
  /** Every problem, by field; an empty list means the story is good to publish. */
  problems: FieldProblem[];
}

const MESSAGES = {
  fr: {
    required: 'Ce champ est obligatoire.',
    url: 'Ce lien ne sera pas utilisé : seuls les liens http:, https:, mailto: et les chemins de votre site sont acceptés.',
    other: (expected: string) => `Valeur refusée (attendu : ${expected}).`,
  },
  en: {
    required: 'This field is required.',
    url: 'This link will not be used: only http:, https:, mailto: links and paths on your site are accepted.',
    other: (expected: string) => `Value refused (expected ${expected}).`,
  },
};

/** Validates the form's story as `<success-story>` would, and places every message. */
export function checkDraft(draft: Draft, language: Language): DraftCheck {
  const { input, origins } = storyInput(draft);
  const { value, errors, warnings } = validateStory(input);
  const messages = MESSAGES[language];
  const problems: FieldProblem[] = errors.map((issue) => ({
    field: fieldOfPath(issue.path, origins),
    message: issue.expected.startsWith('a non-empty') ? messages.required : messages.other(issue.expected),
  }));
  // A dropped link is a warning for the elements (the story still shows), but the reader
  // should know the button or the image will be missing: it is a problem of its field.
  for (const warning of warnings) {
    const path = warning.slice(0, warning.indexOf(': '));
    problems.push({ field: fieldOfPath(path, origins), message: messages.url });
  }
  return { story: value, problems };
}

import type { Quote } from '../data/types.js';
import { validateQuotes, type Validated, type DataDocument } from '../data/validate.js';
import { selectQuotes } from '../data/select.js';

/**
 * What one data source gave: the quotes it offers (none while pending or when nothing in it
 * is valid), the messages about what was dropped, and the error to report, if any.
 */
export interface SourceResult {
  quotes?: Quote[];
  issues: string[];
  warnings: string[];
  error?: Error;
  pending?: boolean;
}

/** A result that only reports an error. */
export const failed = (error: Error, issue = error.message): SourceResult => ({ issues: [issue], warnings: [], error });

const fromValidated = <T>(v: Validated<T>, quotes: Quote[] | undefined, more: string[] = []): SourceResult => {
  const issues = [...v.errors.map((e) => e.message), ...more];
  if (quotes && !quotes.length) issues.push('no quotes to show');
  return {
    quotes: quotes?.length ? quotes : undefined,
    issues,
    warnings: v.warnings,
    error: issues.length ? new Error(issues.join('\n')) : undefined,
  };
};

/** Quote objects given by script or by the light DOM. */
export const fromQuotes = (input: unknown): SourceResult => {
  const v = validateQuotes(input);
  return fromValidated(v, v.value);
};

/** The `quotes` attribute: a JSON array of Quote objects. */
export function fromJson(json: string): SourceResult {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return failed(new SyntaxError('the quotes attribute is not valid JSON'));
  }
  return fromQuotes(data);
}

/** A validated `src` document: its quotes, or the quotes of the chosen story. */
export function fromDocument(v: Validated<DataDocument>, storyId: string | undefined, lang: string): SourceResult {
  if (!v.value) return fromValidated(v, undefined);
  const picked = selectQuotes(v.value, { storyId, lang });
  return fromValidated(v, picked.quotes, picked.error ? [picked.error] : []);
}

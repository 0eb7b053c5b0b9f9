/**
 * The one way both elements get their data: the first source present wins; what it gives is
 * validated and reported once (console, load and error events); while it loads, or after it
 * failed, the element says what stays on screen.
 */
import { SourceError, type SourceErrorKind } from '../data/load.js';
import type { Validated } from '../data/validate.js';
import type { EventQueue } from './events.js';
import type { Warner } from './warn.js';

/** What reading one data set gave. */
export interface Outcome<T> {
  /** What can be shown; absent when nothing usable is left. */
  data?: T;
  /** Console messages: unsafe links dropped, then every rejected field, each with its path. */
  warnings: string[];
  /** Set when anything was rejected; technical, for the console and the error event. */
  error?: Error;
}

/** A source that is there: what its data set is made of now, and how to read it. */
export interface SourceReading<T> {
  /** Compared item by item with the last one: any change is a new data set, read and reported again. */
  key: readonly unknown[];
  /** Reads the data set; undefined while it is still on its way (a `src` loading). */
  read(): Outcome<T> | undefined;
}

/** A source in the order of preference: its reading, or a falsy value when it is not there. */
export type MaybeSource<T> = SourceReading<T> | false | null | undefined | '';

/** A last step between the data and the screen (a story's attribute overrides). */
export interface Refinement<T> {
  /** What the step depends on besides the data: a change is reported again. */
  key: readonly unknown[];
  /** The data as shown, or an error when it cannot be shown; `warn` reports what it dropped. */
  apply(data: T, warn: (message: string) => void): { data?: T; error?: Error };
}

/** How a pipeline reports to its element. */
export interface Reporting {
  warner: Warner;
  /** Where the element's events wait for the end of the update. */
  eventQueue: Pick<EventQueue, 'add'>;
}

export const sameItems = (a: readonly unknown[], b: readonly unknown[]): boolean =>
  a.length == b.length && a.every((item, i) => item === b[i]);

/** The outcome of validated data: its warnings, then every rejected path, in one error. */
export function outcomeOf<T>(
  validated: Pick<Validated<unknown>, 'errors' | 'warnings'>,
  data: T | undefined,
  { issue, kind = 'invalid', url }: { issue?: string; kind?: SourceErrorKind; url?: string } = {},
): Outcome<T> {
  const issues = validated.errors.map((e) => e.message);
  if (issue) issues.push(issue);
  return {
    data,
    warnings: [...validated.warnings, ...issues],
    error: issues.length ? new SourceError(kind, issues.join('\n'), { url }) : undefined,
  };
}

/** JSON text from the page (an attribute, an inline script), parsed and read, or why it is not JSON. */
export function outcomeOfJson<T>(json: string, what: string, read: (input: unknown) => Outcome<T>): Outcome<T> {
  let input: unknown;
  try {
    input = JSON.parse(json);
  } catch (cause) {
    const message = `${what} is not valid JSON`;
    return { warnings: [message], error: new SyntaxError(message, { cause }) };
  }
  return read(input);
}

/**
 * Picks, reads and reports the data of one element; each element's controller extends it with
 * its own sources. Call `resolve()` before each render with the sources as they are: it reads a
 * source again only when what it is made of changed, and reports only a new outcome, so
 * warnings and events are never repeated by a re-render. The events are `{name}-load`, whose
 * detail holds the data as `{name}`, and `{name}-error`.
 */
export class DataPipeline<T> {
  /** What to show: the winner's data, else (while it loads or after it failed) what was shown before, if kept. */
  data?: T;
  /** The winning source is still loading. */
  pending = false;
  /** The error of the data set on show, if any. */
  error?: Error;

  /** Which source won last (its rank first) and what its data set was made of. */
  private _winnerKey: readonly unknown[] = [];
  private _outcome?: Outcome<T>;
  /** The data the sources gave last, before any refinement. */
  protected _sourceData?: T;
  private _reportedKey: readonly unknown[] = [];
  /** What the data on show made the element say: forgotten when another data set comes. */
  private _dataWarnings: string[] = [];

  constructor(
    private readonly _name: string,
    protected readonly _reporting: Reporting,
  ) {}

  /** Reads and reports what changed; true when `data` is another value. */
  protected resolve(sources: readonly MaybeSource<T>[], refinement?: Refinement<T>): boolean {
    const rank = sources.findIndex(Boolean);
    const winner = sources[rank] || undefined;
    const winnerKey = [rank, ...(winner?.key ?? [])];
    const sameSource = rank === this._winnerKey[0];
    if (!sameItems(winnerKey, this._winnerKey)) {
      this._winnerKey = winnerKey;
      this._outcome = winner?.read();
    }
    const outcome = this._outcome;
    this.pending = !!winner && !outcome;
    const sourceData = (this._sourceData = winner && (outcome?.data ?? this._dataWhileMissing(sources, winner, sameSource)));
    const reportKey = [outcome, sourceData, ...(refinement?.key ?? [])];
    if (sameItems(reportKey, this._reportedKey)) return false;
    const newDataSet = outcome !== this._reportedKey[0];
    this._reportedKey = reportKey;
    const { warner, eventQueue } = this._reporting;
    // What the data said is said again for a new data set; what the element said of its own
    // attributes stays said once.
    if (newDataSet) {
      warner.forget(this._dataWarnings);
      this._dataWarnings = [];
    }
    const warn = (message: string) => {
      this._dataWarnings.push(message);
      warner.warn(message);
    };
    if (newDataSet) outcome?.warnings.forEach(warn);
    const refined = sourceData && refinement ? refinement.apply(sourceData, warn) : { data: sourceData };
    const error = (this.error = refined.error ?? outcome?.error);
    const previous = this.data;
    this.data = refined.data;
    const name = this._name;
    if (error && (newDataSet || refined.error)) eventQueue.add(`${name}-error`, { error });
    // Only data the winner gave is announced: what stays on screen after a failure is not new.
    if (refined.data && outcome?.data) eventQueue.add(`${name}-load`, { [name]: refined.data });
    return refined.data !== previous;
  }

  /**
   * What to show while the winner loads or after it failed (`sameSource` when the source that won
   * before is still the winner): what that source gave last, else nothing. A subclass may say more.
   */
  protected _dataWhileMissing(_sources: readonly MaybeSource<T>[], _winner: SourceReading<T>, sameSource: boolean): T | undefined {
    return sameSource ? this._sourceData : undefined;
  }
}

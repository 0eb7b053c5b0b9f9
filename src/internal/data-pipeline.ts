/**
 * The one way both elements get their data: the first source present wins; what it gives is
 * validated and reported once (console, load and error events); while it loads, or after it
 * failed, what was shown stays on screen.
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

/** One place the data can come from. */
export interface DataSource<T> {
  /**
   * What the source's data set is made of now, compared item by item: any change is a new data
   * set, read and reported again. Undefined when the source is not there.
   */
  inputs(): readonly unknown[] | undefined;
  /** Reads the data set; undefined while it is still on its way (a `src` loading). */
  read(): Outcome<T> | undefined;
}

/** A last step between the data and the screen (a story's attribute overrides). */
export interface Refinement<T> {
  /** What the step depends on besides the data: a change is reported again. */
  inputs(): readonly unknown[];
  /** The data as shown, or an error when it cannot be shown; `warn` reports what it dropped. */
  apply(data: T, warn: (message: string) => void): { data?: T; error?: Error };
}

/** How a pipeline reports to its element. */
export interface PipelineOptions<T> {
  /** The sources, the one that wins first. */
  sources: readonly DataSource<T>[];
  /** While the winner loads or after it failed, keep the data shown before (else show nothing). */
  keepShownData?: boolean;
  /** While the winner loads or after it failed, with nothing shown yet, show the first other source that has data. */
  fallBackToOtherSources?: boolean;
  refinement?: Refinement<T>;
  /** Names of the events, and the load event's detail. */
  events: { load: string; error: string; loadDetail(data: T): unknown };
  /** Where the element's events wait for the end of the update. */
  eventQueue: Pick<EventQueue, 'add'>;
  warner: Warner;
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
 * Picks, reads and reports the data of one element. Call `update()` before each render: it
 * reads a source again only when what it is made of changed, and reports only a new outcome,
 * so warnings and events are never repeated by a re-render.
 */
export class DataPipeline<T> {
  /** What to show: the winner's data, else (while it loads or after it failed) what was shown before, if kept. */
  data?: T;
  /** The winning source is still loading. */
  pending = false;
  /** The error of the data set on show, if any. */
  error?: Error;

  private _winner?: DataSource<T>;
  private _winnerInputs: readonly unknown[] = [];
  private _outcome?: Outcome<T>;
  /** The data the sources gave last, before any refinement. */
  private _sourceData?: T;
  private _reportedInputs: readonly unknown[] = [];

  constructor(private readonly _options: PipelineOptions<T>) {}

  /** Reads and reports what changed; true when `data` is another value. */
  update(): boolean {
    const { sources, refinement } = this._options;
    let winner: DataSource<T> | undefined;
    let inputs: readonly unknown[] = [];
    for (const source of sources) {
      const present = source.inputs();
      if (present) {
        winner = source;
        inputs = present;
        break;
      }
    }
    if (winner !== this._winner || !sameItems(inputs, this._winnerInputs)) {
      this._winner = winner;
      this._winnerInputs = inputs;
      this._outcome = winner?.read();
      this.pending = !!winner && !this._outcome;
    }
    const outcome = this._outcome;
    const kept = this._options.keepShownData ? this._sourceData : undefined;
    const sourceData = !winner ? undefined : (outcome?.data ?? kept ?? this._fallback(winner));
    this._sourceData = sourceData;
    const reportInputs = [outcome, this.pending, sourceData, ...(refinement?.inputs() ?? [])];
    if (sameItems(reportInputs, this._reportedInputs)) return false;
    const newDataSet = outcome !== this._reportedInputs[0];
    this._reportedInputs = reportInputs;
    return this._report(outcome, sourceData, newDataSet);
  }

  private _fallback(winner: DataSource<T>): T | undefined {
    if (!this._options.fallBackToOtherSources) return undefined;
    for (const source of this._options.sources) {
      if (source === winner || !source.inputs()) continue;
      const data = source.read()?.data;
      if (data) return data;
    }
    return undefined;
  }

  private _report(outcome: Outcome<T> | undefined, sourceData: T | undefined, newDataSet: boolean): boolean {
    const { refinement, events, warner, eventQueue } = this._options;
    if (newDataSet) {
      warner.forget();
      outcome?.warnings.forEach((warning) => warner.warn(warning));
    }
    const refined = sourceData && refinement ? refinement.apply(sourceData, warner.warn) : { data: sourceData };
    const error = refined.error ?? outcome?.error;
    const previous = this.data;
    this.data = refined.data;
    this.error = error;
    if (error && (newDataSet || refined.error)) eventQueue.add(events.error, { error });
    // Only data the winner gave is announced: what stays on screen after a failure is not new.
    if (refined.data && outcome?.data) eventQueue.add(events.load, events.loadDetail(refined.data));
    return refined.data !== previous;
  }
}

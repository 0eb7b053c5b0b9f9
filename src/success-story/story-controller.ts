import type { ReactiveControllerHost } from 'lit';
import { SourceError } from '../data/load.js';
import type { Story, StoryInput } from '../data/types.js';
import { validateDocument } from '../data/validate.js';
import { ChildrenController } from '../internal/children-controller.js';
import { DataPipeline, outcomeOfJson } from '../internal/data-pipeline.js';
import { RemoteSource } from '../internal/remote-source.js';
import type { EventQueue } from '../internal/events.js';
import type { Warner } from '../internal/warn.js';
import {
  ATTRIBUTE_FIELDS, outcomeOfDocument, outcomeOfStory, readStoryLightDom, withAttributes,
  type StoryAttributes, type StoryLightDom,
} from './story-sources.js';

/** What the element's sources hold now; read before each render. */
export interface StoryInputs {
  story?: Story | StoryInput | null;
  src?: string | null;
  lazy: boolean;
  storyId?: string | null;
  lang: string;
  attributes: StoryAttributes;
}

/** How the controller talks to its element. */
export interface StoryControllerOptions {
  inputs(): StoryInputs;
  warner: Warner;
  eventQueue: Pick<EventQueue, 'add'>;
}

/**
 * The story to show: the first data source present wins (property, inline JSON, `src`, the
 * attributes alone), then the attributes are laid over it. While `src` loads, or after it
 * failed, the story on show stays.
 */
export class StoryController {
  /** The light DOM as last read: the inline JSON, the slots in use, the fallback. */
  lightDom: StoryLightDom = { slotted: new Set(), hasFallback: false };

  private readonly _pipeline: DataPipeline<Partial<Story>>;
  private readonly _remote: RemoteSource<Partial<Story>>;
  private readonly _children: ChildrenController;
  private _lightDomVersion?: number;
  /** What the element's sources held at the start of the update under way. */
  private _inputs!: StoryInputs;

  constructor(
    private readonly _host: ReactiveControllerHost & Element,
    private readonly _options: StoryControllerOptions,
  ) {
    const inputs = () => this._inputs;
    const selection = () => ({ storyId: inputs().storyId || undefined, lang: inputs().lang });
    this._children = new ChildrenController(_host);
    this._remote = new RemoteSource<Partial<Story>>(_host, {
      what: 'src',
      selection: () => [inputs().storyId, inputs().lang],
      select: (document, url) => outcomeOfDocument(document, selection(), url),
    });
    const attributeValues = () => ATTRIBUTE_FIELDS.map((field) => inputs().attributes[field]);
    this._pipeline = new DataPipeline({
      sources: [
        { inputs: () => (inputs().story != null ? [inputs().story] : undefined), read: () => outcomeOfStory(inputs().story) },
        {
          inputs: () => (this.lightDom.json != null ? [this.lightDom.json, inputs().storyId, inputs().lang] : undefined),
          read: () =>
            outcomeOfJson(this.lightDom.json!, 'the inline <script type="application/json">', (input) =>
              outcomeOfDocument(validateDocument(input), selection()),
            ),
        },
        this._remote,
        // The attributes alone: an empty story that the refinement fills.
        { inputs: () => (attributeValues().some((value) => value != null) ? [] : undefined), read: () => ({ data: {}, warnings: [] }) },
      ],
      refinement: {
        inputs: () => [this.lightDom.slotted.has('heading'), ...attributeValues()],
        apply: (story, warn) => {
          const shown = withAttributes(story, inputs().attributes, warn);
          if (shown.title || this.lightDom.slotted.has('heading')) return { data: shown };
          const message = 'heading: expected a string';
          warn(message);
          return { error: new SourceError('invalid', message) };
        },
      },
      events: { load: 'story-load', error: 'story-error', loadDetail: (story) => ({ story }) },
      warner: _options.warner,
      eventQueue: _options.eventQueue,
    });
  }

  /** The story on show, once it has a title (or a slotted heading). */
  get story(): Story | undefined {
    return this._pipeline.data as Story | undefined;
  }

  /** `src` is loading. */
  get pending(): boolean {
    return this._pipeline.pending;
  }

  /** What went wrong with the data on show, if anything. */
  get error(): Error | undefined {
    return this._pipeline.error;
  }

  /** Reads the sources again; true when the story on show changed. */
  update(): boolean {
    const inputs = (this._inputs = this._options.inputs());
    if (this._children.version !== this._lightDomVersion) {
      this._lightDomVersion = this._children.version;
      this.lightDom = readStoryLightDom(this._host);
    }
    // A story given by a higher source needs no request.
    this._remote.sync(inputs.story == null && this.lightDom.json == null ? inputs.src : undefined, inputs.lazy);
    return this._pipeline.update();
  }
}

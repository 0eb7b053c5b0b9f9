import type { ReactiveControllerHost } from 'lit';
import { SourceError } from '../data/load.js';
import type { Story, StoryInput } from '../data/types.js';
import { validateDocument } from '../data/validate.js';
import { ChildrenController } from '../internal/children-controller.js';
import { DataPipeline, outcomeOfJson, type PipelineOptions } from '../internal/data-pipeline.js';
import { RemoteSource } from '../internal/remote-source.js';
import {
  ATTRIBUTE_FIELDS, outcomeOfDocument, outcomeOfStory, readStoryLightDom, withAttributes,
  type StoryAttributes, type StoryLightDom,
} from './story-sources.js';

/** What the element's sources hold now. */
export interface StoryInputs {
  story?: Story | StoryInput | null;
  src?: string | null;
  lazy: boolean;
  storyId?: string | null;
  lang: string;
  attributes: StoryAttributes;
}

/** How the controller reports to its element. */
export type StoryControllerOptions = Pick<PipelineOptions<Partial<Story>>, 'warner' | 'eventQueue'>;

/**
 * The story to show: the first data source present wins (property, inline JSON, `src`, the
 * attributes alone), then the attributes are laid over it.
 */
export class StoryController {
  /** The light DOM as last read: the inline JSON, the slots in use, the fallback. */
  lightDom: StoryLightDom = { slotted: new Set(), hasFallback: false };

  private readonly _pipeline: DataPipeline<Partial<Story>>;
  private readonly _remote: RemoteSource;
  private readonly _children: ChildrenController;
  private _lightDomVersion?: number;

  constructor(
    private readonly _host: ReactiveControllerHost & Element,
    options: StoryControllerOptions,
  ) {
    this._children = new ChildrenController(_host);
    this._remote = new RemoteSource(_host, 'src');
    this._pipeline = new DataPipeline({
      events: { load: 'story-load', error: 'story-error', loadDetail: (story) => ({ story }) },
      ...options,
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

  /** Reads the sources as they are now; true when the story on show changed. */
  update({ story, src, lazy, storyId, lang, attributes }: StoryInputs): boolean {
    if (this._children.version !== this._lightDomVersion) {
      this._lightDomVersion = this._children.version;
      this.lightDom = readStoryLightDom(this._host);
    }
    const { json, slotted } = this.lightDom;
    const selection = { storyId: storyId || undefined, lang };
    // A story given by a higher source needs no request.
    this._remote.sync(story == null && json == null ? src : undefined, lazy);
    const attributeValues = ATTRIBUTE_FIELDS.map((field) => attributes[field]);
    const headingSlotted = slotted.has('heading');
    return this._pipeline.update(
      [
        story != null && { key: [story], read: () => outcomeOfStory(story) },
        json != null && {
          key: [json, storyId, lang],
          read: () => outcomeOfJson(json, 'the inline <script type="application/json">', (input) => outcomeOfDocument(validateDocument(input), selection)),
        },
        this._remote.reading([storyId, lang], (document, url) => outcomeOfDocument(document, selection, url)),
        // The attributes alone: an empty story that the refinement fills.
        attributeValues.some((value) => value != null) && { key: [], read: () => ({ data: {}, warnings: [] }) },
      ],
      {
        key: [headingSlotted, ...attributeValues],
        apply: (data, warn) => {
          const shown = withAttributes(data, attributes, warn);
          if (shown.title || headingSlotted) return { data: shown };
          const message = 'heading: expected a string';
          warn(message);
          return { error: new SourceError('invalid', message) };
        },
      },
    );
  }
}

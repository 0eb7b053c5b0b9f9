import type { ReactiveControllerHost } from 'lit';
import { SourceError } from '../data/load.js';
import type { Story, StoryInput } from '../data/types.js';
import { validateDocument } from '../data/validate.js';
import { ChildrenController } from '../internal/children-controller.js';
import { DataPipeline, outcomeOfJson, type Reporting } from '../internal/data-pipeline.js';
import { SourceController } from '../internal/source-controller.js';
import {
  ATTRIBUTE_FIELDS, outcomeOfDocument, outcomeOfStory, readStoryLightDom, withAttributes,
  type StoryAttributes, type StoryLightDom,
} from './story-sources.js';

/** The element as its story controller sees it: the public properties that hold its sources. */
export interface StoryHost extends ReactiveControllerHost, Element, StoryAttributes {
  story?: Story | StoryInput | null;
  src?: string | null;
  storyId?: string | null;
  loading: string;
}

/**
 * The story to show: the first data source present wins (property, inline JSON, `src`, the
 * attributes alone), then the attributes are laid over it.
 */
export class StoryController extends DataPipeline<Partial<Story>> {
  /** The light DOM as last read: the inline JSON, the slots in use, the fallback. */
  lightDom: StoryLightDom = { slotted: new Set(), hasFallback: false };

  private readonly _children = new ChildrenController(this._host);
  private readonly _remote = new SourceController(this._host, 'src');
  private _lightDomVersion?: number;

  constructor(
    private readonly _host: StoryHost,
    reporting: Reporting,
  ) {
    super('story', reporting);
  }

  /** The story on show, once it has a title (or a slotted heading). */
  get story(): Story | undefined {
    return this.data as Story | undefined;
  }

  /** Reads the sources as they are now, for an element in `lang`; true when the story on show changed. */
  update(lang: string): boolean {
    const host = this._host;
    const { story, storyId } = host;
    if (this._children.version !== this._lightDomVersion) {
      this._lightDomVersion = this._children.version;
      this.lightDom = readStoryLightDom(this._host);
    }
    const { json, slotted } = this.lightDom;
    const selection = { storyId: storyId || undefined, lang };
    // A story given by a higher source needs no request.
    this._remote.sync(story == null && json == null ? host.src : undefined, host.loading === 'lazy');
    const attributeValues = ATTRIBUTE_FIELDS.map((field) => host[field]);
    const headingSlotted = slotted.has('heading');
    return this.resolve(
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
          const shown = withAttributes(data, host, warn);
          if (shown.title || headingSlotted) return { data: shown };
          const message = 'heading: expected a string';
          warn(message);
          return { error: new SourceError('invalid', message) };
        },
      },
    );
  }
}

/**
 * The three snippets on show, each with its copy button and a status that confirms the copy.
 * They are written from the last story that passed validation, like the preview.
 */
import type { Story } from '../../src/data/types.js';
import { snippet, type SnippetKind } from './snippets.js';
import type { BuilderStrings } from './strings.js';
import { elementOf, type WidgetSettings } from './widget.js';

export class SnippetsView {
  constructor(private container: HTMLElement, private strings: BuilderStrings) {
    container.addEventListener('click', (event) => {
      const button = (event.target as Element).closest<HTMLButtonElement>('button[data-snippet]');
      if (button) void this.copy(button.dataset.snippet as SnippetKind);
    });
  }

  private part(kind: SnippetKind, name: string): HTMLElement {
    return this.container.querySelector<HTMLElement>(`[data-snippet-${name}="${kind}"]`)!;
  }

  update(story: Story | undefined, widget: WidgetSettings): void {
    const usable = story && (elementOf(widget) === 'success-story' || story.quotes?.length);
    for (const kind of ['src', 'html', 'inline'] as const) {
      this.part(kind, 'code').textContent = usable ? snippet(kind, story, widget) : '';
      this.part(kind, 'status').textContent = '';
      this.container.querySelector<HTMLButtonElement>(`button[data-snippet="${kind}"]`)!.disabled = !usable;
    }
  }

  /** Copies with the Clipboard API; where it is refused, selects the code and says so. */
  private async copy(kind: SnippetKind): Promise<void> {
    const code = this.part(kind, 'code');
    const status = this.part(kind, 'status');
    status.textContent = '';
    try {
      await navigator.clipboard.writeText(code.textContent ?? '');
      status.textContent = this.strings.copied;
    } catch {
      getSelection()?.selectAllChildren(code);
      status.textContent = this.strings.copyFailed;
    }
  }
}

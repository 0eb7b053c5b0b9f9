/**
 * The story builder's page: a form for a story and the widget's settings, a live preview made
 * of the real elements, the three snippets to copy, import, export and a "start over". The
 * work is saved in localStorage at every change.
 */
import example from '../data/alibaba.json';
import { emptyDraft } from './draft.js';
import type { Language } from '../../tools/fields.js';
import { exportDraft, importDocument, importJson, type Imported } from './import-export.js';
import { Preview } from './preview.js';
import { SnippetsView } from './snippets-view.js';
import { forgetWork, loadWork, saveWork } from './storage.js';
import { StoryForm } from './story-form.js';
import { stringsOf } from './strings.js';
import { checkDraft } from './validation.js';
import { WidgetForm } from './widget-form.js';
import { defaultWidget } from './widget.js';

const language: Language = document.documentElement.lang === 'fr' ? 'fr' : 'en';
const strings = stringsOf(language);
const byId = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;

const announcer = byId('builder-announcer');
/** Says `message` in the live region, again even when it is the same as the last one. */
function announce(message: string): void {
  announcer.textContent = '';
  setTimeout(() => (announcer.textContent = message), 50);
}
const workStatus = byId('work-status');
function tell(message: string): void {
  workStatus.textContent = message;
}

/**
 * The demo's story, read as an import. It ships inside this script so that a first visit draws
 * the form already filled: a form that grew once a file arrived would push the page down.
 * Its relative links are resolved against the file's place in the demo.
 */
function readExample(): Imported {
  return importDocument(example, language, strings, new URL(byId('builder').dataset.example!, location.href).href);
}

const saved = loadWork();
const firstDraft = saved ? saved.draft : readExample().draft ?? emptyDraft(language);
const storyForm = new StoryForm(byId<HTMLFormElement>('story-form'), firstDraft, { language, strings, onChange: update, announce });
const widgetForm = new WidgetForm(byId('widget-form'), saved?.widget ?? defaultWidget(), { language, strings, onChange: update, announce });
const preview = new Preview(byId('preview'), strings);
const snippets = new SnippetsView(byId('snippets'), strings);
const problemCount = byId('problem-count');

/** Checks the draft, then brings every view and the saved work up to date. */
function update(edited?: string): void {
  const check = checkDraft(storyForm.draft, language);
  storyForm.showProblems(check.problems, edited);
  preview.update(check.story, check.problems.length, widgetForm.widget);
  snippets.update(preview.story, widgetForm.widget);
  problemCount.textContent = check.problems.length ? strings.problemsLeft(check.problems.length) : '';
  problemCount.hidden = !check.problems.length;
  saveWork({ draft: storyForm.draft, widget: widgetForm.widget });
}

/** Puts an imported document in the form, or says why not. */
function applyImport(imported: Imported): boolean {
  tell(imported.message);
  if (!imported.draft) return false;
  storyForm.setDraft(imported.draft);
  if (imported.quotesOnly) widgetForm.setWidget({ ...widgetForm.widget, choices: { ...widgetForm.widget.choices, element: 'value-quote' } });
  preview.clear();
  update();
  return true;
}


byId('import-paste-button').addEventListener('click', () => {
  const field = byId<HTMLTextAreaElement>('import-paste');
  if (applyImport(importJson(field.value, language, strings))) field.value = '';
});
byId<HTMLInputElement>('import-file').addEventListener('change', async (event) => {
  const input = event.target as HTMLInputElement;
  const file = input.files?.[0];
  if (file) applyImport(importJson(await file.text(), language, strings));
  input.value = '';
});
byId('load-example').addEventListener('click', () => {
  if (applyImport(readExample())) tell(strings.exampleLoaded);
});
byId('export').addEventListener('click', () => {
  exportDraft(storyForm.draft);
  const count = checkDraft(storyForm.draft, language).problems.length;
  tell(count ? strings.exportedWithProblems(count) : strings.exported);
});

// "Start over" asks first: the work cannot be brought back.
const confirmation = byId('confirm-start-over');
byId('start-over').addEventListener('click', () => {
  confirmation.hidden = false;
  byId('confirm-no').focus();
});
byId('confirm-no').addEventListener('click', () => {
  confirmation.hidden = true;
  byId('start-over').focus();
});
byId('confirm-yes').addEventListener('click', () => {
  confirmation.hidden = true;
  forgetWork();
  storyForm.setDraft(emptyDraft(language));
  widgetForm.setWidget(defaultWidget());
  preview.clear();
  update();
  tell(strings.startedOver);
  document.querySelector<HTMLElement>('#story-form [data-path="title"]')!.focus();
});

update();
// A first visit starts from the demo's story, so there is something to see and change.
if (!saved) tell(strings.exampleLoaded);

// The UI strings of every language the package ships (dist/locales/*.js), for HTML written ahead
// of time: a page loads only the language it shows, but a tool that writes a story's fallback
// must write its headings ("Values", "Milestones") in the story's own language, whichever it is.
import { readdirSync } from 'node:fs';

const LOCALES = new URL('../dist/locales/', import.meta.url);

/** Registers every shipped language's strings with the renderer (each file queues its own table). */
export async function loadEveryLanguage() {
  const files = readdirSync(LOCALES).filter((file) => file.endsWith('.js'));
  await Promise.all(files.map((file) => import(new URL(file, LOCALES).href)));
}

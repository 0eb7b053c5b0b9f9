import { validateCollection } from '../../src/data/validate.js';
import type { Story } from '../../src/data/types.js';

/** URL of the demo's story file (French and English). */
export const DEMO_DATA = '/demo/data/alibaba.json';

/**
 * The demo stories as an app holds them after fetching the file: validated, with relative
 * links (the portrait) resolved against the file's URL, as the elements do for `src`.
 */
export async function demoStories(): Promise<Story[]> {
  const url = new URL(DEMO_DATA, location.href).href;
  const { value, errors } = validateCollection(await (await fetch(url)).json(), { base: url });
  if (!value || errors.length) throw new Error(`demo data: ${errors.map((e) => e.message).join('; ')}`);
  return value.stories;
}

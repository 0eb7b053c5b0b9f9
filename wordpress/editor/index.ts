/**
 * The editor script of the plugin: registers both blocks with the editor's `wp` globals.
 * WordPress loads it in the block editor only (handle `success-story-editor`).
 */
import { registerQuotesBlock } from './quotes-block.js';
import { registerStoryBlock } from './story-block.js';
import type { WordPressApi } from './wordpress-globals.js';

const wp = (window as unknown as { wp: WordPressApi }).wp;
registerStoryBlock(wp);
registerQuotesBlock(wp);

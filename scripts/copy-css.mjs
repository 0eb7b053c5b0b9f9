// Ships the page stylesheet for the light-DOM fallback next to the bundles.
import { copyFileSync, mkdirSync } from 'node:fs';

mkdirSync('dist', { recursive: true });
copyFileSync('src/fallback.css', 'dist/success-story.css');

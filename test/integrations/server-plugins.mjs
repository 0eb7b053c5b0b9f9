// Test-server plugins that let the integration tests run real framework code in Chromium:
// React 19 (CommonJS only) pre-bundled as one ES module, Vue 3's browser build, Svelte
// components compiled on request, and a CDN-like URL that serves the package's own files.
import { readFileSync, statSync } from 'node:fs';
import { build } from 'esbuild';

const REACT = '/__integrations__/react.js';
// Svelte and esm-env pick their client code with the "browser" export condition, which the
// test server's resolver (conditions: development, import, default) does not set.
const BROWSER_PACKAGES = /^(svelte|esm-env)(\/.*)?$/;
const CONDITIONS = ['browser', 'development', 'import', 'default'];

function browserExport(source) {
  const [, name, sub = ''] = source.match(BROWSER_PACKAGES);
  const { exports } = JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8'));
  let target = exports[`.${sub}`];
  while (target && typeof target === 'object') target = target[CONDITIONS.find((c) => c in target)];
  return target ? `/node_modules/${name}/${target.replace(/^\.\//, '')}` : undefined;
}
const VUE = '/node_modules/vue/dist/vue.esm-browser.prod.js';

// React and ReactDOM must share one React: both bare names resolve to a single bundle.
const REACT_ENTRY = `
import React from 'react';
import * as ReactDOM from 'react-dom';
import { createRoot } from 'react-dom/client';
export default React;
export const { createElement, useState } = React;
export const { flushSync } = ReactDOM;
export { createRoot };
`;

function frameworks() {
  let react;
  return {
    name: 'integrations:frameworks',
    resolveImport({ source }) {
      if (source === 'react' || source === 'react-dom' || source === 'react-dom/client') return REACT;
      // The browser build: the default `vue` entry is for bundlers (it reads process.env).
      if (source === 'vue') return VUE;
      if (BROWSER_PACKAGES.test(source)) return browserExport(source);
      return undefined;
    },
    async serve(context) {
      if (context.path !== REACT) return undefined;
      react ??= build({
        stdin: { contents: REACT_ENTRY, resolveDir: process.cwd(), loader: 'js' },
        bundle: true, write: false, format: 'esm', target: 'es2022', logLevel: 'error',
        // The development build, so React's own warnings reach the tests' console checks.
        define: { 'process.env.NODE_ENV': '"development"' },
      }).then((out) => out.outputFiles[0].text);
      return { body: await react, type: 'js' };
    },
    resolveMimeType(context) {
      return context.path.endsWith('.svelte') ? 'js' : undefined;
    },
    async transform(context) {
      if (!context.path.endsWith('.svelte')) return undefined;
      const { compile } = await import('svelte/compiler');
      const { js } = compile(context.body, { filename: context.path, generate: 'client' });
      return { body: js.code };
    },
  };
}

// `https://cdn.jsdelivr.net/npm/success-story@VERSION/<file>` serves <file> of the published
// package: here `/npm/success-story@VERSION/<file>` serves it from the package folder, and
// only when `files` in package.json publishes it.
function cdn() {
  const { name, files } = JSON.parse(readFileSync('package.json', 'utf8'));
  const prefix = new RegExp(`^/npm/${name}@[^/]+/`);
  const published = (path) => path === 'package.json' || files.some((f) => path === f || path.startsWith(`${f}/`));
  return {
    name: 'integrations:cdn',
    serve(context) {
      if (!prefix.test(context.path)) return undefined;
      const path = context.path.replace(prefix, '');
      // Anything else falls through to the static server, which has no /npm/ folder: 404.
      if (!published(path) || !statSync(path, { throwIfNoEntry: false })?.isFile()) return undefined;
      const type = path.endsWith('.js') ? 'js' : path.endsWith('.css') ? 'css' : path.endsWith('.json') ? 'json' : 'text';
      return { body: readFileSync(path, 'utf8'), type };
    },
  };
}

export const integrationPlugins = () => [frameworks(), cdn()];

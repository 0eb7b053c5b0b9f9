// A zero-dependency static server for the demo: serves the package folder so the demo pages
// load the built files from /dist exactly as a site owner would.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png',
  '.jpg': 'image/jpeg', '.webp': 'image/webp', '.ico': 'image/x-icon',
};

/**
 * A demo page served from the sources (`node scripts/serve.mjs` serves the repository) names
 * its story and gets the story's HTML here, as `npm run build:demo` writes it; the pages of
 * demo-dist/ are already whole and come out as they are.
 */
async function withDemoStory(body, path) {
  const page = path.split(sep).join('/');
  if (!page.startsWith('demo/') || !page.endsWith('.html') || !body.includes('data-demo-')) return body;
  const { expandDemoPage } = await import('./demo-includes.mjs');
  return expandDemoPage(body.toString('utf8'), page);
}

/**
 * Serves `root` on `port` (0 picks a free one), on every interface or only on `host`;
 * resolves with the listening server.
 */
export function serve(root = '.', port = 8080, host = undefined) {
  const base = resolve(root);
  const server = createServer(async (req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    if (pathname === '/') {
      res.writeHead(302, { location: '/demo/' }).end();
      return;
    }
    // The documentation is built into dist/docs/, next to the bundle its examples load.
    if (pathname === '/docs' || pathname.startsWith('/docs/')) {
      res.writeHead(302, { location: `/dist${pathname === '/docs' ? '/docs/' : pathname}` }).end();
      return;
    }
    // normalize() removes "..", and the prefix check keeps every request inside the folder.
    let file = join(base, normalize(decodeURIComponent(pathname)));
    if (!file.startsWith(base)) {
      res.writeHead(403).end();
      return;
    }
    let body;
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      body = await readFile(file);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    try {
      body = await withDemoStory(body, relative(base, file));
    } catch (error) {
      res.writeHead(500, { 'content-type': 'text/plain' }).end(error.message);
      return;
    }
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    res.end(body);
  });
  return new Promise((done) => server.listen(port, host, () => done(server)));
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const server = await serve(process.argv[2] ?? '.', Number(process.env.PORT ?? 8080));
  console.log(`Demo: http://localhost:${server.address().port}/demo/  (Ctrl+C to stop)`);
}

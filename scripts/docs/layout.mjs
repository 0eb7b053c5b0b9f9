// The frame every documentation page shares: a skip link, the site header, the navigation
// between pages, the page's own content in <main>, and a footer naming the version.
import { html, raw, slug } from './html.mjs';

/**
 * Where the pages may load from: their own origin only, so no page makes a third-party request.
 * Styles may be inline because the theming examples show a `<style>` block that runs as shown.
 */
const CONTENT_SECURITY_POLICY = "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; base-uri 'none'; form-action 'none'";

/** The navigation: every page, in groups; each page's `file` is its name in the output folder. */
export function navigation(pages) {
  const groups = [];
  for (const page of pages) {
    let group = groups.find((g) => g.name === page.group);
    if (!group) groups.push((group = { name: page.group, pages: [] }));
    group.pages.push(page);
  }
  return groups;
}

function navigationMarkup(pages, current) {
  return html`<nav class="site-nav" aria-label="Documentation">
${navigation(pages).map((group) => html`<p class="nav-group" id="nav-${slug(group.name)}">${group.name}</p>
<ul aria-labelledby="nav-${slug(group.name)}">
${group.pages.map((page) => html`<li><a href="${page.file}"${page.file === current.file ? raw(' aria-current="page"') : ''}>${page.navTitle ?? page.title}</a></li>\n`)}</ul>
`)}</nav>`;
}

/**
 * A whole page. `scripts` loads the bundle for pages with live examples; `body` is the
 * markup of <main>, which starts with the page's one <h1>.
 */
export function layout({ page, pages, pkg, body, scripts = false }) {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<meta name="color-scheme" content="light dark">
<title>${page.title} · ${pkg.name} ${pkg.version}</title>
<meta name="description" content="${page.description}">
<link rel="icon" href="favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="docs.css">
${scripts ? html`<link rel="stylesheet" href="../success-story.css">
<script type="module" src="../success-story.js"></script>
` : ''}</head>
<body>
<a class="skip-link" href="#content">Skip to content</a>
<header class="site-header">
<p class="site-name"><a href="index.html">${pkg.name}</a> <span class="version">${pkg.version}</span></p>
</header>
<div class="site-columns">
${navigationMarkup(pages, page)}
<main id="content" tabindex="-1">
${body}
</main>
</div>
<footer class="site-footer">
<p>${pkg.name} ${pkg.version}, ${pkg.license} licence. Generated from <code>custom-elements.json</code> and <code>story.schema.json</code> by <code>npm run build:docs</code>.</p>
</footer>
</body>
</html>
`;
}

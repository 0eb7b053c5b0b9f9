// Runs before the first paint (a classic script in <head>): puts the reader's remembered
// theme on <html> so a dark page never flashes light. The switch itself is in site.js.
(() => {
  let theme = null;
  try {
    theme = localStorage.getItem('demo-theme');
  } catch {
    // Storage can be blocked; the page then follows the system.
  }
  if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
})();

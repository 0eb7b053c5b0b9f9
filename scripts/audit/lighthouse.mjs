// One Lighthouse run on one page, reduced to the figures the audit checks.
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/**
 * Runs Lighthouse on `url` in a new tab of `browser`, as a phone (`mobile`) or a desktop.
 * Resolves with the three category scores (0–100), the CLS, and the failed audits by title.
 */
export async function runLighthouse(browser, url, formFactor) {
  const page = await browser.newPage();
  try {
    const config = formFactor === 'desktop' ? desktopConfig : undefined;
    const result = await lighthouse(url, { onlyCategories: CATEGORIES, logLevel: 'error' }, config, page);
    const { categories, audits } = result.lhr;
    const score = (id) => Math.round((categories[id].score ?? 0) * 100);
    const failed = ['accessibility', 'best-practices', 'seo'].flatMap((id) => categories[id].auditRefs
      .filter((ref) => ref.weight > 0 && audits[ref.id].score !== null && audits[ref.id].score < 1)
      .map((ref) => `${id}: ${audits[ref.id].title}`));
    return {
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      cls: audits['cumulative-layout-shift'].numericValue,
      failed,
    };
  } finally {
    await page.close();
  }
}

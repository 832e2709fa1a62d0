import pg from 'pg';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
// stack.md trap 10: the flags Debian's Chromium needs here, with a fresh profile per launch.
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/**
 * Lighthouse (its default mobile run: a mid-range phone, simulated slow 4G, 4× CPU slowdown) on a
 * child's survey page, /s/<code> of an open demo survey. Best of `runs` by performance score, as
 * Lighthouse's own docs advise for variance (LIGHTHOUSE_RUNS to change); accessibility is the same on every run.
 */
/** The element Lighthouse took as the largest contentful paint, by its selector: which part of the page to make faster. */
function lcpElement(lhr: { audits: Record<string, { details?: unknown }> }): string {
  type Node = { type?: string; selector?: string };
  type Details = { items?: Array<Node & { items?: Array<{ node?: Node }> }> };
  const first = (lhr.audits['largest-contentful-paint-element']?.details as Details | undefined)?.items?.[0];
  const node = first?.type === 'node' ? first : first?.items?.[0]?.node;
  return node?.selector ? `LCP element ${node.selector}` : 'no LCP element reported';
}

export async function benchLighthouse(databaseUrl: string, serverUrl: string, runs = Number(process.env.LIGHTHOUSE_RUNS ?? 3)): Promise<Record<string, number>> {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  const { rows } = await db.query(`select share_code from survey where status = 'OPEN' and access = 'ANYONE_WITH_LINK' order by created_at limit 1`);
  await db.end();
  if (!rows.length) throw new Error('No open demo survey to measure: is the demo world seeded?');
  const url = `${serverUrl}/s/${rows[0].share_code}`;

  const results: Array<{ performance: number; accessibility: number; lcp: number; fcp: number }> = [];
  for (let i = 0; i < runs; i++) {
    const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: FLAGS });
    try {
      const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] });
      const lhr = result!.lhr;
      results.push({
        performance: Math.round((lhr.categories.performance.score ?? 0) * 100),
        accessibility: Math.round((lhr.categories.accessibility.score ?? 0) * 100),
        lcp: lhr.audits['largest-contentful-paint'].numericValue ?? NaN,
        fcp: lhr.audits['first-contentful-paint'].numericValue ?? NaN,
      });
      const last = results.at(-1)!;
      console.log(`  run ${i + 1}: performance ${last.performance}, accessibility ${last.accessibility}, FCP ${(last.fcp / 1000).toFixed(2)} s, LCP ${(last.lcp / 1000).toFixed(2)} s (${lcpElement(lhr)})`);
    } finally {
      await chrome.kill();
    }
  }
  const best = results.reduce((a, b) => (b.performance > a.performance || (b.performance === a.performance && b.lcp < a.lcp) ? b : a));
  return {
    'lighthouse.performance': best.performance,
    'lighthouse.accessibility': Math.min(...results.map((r) => r.accessibility)),
    'lighthouse.lcp_ms': best.lcp,
    'lighthouse.fcp_ms': best.fcp,
  };
}

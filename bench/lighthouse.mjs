#!/usr/bin/env node
/**
 * Lighthouse (mobile with its default simulated throttling, or --desktop) on a page of the running
 * demo, several runs, with the Chromium scripts/chromium.mjs finds (Debian's, here). Lighthouse is
 * fetched by npx (it is not a dependency of the project: some 100 packages for a number measured now
 * and then). A team page (/team/<board>) is opened signed in: each run gets its own one-time link
 * from the admin CLI (`npm run admin -- dashboard <board>`), as a person would.
 *
 *   PORT=8787 npm start                                            # in another terminal
 *   node bench/lighthouse.mjs http://127.0.0.1:8787/demo [runs=9]
 *   node bench/lighthouse.mjs http://127.0.0.1:8787/team/demo 5 --desktop
 *
 * Writes bench/results/lighthouse-<demo|team>.md: per run the performance score, CLS, TBT, LCP,
 * console errors and Lighthouse's benchmarkIndex of the machine (how fast it was at that moment: TBT
 * and the score follow it), then the median run.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium.mjs';

const LIGHTHOUSE = 'lighthouse@13.5.0';
const [url = 'http://127.0.0.1:8787/demo', runsArg = '9'] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const runs = Number(runsArg);
const desktop = process.argv.includes('--desktop');
const page = new URL(url).pathname.split('/')[1] || 'home';
const teamBoard = page === 'team' ? new URL(url).pathname.split('/')[2] : null;
/** The URL of one run: a team page signed in by a fresh link (a link works once). */
function runUrl() {
  if (!teamBoard) return url;
  const out = execFileSync(
    'node',
    ['scripts/admin.mjs', 'dashboard', teamBoard, '--json', '--url', new URL(url).origin],
    {
      cwd: path.resolve(import.meta.dirname, '..'),
      encoding: 'utf8',
    },
  );
  return JSON.parse(out).url;
}
const chrome = await findChromium();
// the bundled Chromium is a headless shell: headless is all it does, and it knows no "new" mode
const flags = [chrome.source === 'bundled' ? '--headless' : '--headless=new', ...CHROMIUM_ARGS];
/** npx's arguments, given as they are (no shell): the Chromium flags are one argument. */
const args = [
  '--yes',
  LIGHTHOUSE,
  '--quiet',
  ...(desktop ? ['--preset=desktop'] : ['--form-factor=mobile']),
  `--chrome-flags=${flags.join(' ')}`,
  '--output=json',
];
/** The same command as typed into a shell, for the record: an argument with spaces gets its value quoted. */
const typed = ['npx', ...args.map((a) => (a.includes(' ') ? a.replace(/=(.*)$/, '="$1"') : a))].join(' ');
const dir = mkdtempSync(path.join(tmpdir(), 'lighthouse-'));
const rows = [];
for (let i = 0; i < runs; i++) {
  const out = path.join(dir, `run-${i}.json`);
  const load = loadavg()[0].toFixed(1);
  execFileSync('npx', [...args.slice(0, 2), runUrl(), ...args.slice(2), `--output-path=${out}`], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, ...chrome.env, CHROME_PATH: chrome.path },
  });
  const report = JSON.parse(readFileSync(out, 'utf8'));
  const audit = (id) => report.audits[id];
  rows.push({
    performance: Math.round(report.categories.performance.score * 100),
    cls: audit('cumulative-layout-shift').numericValue,
    tbt: Math.round(audit('total-blocking-time').numericValue),
    lcp: Math.round(audit('largest-contentful-paint').numericValue),
    errors: audit('errors-in-console').details.items.length,
    accessibility: Math.round(report.categories.accessibility.score * 100),
    bestPractices: Math.round(report.categories['best-practices'].score * 100),
    benchmarkIndex: Math.round(report.environment.benchmarkIndex),
    load,
  });
  console.log(`run ${i + 1}:`, JSON.stringify(rows.at(-1)));
}
const median = [...rows].sort((a, b) => a.performance - b.performance)[Math.floor(rows.length / 2)];
const table = [
  '| run | performance | CLS | TBT ms | LCP ms | console errors | accessibility | best practices | benchmarkIndex | load avg |',
  '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...rows.map(
    (r, i) =>
      `| ${i + 1} | ${r.performance} | ${r.cls} | ${r.tbt} | ${r.lcp} | ${r.errors} | ${r.accessibility} | ${r.bestPractices} | ${r.benchmarkIndex} | ${r.load} |`,
  ),
];
const md = `# Lighthouse on /${page}${teamBoard ? `/${teamBoard}, signed in` : ''} (${desktop ? 'desktop' : 'mobile'})

${new Date().toISOString().slice(0, 10)}, ${LIGHTHOUSE}, Chromium ${chrome.path}, against \`npm start\` (wrangler dev, local D1).

\`\`\`sh
node bench/lighthouse.mjs ${url} ${runs}${desktop ? ' --desktop' : ''}
# each run: CHROME_PATH=${chrome.path} ${typed} --output-path=…
\`\`\`

${table.join('\n')}

Median run (by performance): performance ${median.performance}, CLS ${median.cls}, TBT ${median.tbt} ms, LCP ${median.lcp} ms,
${median.errors} console errors.

TBT (and with it the score) follows how busy the machine is at that moment (Lighthouse's benchmarkIndex, and the
1-minute load average before the run): this machine's two cores are shared with other jobs, and the same page scores
from the 80s to 100 within minutes.${
  page === 'demo'
    ? ` The scoreboard frame is same-origin, so its work (parsing, styling and painting
the grid of 100 pandas) runs on the page's main thread too.`
    : ''
} CLS and the console do not depend on the load.
`;
writeFileSync(path.join(import.meta.dirname, `results/lighthouse-${page}.md`), md);
console.log(md);

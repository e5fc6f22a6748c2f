#!/usr/bin/env node
/**
 * The Worker's startup cost: `wrangler check startup` runs the deploy build in workerd and writes a
 * CPU profile of the script's top-level evaluation; the figure is the profile's busy time (samples
 * that are not idle), the median of several runs (the upload size is test/cli/deploy.test.ts's). A bare Hono worker (one
 * route) is measured the same way as the floor. Extra bundles (e.g. an older commit's, made with
 * `wrangler deploy --dry-run --outfile FILE`) can be named to compare.
 *
 *   node bench/worker-startup.mjs [runs=7] [label=path/to/index.js …]
 *   node bench/worker-startup.mjs 7 --record        # and bench/results/worker-startup.md
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT, wrangler } from '../scripts/wrangler.mjs';

const args = process.argv.slice(2);
const record = args.includes('--record');
const runs = Number(args.find((a) => /^\d+$/.test(a)) ?? 7);
const extra = args.filter((a) => a.includes('='));
const work = mkdtempSync(path.join(tmpdir(), 'pandameter-startup-'));

/** Busy milliseconds of one startup profile: every sample but the idle ones. */
function busyMs(file) {
  const p = JSON.parse(readFileSync(file, 'utf8'));
  const idle = new Set(p.nodes.filter((n) => n.callFrame.functionName === '(idle)').map((n) => n.id));
  return p.samples.reduce((ms, id, i) => (idle.has(id) ? ms : ms + p.timeDeltas[i] / 1000), 0);
}

function profile(bundle) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const out = path.join(work, `p${i}.cpuprofile`);
    wrangler(['check', 'startup', '--worker', bundle, '--outfile', out]);
    times.push(busyMs(out));
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)], min: times[0], max: times.at(-1) };
}

function build() {
  const out = path.join(work, 'worker.bundle');
  wrangler(['deploy', '--dry-run', '--outfile', out]);
  return out;
}

function bareHono() {
  const dir = path.join(work, 'bare');
  // Inside the project, so that `hono` resolves from its node_modules; removed again at once.
  const entry = path.join(ROOT, 'bench', '.bare-hono.ts');
  const config = path.join(work, 'wrangler.json');
  writeFileSync(
    entry,
    "import { Hono } from 'hono';\nconst app = new Hono();\napp.get('/', (c) => c.text('ok'));\nexport default app;\n",
  );
  writeFileSync(config, JSON.stringify({ name: 'bare', main: entry, compatibility_date: '2026-11-09' }));
  try {
    wrangler(['deploy', '--dry-run', '--outfile', path.join(dir, 'worker.bundle'), '--config', config]);
  } finally {
    rmSync(entry, { force: true });
  }
  return path.join(dir, 'worker.bundle');
}

try {
  const rows = [['this Worker', profile(build())]];
  for (const e of extra) rows.push([e.split('=')[0], profile(e.slice(e.indexOf('=') + 1))]);
  let bare = null;
  try {
    bare = profile(bareHono());
    rows.push(['bare Hono worker (one route)', bare]);
  } catch (e) {
    console.error(`(bare Hono worker not measured: ${String(e.message).split('\n')[0]})`);
  }
  const lines = [
    `| worker | startup busy ms, median of ${runs} (min–max) | × bare |`,
    '|---|---:|---:|',
    ...rows.map(
      ([name, r]) =>
        `| ${name} | ${r.median.toFixed(1)} (${r.min.toFixed(1)}–${r.max.toFixed(1)}) | ${bare ? (r.median / bare.median).toFixed(1) : '–'} |`,
    ),
  ];
  console.log(lines.join('\n'));
  if (record) {
    const md = `# Worker startup\n\n\`node bench/worker-startup.mjs ${args.join(' ')}\` on ${new Date().toISOString().slice(0, 10)} (wrangler check startup: the CPU profile of the script's evaluation in local workerd; busy = samples that are not idle). Local CPU, not Cloudflare's: compare rows, not absolute times.\n\n${lines.join('\n')}\n`;
    writeFileSync(path.join(ROOT, 'bench/results/worker-startup.md'), md);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

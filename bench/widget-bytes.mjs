#!/usr/bin/env node
/**
 * What each part of /widget.js costs, measured on the real build: the bundle is built with
 * widget/vite.config.ts (plus a source map, to know which source each minified byte comes from),
 * and for each part its bytes are cut out of the minified bundle and the rest gzipped again
 * (`gzip -9`): the figure is what the part adds to the shipped file. What gzip shares between parts
 * is counted once, on its own line.
 *
 *   node bench/widget-bytes.mjs              # the table
 *   node bench/widget-bytes.mjs --record     # and bench/results/widget-bytes.md
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'vite';
import { gzip9 } from '../scripts/gzip.mjs';

const root = path.resolve(import.meta.dirname, '..');

/** Which part of the table a module belongs to. */
function partOf(id) {
  const rel = path.relative(root, path.resolve(root, 'dist/public', id.replace(/\?.*$/, '')));
  if (rel.includes('node_modules/preact/')) return 'Preact 11 (h, render, diff)';
  if (rel === 'i18n/answer.ts') return 'wording: English (other languages fetched once)';
  if (rel === 'widget/src/board.ts') return 'the ask at load, words, brand colour';
  if (rel === 'i18n/languages.ts') return 'language choice (negotiate)';
  if (rel === 'answer-form/steps.tsx') return 'answer-form components (shared with /rate)';
  if (rel === 'widget/src/style.css') return 'CSS';
  if (rel === 'widget/src/outbox.ts') return 'outbox';
  if (rel === 'widget/src/diagnostics.ts') return 'console messages';
  if (rel === 'widget/src/widget.tsx') return 'widget state and view';
  if (rel === 'widget/src/main.ts') return 'entry (script tag, API)';
  return rel;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Source map `mappings` → per generated line, the segments [generated column, source index]. */
function decode(mappings) {
  let source = 0;
  return mappings.split(';').map((line) => {
    let column = 0;
    return line
      .split(',')
      .filter(Boolean)
      .map((segment) => {
        const fields = [];
        let value = 0;
        let shift = 0;
        for (const ch of segment) {
          const digit = B64.indexOf(ch);
          value += (digit & 31) << shift;
          if (digit & 32) shift += 5;
          else {
            fields.push(value & 1 ? -(value >> 1) : value >> 1);
            value = shift = 0;
          }
        }
        column += fields[0];
        if (fields.length > 1) source += fields[1];
        return [column, fields.length > 1 ? source : -1];
      });
  });
}

let chunk;
await build({
  configFile: path.join(root, 'widget/vite.config.ts'),
  logLevel: 'error',
  build: { write: false, sourcemap: true },
  plugins: [
    {
      name: 'capture-modules',
      generateBundle(_, bundle) {
        chunk = Object.values(bundle).find((file) => file.type === 'chunk');
      },
    },
  ],
});

// The source map comment is only there because this build asked for a map.
const code = chunk.code.replace(/\n\/\/# sourceMappingURL=.*\n?$/, '');
const total = gzip9(code);
// Every byte of the bundle, attributed to the part its source map segment points into.
const owner = [];
const lines = code.split('\n');
decode(chunk.map.mappings).forEach((segments, lineNo) => {
  const text = lines[lineNo] ?? '';
  const row = new Array(text.length + 1).fill(null);
  segments.forEach(([column, source], i) => {
    const end = segments[i + 1]?.[0] ?? text.length;
    for (let c = column; c < end; c++) row[c] = source < 0 ? null : partOf(chunk.map.sources[source]);
  });
  owner.push(...row); // the trailing slot stands for the newline
});
// The stylesheet arrives as a string from the ?raw plugin, which has no source map: find it by its text.
const css = /`:host\{[^`]*`/.exec(code);
if (css) owner.fill('CSS', css.index, css.index + css[0].length);
const parts = [...new Set(owner.filter(Boolean))];
const rows = parts.map((part) => {
  const kept = code
    .split('')
    .filter((_, i) => owner[i] !== part)
    .join('');
  const minified = Buffer.byteLength(
    code
      .split('')
      .filter((_, i) => owner[i] === part)
      .join(''),
  );
  return { part, minified, gzip: total - gzip9(kept) };
});
rows.sort((a, b) => b.gzip - a.gzip);
const shared = total - rows.reduce((n, r) => n + r.gzip, 0);
const record = process.argv.includes('--record');
const markdown = [
  '| part | minified | gzip -9 |',
  '| --- | ---: | ---: |',
  ...rows.map((r) => `| ${r.part} | ${r.minified} | ${r.gzip} |`),
  `| (what gzip shares between parts; the IIFE wrapper) |  | ${shared} |`,
  `| **/widget.js** | **${Buffer.byteLength(code)}** | **${total}** |`,
].join('\n');
console.log(markdown);
if (record) {
  const md = `# What each part of /widget.js costs

${new Date().toISOString().slice(0, 10)}, \`node bench/widget-bytes.mjs --record\` (the build of widget/vite.config.ts; each part's bytes
cut out of the minified bundle by its source map, the rest gzipped again with \`gzip -9\`).

${markdown}
`;
  writeFileSync(path.join(root, 'bench/results/widget-bytes.md'), md);
}

import path from 'node:path';
import { defineConfig } from 'vite';
import { TEAM_WORDS } from '../i18n/team.ts';

const root = path.resolve(import.meta.dirname, '..');

// The team's page: one IIFE, dist/public/team/app.js, and its stylesheet, dist/public/team/app.css,
// both served by the worker from ASSETS; and its words, one JSON file per language
// (dist/public/team/words/<lang>.json), which the worker reads from ASSETS to inline in the page — so
// eleven languages of wording weigh on neither the script nor the Worker's bundle. dist/public is
// shared with the other bundles, so it is never emptied here.
export default defineConfig({
  root,
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  publicDir: false,
  plugins: [
    {
      name: 'pandameter-team-words',
      apply: 'build',
      generateBundle() {
        for (const [lang, words] of Object.entries(TEAM_WORDS))
          this.emitFile({ type: 'asset', fileName: `team/words/${lang}.json`, source: JSON.stringify(words) });
      },
    },
  ],
  build: {
    outDir: path.join(root, 'dist/public'),
    emptyOutDir: false,
    target: 'es2020',
    sourcemap: false,
    cssCodeSplit: false,
    rolldownOptions: {
      output: { minify: { compress: true, mangle: true, mangleProps: { include: /^__[a-zA-Z]?$/ } } },
    },
    lib: {
      entry: path.join(root, 'team/src/main.tsx'),
      formats: ['iife'],
      name: 'PandameterTeam',
      fileName: () => 'team/app.js',
      cssFileName: 'team/app',
    },
  },
});

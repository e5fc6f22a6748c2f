import path from 'node:path';
import { build, defineConfig, type InlineConfig } from 'vite';

const root = path.resolve(import.meta.dirname, '../..');

/** One self-contained IIFE per entry (no shared chunks: each file is a classic script on its own). */
const iife = (entry: string, fileName: string): InlineConfig['build'] => ({
  outDir: path.join(root, 'dist/public'),
  // dist/public is shared with the widget bundle, so it is never emptied here.
  emptyOutDir: false,
  target: 'es2020',
  sourcemap: false,
  copyPublicDir: false,
  lib: { entry: path.join(root, entry), formats: ['iife'], name: 'Pandameter', fileName: () => fileName },
});

// Two files, both served by the worker: the embed loader at /scoreboard.js (for host pages) and the
// frame's live script at /scoreboard/live.js. Library mode builds one IIFE per run, so the second
// is built when the first is done.
export default defineConfig({
  root,
  publicDir: false,
  build: iife('scoreboard/client/loader.ts', 'scoreboard.js'),
  plugins: [
    {
      name: 'pandameter-scoreboard-live',
      apply: 'build',
      async closeBundle() {
        await build({
          configFile: false,
          root,
          publicDir: false,
          logLevel: 'warn',
          build: iife('scoreboard/client/live.ts', 'scoreboard/live.js'),
        });
      },
    },
  ],
});

import path from 'node:path';
import { defineConfig } from 'vite';

const root = path.resolve(import.meta.dirname, '..');

// The team's page: one IIFE, dist/public/team/app.js, and its stylesheet, dist/public/team/app.css,
// both served by the worker from ASSETS. dist/public is shared with the other bundles, so it is
// never emptied here.
export default defineConfig({
  root,
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  publicDir: false,
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

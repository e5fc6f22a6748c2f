import path from 'node:path';
import { defineConfig } from 'vite';

const root = path.resolve(import.meta.dirname, '..');

// One IIFE file, dist/public/widget.js, served by the worker at /widget.js. The directory is
// shared with the scoreboard bundle, so it is never emptied here.
export default defineConfig({
  root,
  plugins: [
    {
      // The stylesheet goes into a constructed CSSStyleSheet as a string: squeeze its whitespace
      // here (Vite's CSS minifier would expand system-ui into a long font stack).
      name: 'pandameter-css-raw',
      transform(code, id) {
        if (!id.endsWith('.css?raw')) return null;
        const css = JSON.parse(code.replace(/^export default /, '').replace(/;$/, '')) as string;
        const min = css
          .replace(/\s+/g, ' ')
          .replace(/ ?([{}:;,>]) ?/g, '$1')
          .replace(/;}/g, '}')
          .trim();
        return { code: `export default ${JSON.stringify(min)};`, map: null };
      },
    },
  ],
  publicDir: false,
  build: {
    outDir: path.join(root, 'dist/public'),
    emptyOutDir: false,
    target: 'es2020',
    sourcemap: false,
    lib: {
      entry: path.join(root, 'widget/src/main.ts'),
      formats: ['iife'],
      name: 'PandameterWidget',
      fileName: () => 'widget.js',
    },
  },
});

import path from 'node:path';
import { defineConfig } from 'vite';
import { ANSWER_WORDS } from '../i18n/answer.ts';

const root = path.resolve(import.meta.dirname, '..');
const WORDING = path.join(root, 'i18n/answer.ts');

/**
 * i18n/answer.ts as the widget ships it: English alone (~1.5 KB gzip less than all eleven
 * languages). Another language comes once from the API origin, GET /widget/words/<lang>.json,
 * which the worker serves from the same module (widget/src/words.ts).
 */
const englishOnly = (): string => `export const ANSWER_WORDS = ${JSON.stringify({ en: ANSWER_WORDS.en })};`;

// One IIFE file, dist/public/widget.js, served by the worker at /widget.js. The directory is
// shared with the scoreboard bundle, so it is never emptied here.
export default defineConfig({
  root,
  plugins: [
    {
      name: 'pandameter-english-wording',
      load: (id) => (id == WORDING ? englishOnly() : null),
    },
    {
      // The stylesheet goes into a constructed CSSStyleSheet as a string: squeeze its whitespace
      // and comments here (Vite's CSS minifier would expand system-ui into a long font stack).
      name: 'pandameter-css-raw',
      transform(code, id) {
        if (!id.endsWith('.css?raw')) return null;
        const css = JSON.parse(code.replace(/^export default /, '').replace(/;$/, '')) as string;
        const min = css
          .replace(/\/\*[\s\S]*?\*\//g, '')
          .replace(/\s+/g, ' ')
          .replace(/ ?([{}:;,>]) ?/g, '$1')
          .replace(/;}/g, '}')
          .trim();
        return { code: `export default ${JSON.stringify(min)};`, map: null };
      },
    },
  ],
  // JSX of the widget and of the answer form's components is Preact's (tsconfig says the same to tsc).
  oxc: {
    jsx: { runtime: 'classic', pragma: 'h', pragmaFrag: 'Fragment' },
    jsxInject: "import { h, Fragment } from 'preact'",
  },
  publicDir: false,
  build: {
    outDir: path.join(root, 'dist/public'),
    emptyOutDir: false,
    target: 'es2020',
    sourcemap: false,
    rolldownOptions: {
      output: {
        minify: { compress: true, mangle: true, mangleProps: { include: /^__[a-zA-Z]?$/ } },
      },
    },
    lib: {
      entry: path.join(root, 'widget/src/main.ts'),
      formats: ['iife'],
      name: 'PandameterWidget',
      fileName: () => 'widget.js',
    },
  },
});

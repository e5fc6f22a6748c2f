import path from 'node:path';
import { defineConfig } from 'vite';
import { ANSWER_WORDS, type AnswerWords } from '../i18n/answer.ts';

const root = path.resolve(import.meta.dirname, '..');
const WORDING = path.join(root, 'i18n/answer.ts');

/**
 * i18n/answer.ts as the widget ships it: the key names once, then one `|`-joined string per
 * language, unpacked into the same `ANSWER_WORDS` object at startup. Object literals would repeat
 * every key name in every language (~0.4 KB gzip); this is the same data, generated from the same
 * module, so nothing can drift.
 */
function compactWording(): string {
  const keys = Object.keys(ANSWER_WORDS.en) as (keyof AnswerWords)[];
  const table: Record<string, string> = {};
  for (const [language, words] of Object.entries(ANSWER_WORDS)) {
    const phrases = keys.map((key) => words[key]);
    if (phrases.some((phrase) => phrase.includes('|'))) throw new Error(`i18n/answer.ts (${language}): no "|" please`);
    table[language] = phrases.join('|');
  }
  return `const KEYS = ${JSON.stringify(keys)};
const TABLE = ${JSON.stringify(table)};
export const ANSWER_WORDS = {};
for (const language in TABLE) {
  const phrases = TABLE[language].split('|');
  ANSWER_WORDS[language] = {};
  KEYS.forEach((key, i) => (ANSWER_WORDS[language][key] = phrases[i]));
}`;
}

// One IIFE file, dist/public/widget.js, served by the worker at /widget.js. The directory is
// shared with the scoreboard bundle, so it is never emptied here.
export default defineConfig({
  root,
  plugins: [
    {
      name: 'pandameter-compact-wording',
      load: (id) => (id == WORDING ? compactWording() : null),
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

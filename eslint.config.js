import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', '.wrangler/', '.node/', 'worker/worker-configuration.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // The layers: worker/lib/ is the floor (it imports nothing of the worker above it), and what runs in
  // the browser (widget, scoreboard client, team page, the shared answer form and wording) never imports the worker.
  {
    files: ['worker/lib/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['../*'], message: 'worker/lib/ imports nothing from the layers above it.' }] },
      ],
    },
  },
  {
    files: ['widget/**', 'scoreboard/**', 'team/**', 'answer-form/**', 'i18n/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [{ group: ['**/worker/**'], message: 'browser code and what it shares never import the worker.' }],
        },
      ],
    },
  },
  {
    files: ['test/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);

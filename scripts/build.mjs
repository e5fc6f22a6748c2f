#!/usr/bin/env node
// Builds the browser bundles the worker serves (widget, scoreboard client, team page) into dist/public/,
// which wrangler.toml binds as ASSETS. Each part has its own Vite config.
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { build } from 'vite';

const CONFIGS = ['widget/vite.config.ts', 'scoreboard/client/vite.config.ts', 'team/vite.config.ts'];

mkdirSync('dist/public', { recursive: true });
for (const configFile of CONFIGS) {
  if (!existsSync(configFile)) continue;
  await build({ configFile, logLevel: 'warn' });
  console.log(`built ${configFile}`);
}
// The README, served as plain text at /README.md (the landing page links it).
copyFileSync('README.md', 'dist/public/README.md');

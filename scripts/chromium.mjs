import { chromium } from 'playwright-core';

// Debian's Chromium and the flags every headless run of it here uses (browser tests, screenshots,
// Lighthouse): no sandbox in containers, no GPU, and no traffic or first-run UI of its own.
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-quic',
  '--disable-sync',
];

/** Debian's Chromium, headless, a fresh profile (Playwright gives each launch a new --user-data-dir). */
export const launchChromium = () =>
  chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });

import type { Browser } from 'playwright-core';

export const CHROMIUM_ARGS: string[];
export const SYSTEM_CHROMIUMS: string[];
export interface FoundChromium {
  path: string;
  source: 'CHROMIUM_PATH' | 'system' | 'bundled';
  env: Record<string, string>;
}
export function findChromium(): Promise<FoundChromium>;
export function launchChromium(): Promise<Browser>;

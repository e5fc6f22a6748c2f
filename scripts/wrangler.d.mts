import type { ChildProcessByStdio } from 'node:child_process';
import type { Readable } from 'node:stream';

export declare const ROOT: string;
export declare function wranglerEntry(root?: string): string;
export declare const WRANGLER: string;
export declare const WRANGLER_VARS: Record<string, string>;
export declare const WRANGLER_ENV: NodeJS.ProcessEnv;
export declare function wrangler(args: string[], options?: { quiet?: boolean }): string;
export declare function spawnWrangler(
  args: string[],
  options?: { env?: NodeJS.ProcessEnv },
): ChildProcessByStdio<null, Readable, Readable>;

export function startLocalWorker(opts?: {
  vars?: Record<string, string>;
  timeoutMs?: number;
  setup?: (dir: string) => unknown;
}): Promise<{ base: string; persistTo: string; stop: () => Promise<void>; output: () => string }>;
export function freePort(): Promise<number>;

export function startLocalWorker(opts?: {
  vars?: Record<string, string>;
  timeoutMs?: number;
}): Promise<{ base: string; persistTo: string; stop: () => Promise<void> }>;
export function freePort(): Promise<number>;

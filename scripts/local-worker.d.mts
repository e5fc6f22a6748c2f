export function startLocalWorker(opts?: {
  vars?: Record<string, string>;
  timeoutMs?: number;
}): Promise<{ base: string; stop: () => Promise<void> }>;

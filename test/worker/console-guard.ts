/**
 * A passing `npm test` prints nothing alarming. Every console.error and console.warn during a test
 * is captured instead of printed; a test that provokes one on purpose takes it with `takeLogged()`
 * and asserts it, and any such line no test took fails the test that caused it.
 */
import { afterEach, beforeEach, type MockInstance, vi } from 'vitest';

type Level = 'error' | 'warn';
const LEVELS: Level[] = ['error', 'warn'];

let logged: { level: Level; line: string }[] = [];
let spies: MockInstance[] = [];

const text = (arg: unknown) => (arg instanceof Error ? `${arg.name}: ${arg.message}` : String(arg));

beforeEach(() => {
  logged = [];
  spies = LEVELS.map((level) =>
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
      logged.push({ level, line: args.map(text).join(' ') });
    }),
  );
});

afterEach(() => {
  for (const spy of spies) spy.mockRestore();
  const unexpected = logged;
  logged = [];
  if (unexpected.length > 0) {
    throw new Error(
      `The test logged what no assertion took (takeLogged() from test/worker/console-guard.ts):\n` +
        unexpected.map((l) => `  console.${l.level}: ${l.line}`).join('\n'),
    );
  }
});

/** The lines logged at `level` since the test began (or since the last call), each args joined by spaces, errors as "Name: message". */
export function takeLogged(level: Level): string[] {
  const taken = logged.filter((l) => l.level === level).map((l) => l.line);
  logged = logged.filter((l) => l.level !== level);
  return taken;
}

/**
 * The helpers every write of worker/db/ shares: named batches (one SQLite transaction each),
 * conditions that make a whole batch apply or none of it, other modules' statements joining a
 * batch, and the one retry loop of a guarded write.
 */

/**
 * An SQL expression as an integer. D1 binds every JS number as REAL, and `?1 / 32` on a REAL is a
 * fraction: whatever divides a parameter goes through this.
 */
export const int = (expr: string) => `CAST((${expr}) AS INTEGER)`;

/**
 * Runs named statements as one batch (one transaction) and hands the results back by name, so
 * callers read `results.answer`, never `results[4]`. Absent entries are skipped.
 */
export async function batchNamed<K extends string>(
  db: D1Database,
  statements: Partial<Record<K, D1PreparedStatement>>,
): Promise<Record<K, D1Result>> {
  const entries = Object.entries(statements).filter((e): e is [K, D1PreparedStatement] => e[1] !== undefined) as [
    K,
    D1PreparedStatement,
  ][];
  const results = await db.batch(entries.map(([, s]) => s));
  return Object.fromEntries(entries.map(([k], i) => [k, results[i]])) as Record<K, D1Result>;
}

/**
 * An SQL condition with its own parameters. `sql(n)` writes it with placeholders `?n`, `?n+1`, …
 * so it can follow any statement's own parameters.
 */
export interface Condition {
  sql: (first: number) => string;
  args: unknown[];
}

/** Prepares `sql(condition)` with the statement's `args` first and the condition's after them. */
export function prepareWhen(db: D1Database, cond: Condition, sql: (when: string) => string, args: unknown[]) {
  return db.prepare(sql(`(${cond.sql(args.length + 1)})`)).bind(...args, ...cond.args);
}

/** Another module's statements for a batch, by name (an absent one is skipped). */
export type Extension<P> = (plan: P) => Partial<Record<string, D1PreparedStatement>>;

/** The results of an extension's statements, by its names (none for a repeat: it has no batch). */
export type ExtensionResults = Partial<Record<string, D1Result>>;

/** Runs `extend`'s statements under names of their own, so they never replace one of ours. */
export const extensionOf = <P>(extend: Extension<P> | undefined, plan: P) =>
  Object.fromEntries(Object.entries(extend?.(plan) ?? {}).map(([name, st]) => [`extra ${name}`, st]));

export const extensionResults = (results: Record<string, D1Result>): ExtensionResults =>
  Object.fromEntries(
    Object.entries(results)
      .filter(([name]) => name.startsWith('extra '))
      .map(([name, r]) => [name.slice('extra '.length), r]),
  );

/** Writes tried before giving up on a row that keeps changing under concurrent writes. */
const WRITE_ATTEMPTS = 8;

/** Before trying again, a short random pause, so writers that collided do not collide again. */
const backOff = (attempt: number) =>
  attempt === 0 ? Promise.resolve() : new Promise((r) => setTimeout(r, Math.random() * 4 * attempt));

/**
 * The retry loop of a read-then-guarded-batch write: `write` reads, writes a batch guarded by what
 * it read, and returns its outcome, or `null` when another write got in between (the batch did not
 * apply) — then it is run again, after a short random pause. `null` after every attempt means the
 * row kept changing: the caller answers "contended".
 */
export async function untilApplied<T>(write: () => Promise<T | null>): Promise<T | null> {
  for (let attempt = 0; attempt < WRITE_ATTEMPTS; attempt++) {
    await backOff(attempt);
    const outcome = await write();
    if (outcome !== null) return outcome;
  }
  return null;
}

/**
 * Counts the D1 rows a request reads and writes (D1 bills both), from each result's `meta`, and
 * reports them in `Server-Timing` so an operator or a test can see what an operation costs.
 */
export class D1Meter {
  rowsRead = 0;
  rowsWritten = 0;
  queries = 0;

  add(meta: { rows_read?: number; rows_written?: number } | undefined): void {
    this.queries += 1;
    this.rowsRead += meta?.rows_read ?? 0;
    this.rowsWritten += meta?.rows_written ?? 0;
  }

  header(): string {
    return `d1;desc="queries=${this.queries} rows_read=${this.rowsRead} rows_written=${this.rowsWritten}"`;
  }
}

const REAL = Symbol('real statement');

type Stmt = D1PreparedStatement & { [REAL]?: D1PreparedStatement };

function wrapStatement(stmt: D1PreparedStatement, meter: D1Meter): D1PreparedStatement {
  const wrapped = {
    [REAL]: stmt,
    bind: (...values: unknown[]) => wrapStatement(stmt.bind(...values), meter),
    async all<T>() {
      const r = await stmt.all<T>();
      meter.add(r.meta);
      return r;
    },
    async run<T>() {
      const r = await stmt.run<T>();
      meter.add(r.meta);
      return r;
    },
    // Through all(), which reports meta; first() alone does not.
    async first<T>(column?: string) {
      const r = await stmt.all<Record<string, unknown>>();
      meter.add(r.meta);
      const row = r.results[0] ?? null;
      return (column === undefined ? row : row ? row[column] : null) as T | null;
    },
    raw: stmt.raw.bind(stmt),
  };
  return wrapped as unknown as D1PreparedStatement;
}

/** Statements prepared here count into `meter`; batches stay one transaction on the real binding. */
function meteredQueries(db: D1Database | D1DatabaseSession, meter: D1Meter) {
  return {
    prepare: (sql: string) => wrapStatement(db.prepare(sql), meter),
    async batch<T>(statements: D1PreparedStatement[]) {
      const results = await db.batch<T>(statements.map((s) => (s as Stmt)[REAL] ?? s));
      for (const r of results) meter.add(r.meta);
      return results;
    },
  };
}

/** A D1Database that counts into `meter`, and so do the sessions (Sessions API) opened on it. */
export function metered(db: D1Database, meter: D1Meter): D1Database {
  return {
    ...meteredQueries(db, meter),
    exec: (sql: string) => db.exec(sql),
    withSession(constraint?: D1SessionConstraint | D1SessionBookmark) {
      const session = db.withSession(constraint);
      return { ...meteredQueries(session, meter), getBookmark: () => session.getBookmark() };
    },
  } as unknown as D1Database;
}

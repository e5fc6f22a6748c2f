export const DAY_MS = 86_400_000;

/** Whole UTC days since 1970-01-01: the unit of the day windows and of the stats. */
export const dayOf = (ms: number): number => Math.floor(ms / DAY_MS);

/** Days per row of the `counts` table: a year of stats is 12 rows per board or group, not 365. */
export const BLOCK_DAYS = 32;

/** `2026-11-23` → its day number; `null` for anything that is not a real calendar date. */
export function parseDate(s: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return null;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  const d = new Date(ms);
  if (d.getUTCFullYear() !== Number(m[1]) || d.getUTCMonth() !== Number(m[2]) - 1) return null;
  return dayOf(ms);
}

export const formatDay = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

export const iso = (ms: number): string => new Date(ms).toISOString();

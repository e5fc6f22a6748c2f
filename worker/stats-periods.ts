/**
 * The periods of a stats request (day, ISO week, month) and what each period of a series says:
 * answers bucketed by period, with the percent and its 95 % interval.
 */
import type { DayCounts } from './db/counts';
import { percent, wilson95 } from './lib/score-math';
import { DAY_MS, dayOf, formatDay } from './lib/time';

export type Interval = 'day' | 'week' | 'month';

/** The first day of the period that holds `day`: the day itself, its ISO week's Monday, or the 1st. */
export function periodStart(day: number, interval: Interval): number {
  if (interval === 'day') return day;
  if (interval === 'week') return day - ((new Date(day * DAY_MS).getUTCDay() + 6) % 7);
  const d = new Date(day * DAY_MS);
  return dayOf(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1));
}

function nextPeriod(start: number, interval: Interval): number {
  if (interval === 'day') return start + 1;
  if (interval === 'week') return start + 7;
  const d = new Date(start * DAY_MS);
  return dayOf(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1));
}

/** Satisfied, unsatisfied, percent and its 95 % interval: what every total, period and group says. */
export const counts = (yes: number, no: number) => ({
  satisfied: yes,
  unsatisfied: no,
  percent: percent(yes, no),
  interval95: wilson95(yes, no),
});

export interface YesNo {
  yes: number;
  no: number;
}

/** The periods from `from` to `to` (every one listed, empty ones too). */
export class Periods {
  readonly starts: number[] = [];

  constructor(
    from: number,
    to: number,
    readonly interval: Interval,
  ) {
    for (let p = periodStart(from, interval); p <= to; p = nextPeriod(p, interval)) this.starts.push(p);
  }

  of = (day: number): number => periodStart(day, this.interval);

  label = (start: number): string => (this.interval === 'month' ? formatDay(start).slice(0, 7) : formatDay(start));

  /** Answers per period; `sign` -1 takes them out (the answers without an agent or channel). */
  bucket(days: DayCounts[], into = new Map<number, YesNo>(this.starts.map((p) => [p, { yes: 0, no: 0 }])), sign = 1) {
    for (const d of days) {
      const b = into.get(this.of(d.day));
      if (b) {
        b.yes += sign * d.yes;
        b.no += sign * d.no;
      }
    }
    return into;
  }

  /** A group's small trend: each period's answers, percent and interval. */
  series(buckets: Map<number, YesNo>) {
    return [...buckets].map(([p, b]) => ({ period: this.label(p), ...counts(b.yes, b.no) }));
  }
}

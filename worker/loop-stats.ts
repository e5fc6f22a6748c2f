/**
 * The stats of asks and follow-ups, from day tallies (worker/db/tallies.ts): asked and answered per
 * period or group, and per period the follow-ups of its "no"s — counts by status, the median hours
 * from a "no" to its first contact, and the share contacted within 24 hours.
 */
import type { TallyDay } from './db/tallies';
import { FOLLOW_UP_STATUSES } from './schemas';

export interface Asked {
  asked: number;
  answered: number;
}

/** Of the interactions asked, the share answered by now: percent, one decimal; null when none was asked. */
export const rateOf = (a: Asked): number | null =>
  a.asked === 0 ? null : Math.round((1000 * a.answered) / a.asked) / 10;

/** What is left of `total` once `parts` are taken out (asks without an agent or channel). */
export const restOf = (total: Asked, parts: Asked[]): Asked => ({
  asked: total.asked - parts.reduce((s, p) => s + p.asked, 0),
  answered: total.answered - parts.reduce((s, p) => s + p.answered, 0),
});

/** Ask tallies summed by period (`period(day)`) and by the group's key. */
export function asksOf(days: TallyDay[], period: (day: number) => number) {
  const byPeriod = new Map<number, Asked>();
  const byKey = new Map<string, Asked>();
  const add = (m: Map<number | string, Asked>, k: number | string, v: number[]) => {
    const a = m.get(k) ?? { asked: 0, answered: 0 };
    a.asked += v[0] ?? 0;
    a.answered += v[1] ?? 0;
    m.set(k, a);
  };
  for (const t of days) {
    add(byPeriod as Map<number | string, Asked>, period(t.day), t.values);
    add(byKey as Map<number | string, Asked>, t.key, t.values);
  }
  return {
    byPeriod,
    byKey,
    total: (): Asked => ({
      asked: days.reduce((s, t) => s + (t.values[0] ?? 0), 0),
      answered: days.reduce((s, t) => s + (t.values[1] ?? 0), 0),
    }),
  };
}

/** One period's follow-ups: status counts, and first contacts by whole hours after the "no". */
export class FollowUpSum {
  readonly status = [0, 0, 0, 0];
  readonly hours = new Map<number, number>();

  /** Adds a tally entry; `sign` -1 takes one out (the answers without an agent or channel). */
  add(t: TallyDay, sign = 1): this {
    if (t.suffix === '') t.values.forEach((v, i) => (this.status[i]! += sign * v));
    else if (t.suffix.startsWith('h')) {
      const h = Number(t.suffix.slice(1));
      this.hours.set(h, (this.hours.get(h) ?? 0) + sign * t.values[0]!);
    }
    return this;
  }

  /** Whether it holds any follow-up. */
  any(): boolean {
    return this.status.some((n) => n !== 0);
  }

  /** The median of the first contacts' whole hours (the mean of the middle two for an even count). */
  median(): number | null {
    const sorted = [...this.hours].filter(([, n]) => n > 0).sort((a, b) => a[0] - b[0]);
    const n = sorted.reduce((s, [, k]) => s + k, 0);
    if (n === 0) return null;
    const nth = (i: number) => {
      let seen = 0;
      for (const [h, k] of sorted) if ((seen += k) > i) return h;
      return sorted.at(-1)![0];
    };
    return (nth(Math.floor((n - 1) / 2)) + nth(Math.floor(n / 2))) / 2;
  }

  json() {
    const total = this.status.reduce((s, v) => s + v, 0);
    let within = 0;
    for (const [h, k] of this.hours) if (h < 24) within += k;
    return {
      ...(Object.fromEntries(FOLLOW_UP_STATUSES.map((s, i) => [s, this.status[i]!])) as Record<
        (typeof FOLLOW_UP_STATUSES)[number],
        number
      >),
      contacted_within_24h: within,
      median_hours_to_contact: this.median(),
      share_contacted_within_24h: total === 0 ? null : Math.round((1000 * within) / total) / 10,
    };
  }
}

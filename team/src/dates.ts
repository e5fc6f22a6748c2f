/** The header's date presets, as UTC calendar dates (the API's days are UTC). */
import type { Filters } from './api';

export type Preset = '30d' | '12w' | '12m';

const DAY = 86_400_000;
export const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The dates and the interval a preset stands for, ending today (UTC). */
export function presetFilters(preset: Preset, now = Date.now()): Pick<Filters, 'from' | 'to' | 'interval'> {
  const to = isoDay(now);
  if (preset === '30d') return { from: isoDay(now - 29 * DAY), to, interval: 'day' };
  if (preset === '12w') {
    // 12 whole ISO weeks: from the Monday 11 weeks before this week's
    const d = new Date(now);
    const monday = now - ((d.getUTCDay() + 6) % 7) * DAY;
    return { from: isoDay(monday - 77 * DAY), to, interval: 'week' };
  }
  const d = new Date(now);
  return { from: isoDay(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - 11, 1)), to, interval: 'month' };
}

/** The preset that gives exactly these dates today, if any (so the select shows "custom" otherwise). */
export function presetOf(f: Pick<Filters, 'from' | 'to'>, now = Date.now()): Preset | 'custom' {
  for (const p of ['30d', '12w', '12m'] as const) {
    const q = presetFilters(p, now);
    if (q.from === f.from && q.to === f.to) return p;
  }
  return 'custom';
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The filters in the address (`?from&to&interval&agent|channel`), so a reload or a shared address
 * shows the same view; anything missing or malformed falls back to the last 12 weeks.
 */
export function filtersFromUrl(search = location.search): Filters {
  const q = new URLSearchParams(search);
  const from = q.get('from') ?? '';
  const to = q.get('to') ?? '';
  const interval = q.get('interval') ?? '';
  const base =
    DATE.test(from) && DATE.test(to) && from <= to && ['day', 'week', 'month'].includes(interval)
      ? { from, to, interval: interval as Filters['interval'] }
      : presetFilters('12w');
  const agent = q.get('agent');
  const channel = q.get('channel');
  return agent ? { ...base, agent } : channel ? { ...base, channel } : base;
}

/** Writes `f` into the address (replacing, not adding to the history), keeping its other parameters (`lang`). */
export function filtersToUrl(f: Filters): void {
  const q = new URLSearchParams(location.search);
  for (const k of ['from', 'to', 'interval', 'agent', 'channel']) q.delete(k);
  q.set('from', f.from);
  q.set('to', f.to);
  q.set('interval', f.interval);
  if (f.agent !== undefined) q.set('agent', f.agent);
  else if (f.channel !== undefined) q.set('channel', f.channel);
  history.replaceState(null, '', `${location.pathname}?${q}`);
}

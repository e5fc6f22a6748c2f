/** How long ago, in words of the page's language ("3 hours ago", "منذ ٣ ساعات"), by Intl alone. */

const STEPS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', 7],
  ['week', 4.35],
  ['month', 12],
  ['year', Number.POSITIVE_INFINITY],
];

/**
 * `then` (ISO-8601) as an age at `now`, in the largest unit that is at least one: a "No" of 26
 * hours is "yesterday", one of 40 days "last month" (numeric: 'auto' gives the words people say).
 */
export function age(lang: string, then: string, now = Date.now()): string {
  const format = new Intl.RelativeTimeFormat(lang, { numeric: 'auto' });
  // a clock a little ahead of the server's must not say "in 2 seconds"
  let amount = Math.max(0, (now - Date.parse(then)) / 1000);
  for (const [unit, size] of STEPS) {
    if (amount < size) return format.format(-Math.floor(amount), unit);
    amount /= size;
  }
  return format.format(-Math.floor(amount), 'year');
}

/**
 * The demo's sample answers are the same whenever `npm start` seeds them: the README erases the
 * demo's T-4812 and must find it, whether the demo was seeded at 09:00 or at 23:59 UTC.
 */
import { describe, expect, it } from 'vitest';
import { sampleAnswers } from '../../scripts/seed.mjs';

const HOUR = 3_600_000;
const ids = (now: number) => sampleAnswers(now).map((a) => a.interaction);

describe('the demo seed', () => {
  it('has the same interactions at any hour of any day, T-4812 first, 150 in all', () => {
    const day = Date.UTC(2026, 10, 25);
    const expected = ids(day + 9 * HOUR);
    expect(expected).toHaveLength(150);
    expect(expected[0]).toBe('T-4812');
    expect(new Set(expected).size).toBe(150);
    // support hours are 07:00–19:00 UTC: before, during and after them, on another day too
    for (const at of [0, 6.5, 7, 12, 13.5, 18.9, 19, 23.99, 24 * 40 + 13]) {
      expect(ids(day + at * HOUR), `seeded at +${at} h`).toEqual(expected);
    }
  });

  it('puts every answer in the past, the latest a few minutes ago', () => {
    const now = Date.UTC(2026, 10, 25, 13, 30);
    const answers = sampleAnswers(now);
    expect(answers.every((a) => a.answeredAt < now)).toBe(true);
    expect(now - answers.at(-1)!.answeredAt).toBeLessThanOrEqual(7 * 60_000);
  });
});

/**
 * When a webhook delivery is tried again. Exponential backoff: the n-th retry waits 10 s × 2^(n−1),
 * so 13 retries after the first attempt span 22 h 45 min ("about a day"), every wait within the
 * 12 hours a Cloudflare Queue can delay a message. After the 14th failed attempt the delivery is dead.
 *
 * A receiver that is down for an hour: attempts at 0 s, 10 s, 30 s, 70 s, 2.5 min, 5.2 min, 10.5 min,
 * 21 min, 42.5 min fail; the 10th, 85 min after the answer, succeeds (test/worker/webhooks-delivery.test.ts).
 */
export const FIRST_RETRY_S = 10;
export const MAX_ATTEMPTS = 14;

/** Seconds to wait after the `attempt`-th failed attempt (1-based), before the next one. */
export const retryDelaySeconds = (attempt: number): number => FIRST_RETRY_S * 2 ** (attempt - 1);

/** A receiver gets this long to answer; then the attempt counts as failed. */
export const TIMEOUT_MS = 10_000;

/**
 * An attempt holds its delivery this long (the timeout and some margin), so that a duplicate queue
 * message arriving meanwhile does not send it twice.
 */
export const LEASE_MS = TIMEOUT_MS + 5_000;

/** A queued retry this long past its due time has lost its queue message; the cron sweep re-sends it. */
export const OVERDUE_MS = 15 * 60_000;

/**
 * A delivery queued this long ago and never attempted was lost on its way (a crash between the
 * answer and its first attempt): the cron sweep, every minute, re-sends it. A sent Queue message is
 * durable, and a first attempt follows it within seconds, so two minutes is a wide margin.
 */
export const QUEUED_STALE_MS = 2 * 60_000;

/** Delivered and dead deliveries stay in the log this long. */
export const KEEP_LOG_MS = 30 * 86_400_000;

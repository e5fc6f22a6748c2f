/**
 * What an answer may hold, written once for every side that checks or offers it: the API's schemas
 * (worker/schemas.ts), the answer form that the widget and the rating page render, and the webhook
 * payloads. No UI and no imports, so the widget's bundle takes only these few constants.
 */

/** The two answers to "Are you satisfied with the response you got?", in the order they are offered. */
export const VERDICTS = ['yes', 'no'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** The longest comment an answer may carry, in characters: the form's limit and the API's. */
export const COMMENT_MAX = 1000;

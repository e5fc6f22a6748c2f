/**
 * The rule for the deployment's ADMIN_TOKEN, in one place for the worker (which refuses a shorter
 * one outright: a short token can be guessed), `npm start` (which replaces a short one in .dev.vars)
 * and the admin CLI (which names the rule when the worker refuses it).
 */
export const ADMIN_TOKEN_MIN_LENGTH = 16;

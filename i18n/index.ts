/**
 * Everything Pandameter says, in every language it speaks, and how a language is chosen. One home
 * for all surfaces: the widget, the e-mail rating page and the scoreboard import from here (the
 * widget imports `./languages` and `./answer` directly, to keep its bundle to what it shows).
 */
export * from './languages';
export * from './answer';
export * from './rate-page';
export * from './scoreboard';
export * from './method';
export * from './team';

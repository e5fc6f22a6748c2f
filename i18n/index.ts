/**
 * Everything Pandameter says, in every language it speaks, and how a language is chosen. One home
 * for all surfaces: the widget, the e-mail rating page and the scoreboard import from here (the
 * widget imports `./languages` and `./answer` directly, to keep its bundle to what it shows). The team
 * page's words (`./team`) are not re-exported: the build writes them out as JSON per language
 * (team/vite.config.ts), so eleven languages of them stay out of the Worker's bundle.
 */
export * from './languages';
export * from './answer';
export * from './rate-page';
export * from './scoreboard';
export * from './method';

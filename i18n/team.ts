/** The team's page wording (placeholder on main until the page lands: title and the no-JS line). */
import type { Language } from './languages';

export interface TeamWords {
  title: string;
  needsScript: string;
  notFoundTitle: string;
  notFound: string;
  [key: string]: string;
}

const en: TeamWords = {
  title: 'Team page',
  needsScript: 'The team page needs JavaScript: it reads your board through the API with your session.',
  notFoundTitle: 'No such board',
  notFound: 'Check the link, or ask for a new one: npm run admin -- dashboard <board>',
};

export const TEAM_WORDS: Record<Language, TeamWords> = {
  en,
  de: en,
  fr: en,
  es: en,
  pt: en,
  it: en,
  nl: en,
  ja: en,
  zh: en,
  'zh-Hant': en,
  ar: en,
};

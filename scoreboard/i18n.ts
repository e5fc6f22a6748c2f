/**
 * The scoreboard's wording, one row per language. `a|b` templates are plural pairs chosen with
 * Intl.PluralRules ("one" → a, anything else → b); `{x}` are filled by format.ts. Dates and "… ago"
 * come from Intl.RelativeTimeFormat, so they need no strings here.
 */
export interface Strings {
  /** page title and the iframe's default title */
  title: string;
  /** under the percentage, before the window */
  satisfied: string;
  /** an answer-count window */
  ratings: string;
  /** a day window, plural by days */
  days: string;
  /** the text alternative for an answer-count window */
  alt: string;
  /** the text alternative for a day window, plural by days */
  altDays: string;
  empty: string;
  updated: string;
  /** the 95% Wilson interval, small print */
  ci: string;
}

export const STRINGS = {
  en: {
    title: 'Customer satisfaction',
    satisfied: 'satisfied customers',
    ratings: 'last {n} ratings',
    days: 'last day|last {d} days',
    alt: '{s} of the last {n} customers were satisfied.',
    altDays:
      '{s} of {n} customers in the last day were satisfied.|{s} of {n} customers in the last {d} days were satisfied.',
    empty: 'No ratings yet',
    updated: 'Updated {t}',
    ci: '95% confidence interval: {lo} – {hi}',
  },
  de: {
    title: 'Kundenzufriedenheit',
    satisfied: 'zufriedene Kunden',
    ratings: 'letzte {n} Bewertungen',
    days: 'letzter Tag|letzte {d} Tage',
    alt: '{s} der letzten {n} Kunden waren zufrieden.',
    altDays:
      '{s} von {n} Kunden des letzten Tages waren zufrieden.|{s} von {n} Kunden der letzten {d} Tage waren zufrieden.',
    empty: 'Noch keine Bewertungen',
    updated: 'Aktualisiert {t}',
    ci: '95-%-Konfidenzintervall: {lo} – {hi}',
  },
  fr: {
    title: 'Satisfaction client',
    satisfied: 'clients satisfaits',
    ratings: '{n} dernières évaluations',
    days: 'dernier jour|{d} derniers jours',
    alt: '{s} des {n} derniers clients étaient satisfaits.',
    altDays:
      '{s} clients sur {n} étaient satisfaits le dernier jour.|{s} clients sur {n} étaient satisfaits ces {d} derniers jours.',
    empty: 'Pas encore d’évaluation',
    updated: 'Mis à jour {t}',
    ci: 'Intervalle de confiance à 95 % : {lo} – {hi}',
  },
  es: {
    title: 'Satisfacción de los clientes',
    satisfied: 'clientes satisfechos',
    ratings: 'últimas {n} valoraciones',
    days: 'último día|últimos {d} días',
    alt: '{s} de los últimos {n} clientes quedaron satisfechos.',
    altDays:
      '{s} de {n} clientes quedaron satisfechos el último día.|{s} de {n} clientes quedaron satisfechos en los últimos {d} días.',
    empty: 'Aún no hay valoraciones',
    updated: 'Actualizado {t}',
    ci: 'Intervalo de confianza del 95 %: {lo} – {hi}',
  },
  nl: {
    title: 'Klanttevredenheid',
    satisfied: 'tevreden klanten',
    ratings: 'laatste {n} beoordelingen',
    days: 'laatste dag|laatste {d} dagen',
    alt: '{s} van de laatste {n} klanten waren tevreden.',
    altDays:
      '{s} van {n} klanten waren tevreden op de laatste dag.|{s} van {n} klanten waren tevreden in de laatste {d} dagen.',
    empty: 'Nog geen beoordelingen',
    updated: 'Bijgewerkt {t}',
    ci: '95%-betrouwbaarheidsinterval: {lo} – {hi}',
  },
  pt: {
    title: 'Satisfação dos clientes',
    satisfied: 'clientes satisfeitos',
    ratings: 'últimas {n} avaliações',
    days: 'último dia|últimos {d} dias',
    alt: '{s} dos últimos {n} clientes ficaram satisfeitos.',
    altDays:
      '{s} de {n} clientes ficaram satisfeitos no último dia.|{s} de {n} clientes ficaram satisfeitos nos últimos {d} dias.',
    empty: 'Ainda sem avaliações',
    updated: 'Atualizado {t}',
    ci: 'Intervalo de confiança de 95%: {lo} – {hi}',
  },
} satisfies Record<string, Strings>;

export type Lang = keyof typeof STRINGS;

const isLang = (l: string): l is Lang => Object.hasOwn(STRINGS, l);

/**
 * The language to show: the `lang` query (`de`, `pt-BR`) if we have it, else the best match of
 * Accept-Language, else English.
 */
export function pickLang(query: string | undefined, acceptLanguage: string | undefined): Lang {
  const base = (tag: string) => tag.trim().split(/[-_;]/)[0]!.toLowerCase();
  if (query) {
    const l = base(query);
    if (isLang(l)) return l;
  }
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((part) => {
      const q = /;\s*q=([\d.]+)/.exec(part);
      return { l: base(part), q: q ? Number(q[1]) : 1 };
    })
    .filter((x) => x.q > 0)
    .sort((a, b) => b.q - a.q);
  return ranked.map((x) => x.l).find(isLang) ?? 'en';
}

/**
 * The scoreboard's wording. Phrases with a number are `Plural`s, chosen with Intl.PluralRules
 * (English needs `one` and `other`, Arabic all six, Japanese and Chinese only `other`); `{x}` are
 * filled by scoreboard/format.ts. Numbers, percentages and "… ago" come from Intl, so they need no
 * strings here.
 */
import type { Language, Plural } from './languages';

export interface ScoreboardWords {
  /** page title and the iframe's default title */
  title: string;
  /** under the percentage, before the window */
  satisfied: string;
  /** an answer-count window, by its size `{n}` */
  ratings: Plural;
  /** an answer-count window not yet full: how many answers `{n}` there are */
  soFar: Plural;
  /** a day window, by its days `{d}` */
  days: Plural;
  /** the text alternative for an answer-count window: `{s}` satisfied of `{n}`, by `{n}` */
  alt: Plural;
  /** the same while the window is not yet full */
  altSoFar: Plural;
  /** a day window inside a sentence ("in the last 30 days"), by `{d}` */
  inDays: Plural;
  /** a day window with fewer answers than the grid has places: `{n}` ratings `{inDays}`, by `{n}` */
  ratingsIn: Plural;
  /** the text alternative for a day window: `{s}` of `{n}` `{inDays}`, by `{n}` */
  altDays: Plural;
  empty: string;
  /** `{t}`: "5 minutes ago" */
  updated: string;
  /** the 95% Wilson interval in plain words, small print: `{lo}`, `{hi}` */
  ci: string;
  /** the link to the board's method page */
  method: string;
  /** the response rate: `{a}` answered of `{n}` asked (`{r}` the percent) in `{period}` ("last 30 days"), by `{n}` */
  responseRate: Plural;
  /** the follow-up record: `{c}` of `{n}` unhappy customers contacted within a day, in `{period}`, by `{n}` */
  followUp: Plural;
  /** the team's target, `{t}` a percent */
  target: string;
}

export const SCOREBOARD_WORDS: Record<Language, ScoreboardWords> = {
  en: {
    title: 'Customer satisfaction',
    satisfied: 'satisfied customers',
    ratings: { one: 'last rating', other: 'last {n} ratings' },
    soFar: { one: '{n} rating so far', other: '{n} ratings so far' },
    days: { one: 'last day', other: 'last {d} days' },
    alt: {
      one: '{s} of the last {n} customer was satisfied.',
      other: '{s} of the last {n} customers were satisfied.',
    },
    altSoFar: {
      one: '{s} of {n} customer so far was satisfied.',
      other: '{s} of {n} customers so far were satisfied.',
    },
    inDays: { one: 'in the last day', other: 'in the last {d} days' },
    ratingsIn: { one: '{n} rating {inDays}', other: '{n} ratings {inDays}' },
    altDays: {
      one: '{s} of {n} customer {inDays} was satisfied.',
      other: '{s} of {n} customers {inDays} were satisfied.',
    },
    empty: 'No ratings yet',
    updated: 'Updated {t}',
    ci: 'Very likely between {lo} and {hi}',
    method: 'How this is measured',
    responseRate: {
      one: '{a} of {n} customer asked answered ({r}) · {period}',
      other: '{a} of {n} customers asked answered ({r}) · {period}',
    },
    followUp: { other: 'Every unhappy customer is contacted: {c} of {n} within a day ({period})' },
    target: 'target {t}',
  },
  de: {
    title: 'Kundenzufriedenheit',
    satisfied: 'zufriedene Kunden',
    ratings: { one: 'letzte Bewertung', other: 'letzte {n} Bewertungen' },
    soFar: { one: 'bisher {n} Bewertung', other: 'bisher {n} Bewertungen' },
    days: { one: 'letzter Tag', other: 'letzte {d} Tage' },
    alt: { one: '{s} von {n} Kunden war zufrieden.', other: '{s} der letzten {n} Kunden waren zufrieden.' },
    altSoFar: { one: '{s} von bisher {n} Kunden war zufrieden.', other: '{s} von bisher {n} Kunden waren zufrieden.' },
    inDays: { one: 'des letzten Tages', other: 'der letzten {d} Tage' },
    ratingsIn: { one: '{n} Bewertung {inDays}', other: '{n} Bewertungen {inDays}' },
    altDays: {
      one: '{s} von {n} Kunden {inDays} war zufrieden.',
      other: '{s} von {n} Kunden {inDays} waren zufrieden.',
    },
    empty: 'Noch keine Bewertungen',
    updated: 'Aktualisiert {t}',
    ci: 'Sehr wahrscheinlich zwischen {lo} und {hi}',
    method: 'Wie das gemessen wird',
    responseRate: { other: '{a} von {n} befragten Kunden haben geantwortet ({r}) · {period}' },
    followUp: { other: 'Jeder unzufriedene Kunde wird kontaktiert: {c} von {n} innerhalb eines Tages ({period})' },
    target: 'Ziel {t}',
  },
  fr: {
    title: 'Satisfaction client',
    satisfied: 'clients satisfaits',
    ratings: { one: 'dernière évaluation', other: '{n} dernières évaluations' },
    soFar: { one: '{n} évaluation à ce jour', other: '{n} évaluations à ce jour' },
    days: { one: 'dernier jour', other: '{d} derniers jours' },
    alt: { one: '{s} client sur {n} était satisfait.', other: '{s} des {n} derniers clients étaient satisfaits.' },
    altSoFar: {
      one: '{s} client sur {n} à ce jour était satisfait.',
      other: '{s} des {n} clients à ce jour étaient satisfaits.',
    },
    inDays: { one: 'le dernier jour', other: 'ces {d} derniers jours' },
    ratingsIn: { one: '{n} évaluation {inDays}', other: '{n} évaluations {inDays}' },
    altDays: {
      one: '{s} client sur {n} était satisfait {inDays}.',
      other: '{s} clients sur {n} étaient satisfaits {inDays}.',
    },
    empty: 'Pas encore d’évaluation',
    updated: 'Mis à jour {t}',
    ci: 'Très probablement entre {lo} et {hi}',
    method: 'Comment c’est mesuré',
    responseRate: {
      one: '{a} client sollicité sur {n} a répondu ({r}) · {period}',
      other: '{a} des {n} clients sollicités ont répondu ({r}) · {period}',
    },
    followUp: { other: 'Chaque client mécontent est contacté : {c} sur {n} en moins d’un jour ({period})' },
    target: 'objectif {t}',
  },
  es: {
    title: 'Satisfacción de los clientes',
    satisfied: 'clientes satisfechos',
    ratings: { one: 'última valoración', other: 'últimas {n} valoraciones' },
    soFar: { one: '{n} valoración hasta ahora', other: '{n} valoraciones hasta ahora' },
    days: { one: 'último día', other: 'últimos {d} días' },
    alt: {
      one: '{s} de {n} cliente quedó satisfecho.',
      other: '{s} de los últimos {n} clientes quedaron satisfechos.',
    },
    altSoFar: {
      one: '{s} de {n} cliente hasta ahora quedó satisfecho.',
      other: '{s} de los {n} clientes hasta ahora quedaron satisfechos.',
    },
    inDays: { one: 'el último día', other: 'en los últimos {d} días' },
    ratingsIn: { one: '{n} valoración {inDays}', other: '{n} valoraciones {inDays}' },
    altDays: {
      one: '{s} de {n} cliente quedó satisfecho {inDays}.',
      other: '{s} de {n} clientes quedaron satisfechos {inDays}.',
    },
    empty: 'Aún no hay valoraciones',
    updated: 'Actualizado {t}',
    ci: 'Muy probablemente entre {lo} y {hi}',
    method: 'Cómo se mide',
    responseRate: { other: '{a} de {n} clientes consultados respondieron ({r}) · {period}' },
    followUp: { other: 'Contactamos a cada cliente insatisfecho: {c} de {n} en menos de un día ({period})' },
    target: 'objetivo {t}',
  },
  pt: {
    title: 'Satisfação dos clientes',
    satisfied: 'clientes satisfeitos',
    ratings: { one: 'última avaliação', other: 'últimas {n} avaliações' },
    soFar: { one: '{n} avaliação até agora', other: '{n} avaliações até agora' },
    days: { one: 'último dia', other: 'últimos {d} dias' },
    alt: {
      one: '{s} de {n} cliente ficou satisfeito.',
      other: '{s} dos últimos {n} clientes ficaram satisfeitos.',
    },
    altSoFar: {
      one: '{s} de {n} cliente até agora ficou satisfeito.',
      other: '{s} dos {n} clientes até agora ficaram satisfeitos.',
    },
    inDays: { one: 'no último dia', other: 'nos últimos {d} dias' },
    ratingsIn: { one: '{n} avaliação {inDays}', other: '{n} avaliações {inDays}' },
    altDays: {
      one: '{s} de {n} cliente ficou satisfeito {inDays}.',
      other: '{s} de {n} clientes ficaram satisfeitos {inDays}.',
    },
    empty: 'Ainda sem avaliações',
    updated: 'Atualizado {t}',
    ci: 'Muito provavelmente entre {lo} e {hi}',
    method: 'Como isto é medido',
    responseRate: { other: '{a} de {n} clientes consultados responderam ({r}) · {period}' },
    followUp: { other: 'Cada cliente insatisfeito é contactado: {c} de {n} em menos de um dia ({period})' },
    target: 'meta {t}',
  },
  it: {
    title: 'Soddisfazione dei clienti',
    satisfied: 'clienti soddisfatti',
    ratings: { one: 'ultima valutazione', other: 'ultime {n} valutazioni' },
    soFar: { one: '{n} valutazione finora', other: '{n} valutazioni finora' },
    days: { one: 'ultimo giorno', other: 'ultimi {d} giorni' },
    alt: { one: '{s} cliente su {n} era soddisfatto.', other: '{s} degli ultimi {n} clienti erano soddisfatti.' },
    altSoFar: {
      one: '{s} cliente su {n} finora era soddisfatto.',
      other: '{s} dei {n} clienti finora erano soddisfatti.',
    },
    inDays: { one: 'nell’ultimo giorno', other: 'negli ultimi {d} giorni' },
    ratingsIn: { one: '{n} valutazione {inDays}', other: '{n} valutazioni {inDays}' },
    altDays: {
      one: '{s} cliente su {n} era soddisfatto {inDays}.',
      other: '{s} clienti su {n} erano soddisfatti {inDays}.',
    },
    empty: 'Ancora nessuna valutazione',
    updated: 'Aggiornato {t}',
    ci: 'Molto probabilmente tra {lo} e {hi}',
    method: 'Come viene misurato',
    responseRate: { other: '{a} di {n} clienti interpellati hanno risposto ({r}) · {period}' },
    followUp: { other: 'Ogni cliente insoddisfatto viene contattato: {c} su {n} entro un giorno ({period})' },
    target: 'obiettivo {t}',
  },
  nl: {
    title: 'Klanttevredenheid',
    satisfied: 'tevreden klanten',
    ratings: { one: 'laatste beoordeling', other: 'laatste {n} beoordelingen' },
    soFar: { one: '{n} beoordeling tot nu toe', other: '{n} beoordelingen tot nu toe' },
    days: { one: 'laatste dag', other: 'laatste {d} dagen' },
    alt: { one: '{s} van {n} klant was tevreden.', other: '{s} van de laatste {n} klanten waren tevreden.' },
    altSoFar: {
      one: '{s} van {n} klant tot nu toe was tevreden.',
      other: '{s} van de {n} klanten tot nu toe waren tevreden.',
    },
    inDays: { one: 'op de laatste dag', other: 'in de laatste {d} dagen' },
    ratingsIn: { one: '{n} beoordeling {inDays}', other: '{n} beoordelingen {inDays}' },
    altDays: { one: '{s} van {n} klant was tevreden {inDays}.', other: '{s} van {n} klanten waren tevreden {inDays}.' },
    empty: 'Nog geen beoordelingen',
    updated: 'Bijgewerkt {t}',
    ci: 'Zeer waarschijnlijk tussen {lo} en {hi}',
    method: 'Hoe dit gemeten wordt',
    responseRate: { other: '{a} van {n} gevraagde klanten antwoordden ({r}) · {period}' },
    followUp: { other: 'Elke ontevreden klant wordt gecontacteerd: {c} van {n} binnen een dag ({period})' },
    target: 'doel {t}',
  },
  ja: {
    title: '顧客満足度',
    satisfied: '満足したお客様',
    ratings: { other: '直近{n}件の評価' },
    soFar: { other: 'これまでの評価{n}件' },
    days: { other: '過去{d}日間' },
    alt: { other: '直近{n}人のお客様のうち{s}人が満足しました。' },
    altSoFar: { other: 'これまでのお客様{n}人のうち{s}人が満足しました。' },
    inDays: { other: '過去{d}日間' },
    ratingsIn: { other: '{inDays}の評価{n}件' },
    altDays: { other: '{inDays}のお客様{n}人のうち{s}人が満足しました。' },
    empty: 'まだ評価はありません',
    updated: '更新：{t}',
    ci: 'ほぼ確実に{lo}～{hi}の範囲',
    method: '測定方法',
    responseRate: { other: '回答をお願いした {n} 人中 {a} 人が回答（{r}）・{period}' },
    followUp: { other: 'ご不満のお客様全員に連絡しています：{n} 人中 {c} 人に1日以内（{period}）' },
    target: '目標 {t}',
  },
  zh: {
    title: '客户满意度',
    satisfied: '满意的客户',
    ratings: { other: '最近 {n} 条评价' },
    soFar: { other: '目前共 {n} 条评价' },
    days: { other: '最近 {d} 天' },
    alt: { other: '最近 {n} 位客户中有 {s} 位满意。' },
    altSoFar: { other: '目前 {n} 位客户中有 {s} 位满意。' },
    inDays: { other: '最近 {d} 天' },
    ratingsIn: { other: '{inDays}共 {n} 条评价' },
    altDays: { other: '{inDays}的 {n} 位客户中有 {s} 位满意。' },
    empty: '暂无评价',
    updated: '更新：{t}',
    ci: '很可能在 {lo} 到 {hi} 之间',
    method: '计算方法',
    responseRate: { other: '{n} 位受邀客户中 {a} 位已回答（{r}）·{period}' },
    followUp: { other: '每位不满意的客户都会得到联系：{n} 位中 {c} 位在一天内（{period}）' },
    target: '目标 {t}',
  },
  'zh-Hant': {
    title: '客戶滿意度',
    satisfied: '滿意的客戶',
    ratings: { other: '最近 {n} 則評價' },
    soFar: { other: '目前共 {n} 則評價' },
    days: { other: '最近 {d} 天' },
    alt: { other: '最近 {n} 位客戶中有 {s} 位滿意。' },
    altSoFar: { other: '目前 {n} 位客戶中有 {s} 位滿意。' },
    inDays: { other: '最近 {d} 天' },
    ratingsIn: { other: '{inDays}共 {n} 則評價' },
    altDays: { other: '{inDays}的 {n} 位客戶中有 {s} 位滿意。' },
    empty: '尚無評價',
    updated: '更新：{t}',
    ci: '很可能在 {lo} 到 {hi} 之間',
    method: '計算方法',
    responseRate: { other: '{n} 位受邀客戶中 {a} 位已回答（{r}）·{period}' },
    followUp: { other: '每位不滿意的客戶都會得到聯繫：{n} 位中 {c} 位在一天內（{period}）' },
    target: '目標 {t}',
  },
  ar: {
    title: 'رضا العملاء',
    satisfied: 'عملاء راضون',
    ratings: {
      one: 'آخر تقييم',
      two: 'آخر تقييمين',
      few: 'آخر {n} تقييمات',
      many: 'آخر {n} تقييمًا',
      other: 'آخر {n} تقييم',
    },
    soFar: {
      one: 'تقييم واحد حتى الآن',
      two: 'تقييمان حتى الآن',
      few: '{n} تقييمات حتى الآن',
      many: '{n} تقييمًا حتى الآن',
      other: '{n} تقييم حتى الآن',
    },
    days: { one: 'آخر يوم', two: 'آخر يومين', few: 'آخر {d} أيام', many: 'آخر {d} يومًا', other: 'آخر {d} يوم' },
    alt: {
      one: '{s} من آخر عميل كان راضيًا.',
      two: '{s} من آخر عميلين كانا راضيين.',
      few: '{s} من آخر {n} عملاء كانوا راضين.',
      many: '{s} من آخر {n} عميلًا كانوا راضين.',
      other: '{s} من آخر {n} عميل كانوا راضين.',
    },
    altSoFar: {
      one: '{s} من عميل واحد حتى الآن كان راضيًا.',
      two: '{s} من عميلين حتى الآن كانا راضيين.',
      few: '{s} من {n} عملاء حتى الآن كانوا راضين.',
      many: '{s} من {n} عميلًا حتى الآن كانوا راضين.',
      other: '{s} من {n} عميل حتى الآن كانوا راضين.',
    },
    inDays: {
      one: 'في آخر يوم',
      two: 'في آخر يومين',
      few: 'في آخر {d} أيام',
      many: 'في آخر {d} يومًا',
      other: 'في آخر {d} يوم',
    },
    ratingsIn: {
      one: 'تقييم واحد {inDays}',
      two: 'تقييمان {inDays}',
      few: '{n} تقييمات {inDays}',
      many: '{n} تقييمًا {inDays}',
      other: '{n} تقييم {inDays}',
    },
    altDays: {
      one: '{s} من عميل واحد {inDays} كان راضيًا.',
      two: '{s} من عميلين {inDays} كانا راضيين.',
      few: '{s} من {n} عملاء {inDays} كانوا راضين.',
      many: '{s} من {n} عميلًا {inDays} كانوا راضين.',
      other: '{s} من {n} عميل {inDays} كانوا راضين.',
    },
    empty: 'لا توجد تقييمات بعد',
    updated: 'آخر تحديث: {t}',
    ci: 'على الأرجح بين {lo} و{hi}',
    method: 'كيف يُقاس هذا',
    responseRate: { other: 'أجاب {a} من {n} من العملاء الذين سُئلوا ({r}) · {period}' },
    followUp: { other: 'نتواصل مع كل عميل غير راضٍ: {c} من {n} خلال يوم ({period})' },
    target: 'الهدف {t}',
  },
};

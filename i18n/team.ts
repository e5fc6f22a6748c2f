/**
 * The team's page (GET /team/{board}): its wording. The worker inlines one language's words into
 * the page (`#team-words`), so the script carries none; worker/pages/team.tsx uses
 * `title`, `needsScript` and the not-found words in the shell itself. `{x}` are filled by team/src/format.ts;
 * numbers, percentages and dates come from Intl. Phrases with a count are `Plural`s.
 */
import type { Language, Plural } from './languages';

export interface TeamWords {
  /** the document title after the board's name (the shell writes `{board name} · {title}`) */
  title: string;
  /** the shell's line with JavaScript off */
  needsScript: string;
  /** the shell's page for an unknown board */
  notFoundTitle: string;
  notFound: string;
  /** the sign-in form */
  signInTitle: string;
  signInIntro: string;
  keyLabel: string;
  keyHint: string;
  signIn: string;
  signingIn: string;
  signOut: string;
  /** after a 401 anywhere (expired, signed out elsewhere, key revoked) */
  sessionEnded: string;
  /** a sign-in link used before, expired or unknown */
  linkRefused: string;
  keyRefused: string;
  keyEmpty: string;
  /** the server did not answer */
  offline: string;
  /** any other failure: `{message}` is the API's */
  failed: string;
  retry: string;
  loading: string;
  /** `{t}`: a time */
  signedInUntil: string;
  readOnly: string;

  /** the header's controls */
  range: string;
  last30: string;
  last12w: string;
  last12m: string;
  custom: string;
  from: string;
  to: string;
  apply: string;
  interval: string;
  day: string;
  week: string;
  month: string;
  /** the active filter's chip: `{name}` */
  filterAgent: string;
  filterChannel: string;
  /** the chip's remove button: `{name}` */
  removeFilter: string;
  /** a group with no agent / channel named */
  none: string;

  /** Now */
  now: string;
  satisfied: string;
  /** the 95 % interval in words: `{lo}`, `{hi}` */
  ci: string;
  noAnswers: string;
  answers: Plural;
  responseRate: string;
  /** `{a}` answered of `{n}` asked, by `{n}` */
  answeredOfAsked: Plural;
  followUps: string;
  open: string;
  contacted: string;
  resolved: string;
  /** the public score line: `{p}` percent, `{window}` its window */
  publicScore: string;
  lastAnswers: Plural;
  lastDays: Plural;

  /** the trend */
  trend: string;
  showTable: string;
  showChart: string;
  /** the chart's accessible name */
  chartLabel: string;
  chartHelp: string;
  /** the read-out of a point: `{period}`, `{p}`, `{lo}`, `{hi}`, `{n}`, by `{n}` */
  point: Plural;
  /** a period with no answers: `{period}` */
  pointEmpty: string;
  /** `{t}` a percent */
  target: string;
  band: string;
  period: string;
  percent: string;
  interval95: string;

  /** agents and channels */
  agents: string;
  channels: string;
  agent: string;
  channel: string;
  answersCol: string;
  openCol: string;
  trendCol: string;
  /** a small trend's text alternative: from `{a}` to `{b}` (percents) */
  sparkLabel: string;
  /** under each table */
  filterHint: string;
  /** a name's button: `{name}` */
  filterBy: string;
  nothing: string;
  /** under a channel filter, the agents' panel (the API keeps no agent × channel counts) */
  agentsOfChannel: string;
  /** under an agent filter, the channels' panel */
  channelsOfAgent: string;

  /** reasons */
  reasons: string;
  reasonsHint: string;
  times: Plural;
}

const en: TeamWords = {
  title: 'Team page',
  needsScript: 'The team page needs JavaScript: it reads your board through the API with your session.',
  notFoundTitle: 'No such board',
  notFound: 'Check the link, or ask for a new one: npm run admin -- dashboard <board>',
  signInTitle: 'Sign in to the team’s page',
  signInIntro:
    'Open the sign-in link your admin made (npm run admin -- dashboard), or paste a key of this board that can read.',
  keyLabel: 'Board key',
  keyHint: 'Exchanged for a session of 8 hours in this tab; the key itself is not kept.',
  signIn: 'Sign in',
  signingIn: 'Signing in…',
  signOut: 'Sign out',
  sessionEnded: 'Your session ended. Sign in again to go on.',
  linkRefused: 'This sign-in link does not work any more: it was used already or it expired. Ask for a new one.',
  keyRefused: 'This key was not accepted for this board. Check that it is whole and can read.',
  keyEmpty: 'Paste a board key first.',
  offline: 'The server could not be reached. Check the connection and try again.',
  failed: 'That did not work: {message}',
  retry: 'Try again',
  loading: 'Loading…',
  signedInUntil: 'Signed in until {t}',
  readOnly: 'Read only',

  range: 'Dates',
  last30: 'Last 30 days',
  last12w: 'Last 12 weeks',
  last12m: 'Last 12 months',
  custom: 'Custom',
  from: 'From',
  to: 'To',
  apply: 'Show',
  interval: 'Per',
  day: 'Day',
  week: 'Week',
  month: 'Month',
  filterAgent: 'Agent: {name}',
  filterChannel: 'Channel: {name}',
  removeFilter: 'Show all again (remove the filter {name})',
  none: 'None named',

  now: 'Now',
  satisfied: 'satisfied',
  ci: 'Very likely between {lo} and {hi}',
  noAnswers: 'No answers in these dates',
  answers: { one: '{n} answer', other: '{n} answers' },
  responseRate: 'Response rate',
  answeredOfAsked: { one: '{a} of {n} customer asked answered', other: '{a} of {n} customers asked answered' },
  followUps: 'Follow-ups after “No”',
  open: 'Open',
  contacted: 'Contacted',
  resolved: 'Resolved',
  publicScore: 'Public score now: {p} ({window})',
  lastAnswers: { one: 'last answer', other: 'last {n} answers' },
  lastDays: { one: 'last day', other: 'last {n} days' },

  trend: 'Trend',
  showTable: 'Show as table',
  showChart: 'Show as chart',
  chartLabel: 'Percent satisfied and answers per period',
  chartHelp: 'Arrow keys read each period.',
  point: {
    one: '{period}: {p} satisfied (very likely {lo} to {hi}), {n} answer',
    other: '{period}: {p} satisfied (very likely {lo} to {hi}), {n} answers',
  },
  pointEmpty: '{period}: no answers',
  target: 'Target {t}',
  band: '95 % interval',
  period: 'Period',
  percent: 'Satisfied',
  interval95: '95 % interval',

  agents: 'Agents',
  channels: 'Channels',
  agent: 'Agent',
  channel: 'Channel',
  answersCol: 'Answers',
  openCol: 'Open follow-ups',
  trendCol: 'Trend',
  sparkLabel: 'from {a} to {b}',
  filterHint: 'Choose a name to see only its numbers on the whole page.',
  filterBy: 'Show only {name}',
  nothing: 'Nothing in these dates.',
  agentsOfChannel: 'Not counted per agent for one channel. Show all again to see the agents.',
  channelsOfAgent: 'Not counted per channel for one agent. Show all again to see the channels.',

  reasons: 'Reasons after “No”',
  reasonsHint: 'A “No” may give several reasons.',
  times: { one: '{n} time', other: '{n} times' },
};

const ar: TeamWords = {
  title: 'صفحة الفريق',
  needsScript: 'تحتاج صفحة الفريق إلى JavaScript: فهي تقرأ لوحتك عبر الواجهة البرمجية بجلستك.',
  notFoundTitle: 'لا توجد لوحة بهذا الاسم',
  notFound: 'تحقق من الرابط، أو اطلب رابطًا جديدًا: \u2066npm run admin -- dashboard <board>\u2069',
  signInTitle: 'تسجيل الدخول إلى صفحة الفريق',
  signInIntro:
    'افتح رابط تسجيل الدخول الذي أنشأه المسؤول (\u2066npm run admin -- dashboard\u2069)، أو الصق مفتاحًا لهذه اللوحة يملك صلاحية القراءة.',
  keyLabel: 'مفتاح اللوحة',
  keyHint: 'يُستبدل بجلسة مدتها 8 ساعات في هذه النافذة، ولا يُحفظ المفتاح نفسه.',
  signIn: 'تسجيل الدخول',
  signingIn: 'جارٍ تسجيل الدخول…',
  signOut: 'تسجيل الخروج',
  sessionEnded: 'انتهت جلستك. سجّل الدخول مرة أخرى للمتابعة.',
  linkRefused: 'رابط تسجيل الدخول هذا لم يعد يعمل: فقد استُخدم من قبل أو انتهت صلاحيته. اطلب رابطًا جديدًا.',
  keyRefused: 'لم يُقبل هذا المفتاح لهذه اللوحة. تأكد من أنه كامل وأنه يملك صلاحية القراءة.',
  keyEmpty: 'الصق مفتاح اللوحة أولًا.',
  offline: 'تعذّر الوصول إلى الخادم. تحقق من الاتصال وحاول مرة أخرى.',
  failed: 'لم ينجح ذلك: {message}',
  retry: 'حاول مرة أخرى',
  loading: 'جارٍ التحميل…',
  signedInUntil: 'مسجّل الدخول حتى {t}',
  readOnly: 'للقراءة فقط',

  range: 'التواريخ',
  last30: 'آخر 30 يومًا',
  last12w: 'آخر 12 أسبوعًا',
  last12m: 'آخر 12 شهرًا',
  custom: 'مخصص',
  from: 'من',
  to: 'إلى',
  apply: 'عرض',
  interval: 'لكل',
  day: 'يوم',
  week: 'أسبوع',
  month: 'شهر',
  filterAgent: 'الموظف: {name}',
  filterChannel: 'القناة: {name}',
  removeFilter: 'عرض الكل من جديد (إزالة عامل التصفية {name})',
  none: 'بلا اسم',

  now: 'الآن',
  satisfied: 'راضون',
  ci: 'على الأرجح بين {lo} و{hi}',
  noAnswers: 'لا توجد إجابات في هذه التواريخ',
  answers: {
    zero: '{n} إجابة',
    one: 'إجابة واحدة',
    two: 'إجابتان',
    few: '{n} إجابات',
    many: '{n} إجابة',
    other: '{n} إجابة',
  },
  responseRate: 'معدل الاستجابة',
  answeredOfAsked: {
    zero: 'لم يُسأل أي عميل',
    one: 'أجاب {a} من عميل واحد سُئل',
    two: 'أجاب {a} من عميلَين سُئلا',
    few: 'أجاب {a} من {n} عملاء سُئلوا',
    many: 'أجاب {a} من {n} عميلًا سُئلوا',
    other: 'أجاب {a} من {n} عميل سُئلوا',
  },
  followUps: 'المتابعات بعد «لا»',
  open: 'مفتوحة',
  contacted: 'تم التواصل',
  resolved: 'تم الحل',
  publicScore: 'النتيجة العامة الآن: {p} ({window})',
  lastAnswers: {
    one: 'آخر إجابة',
    two: 'آخر إجابتين',
    few: 'آخر {n} إجابات',
    many: 'آخر {n} إجابة',
    other: 'آخر {n} إجابة',
  },
  lastDays: { one: 'آخر يوم', two: 'آخر يومين', few: 'آخر {n} أيام', many: 'آخر {n} يومًا', other: 'آخر {n} يوم' },

  trend: 'الاتجاه',
  showTable: 'عرض كجدول',
  showChart: 'عرض كرسم بياني',
  chartLabel: 'نسبة الرضا وعدد الإجابات في كل فترة',
  chartHelp: 'تقرأ مفاتيح الأسهم كل فترة.',
  point: {
    zero: '{period}: {p} راضون (على الأرجح بين {lo} و{hi})، {n} إجابة',
    one: '{period}: {p} راضون (على الأرجح بين {lo} و{hi})، إجابة واحدة',
    two: '{period}: {p} راضون (على الأرجح بين {lo} و{hi})، إجابتان',
    few: '{period}: {p} راضون (على الأرجح بين {lo} و{hi})، {n} إجابات',
    many: '{period}: {p} راضون (على الأرجح بين {lo} و{hi})، {n} إجابة',
    other: '{period}: {p} راضون (على الأرجح بين {lo} و{hi})، {n} إجابة',
  },
  pointEmpty: '{period}: لا توجد إجابات',
  target: 'الهدف {t}',
  band: 'مجال الثقة 95 %',
  period: 'الفترة',
  percent: 'الرضا',
  interval95: 'مجال الثقة 95 %',

  agents: 'الموظفون',
  channels: 'القنوات',
  agent: 'الموظف',
  channel: 'القناة',
  answersCol: 'الإجابات',
  openCol: 'متابعات مفتوحة',
  trendCol: 'الاتجاه',
  sparkLabel: 'من {a} إلى {b}',
  filterHint: 'اختر اسمًا لترى أرقامه وحده في الصفحة كلها.',
  filterBy: 'عرض {name} فقط',
  nothing: 'لا شيء في هذه التواريخ.',
  agentsOfChannel: 'لا تُحسب الأرقام لكل موظف ضمن قناة واحدة. اعرض الكل من جديد لترى الموظفين.',
  channelsOfAgent: 'لا تُحسب الأرقام لكل قناة لموظف واحد. اعرض الكل من جديد لترى القنوات.',

  reasons: 'الأسباب بعد «لا»',
  reasonsHint: 'قد تذكر الإجابة «لا» عدة أسباب.',
  times: { zero: '{n} مرة', one: 'مرة واحدة', two: 'مرتان', few: '{n} مرات', many: '{n} مرة', other: '{n} مرة' },
};

const de: TeamWords = {
  title: 'Teamseite',
  needsScript: 'Die Teamseite braucht JavaScript: Sie liest Ihr Board mit Ihrer Sitzung über die API.',
  notFoundTitle: 'Dieses Board gibt es nicht',
  notFound: 'Prüfen Sie den Link oder fordern Sie einen neuen an: npm run admin -- dashboard <board>',
  signInTitle: 'Anmelden auf der Teamseite',
  signInIntro:
    'Öffnen Sie den Anmeldelink Ihres Admins (npm run admin -- dashboard) oder fügen Sie einen Schlüssel dieses Boards mit Leserecht ein.',
  keyLabel: 'Board-Schlüssel',
  keyHint:
    'Wird gegen eine Sitzung von 8 Stunden in diesem Tab getauscht; der Schlüssel selbst wird nicht gespeichert.',
  signIn: 'Anmelden',
  signingIn: 'Anmeldung läuft…',
  signOut: 'Abmelden',
  sessionEnded: 'Ihre Sitzung ist beendet. Melden Sie sich erneut an, um weiterzumachen.',
  linkRefused:
    'Dieser Anmeldelink funktioniert nicht mehr: Er wurde schon benutzt oder ist abgelaufen. Fordern Sie einen neuen an.',
  keyRefused:
    'Dieser Schlüssel wurde für dieses Board nicht angenommen. Prüfen Sie, ob er vollständig ist und lesen darf.',
  keyEmpty: 'Fügen Sie zuerst einen Board-Schlüssel ein.',
  offline: 'Der Server war nicht erreichbar. Prüfen Sie die Verbindung und versuchen Sie es erneut.',
  failed: 'Das hat nicht geklappt: {message}',
  retry: 'Erneut versuchen',
  loading: 'Wird geladen…',
  signedInUntil: 'Angemeldet bis {t}',
  readOnly: 'Nur lesen',

  range: 'Zeitraum',
  last30: 'Letzte 30 Tage',
  last12w: 'Letzte 12 Wochen',
  last12m: 'Letzte 12 Monate',
  custom: 'Benutzerdefiniert',
  from: 'Von',
  to: 'Bis',
  apply: 'Anzeigen',
  interval: 'Pro',
  day: 'Tag',
  week: 'Woche',
  month: 'Monat',
  filterAgent: 'Mitarbeiter: {name}',
  filterChannel: 'Kanal: {name}',
  removeFilter: 'Wieder alles zeigen (Filter {name} entfernen)',
  none: 'Ohne Namen',

  now: 'Jetzt',
  satisfied: 'zufrieden',
  ci: 'Sehr wahrscheinlich zwischen {lo} und {hi}',
  noAnswers: 'Keine Antworten in diesem Zeitraum',
  answers: { one: '{n} Antwort', other: '{n} Antworten' },
  responseRate: 'Antwortquote',
  answeredOfAsked: {
    one: '{a} von {n} befragten Kunden hat geantwortet',
    other: '{a} von {n} befragten Kunden haben geantwortet',
  },
  followUps: 'Nachfassen nach „Nein“',
  open: 'Offen',
  contacted: 'Kontaktiert',
  resolved: 'Gelöst',
  publicScore: 'Öffentlicher Wert jetzt: {p} ({window})',
  lastAnswers: { one: 'letzte Antwort', other: 'letzte {n} Antworten' },
  lastDays: { one: 'letzter Tag', other: 'letzte {n} Tage' },

  trend: 'Verlauf',
  showTable: 'Als Tabelle zeigen',
  showChart: 'Als Diagramm zeigen',
  chartLabel: 'Anteil zufrieden und Antworten pro Zeitraum',
  chartHelp: 'Die Pfeiltasten lesen jeden Zeitraum vor.',
  point: {
    one: '{period}: {p} zufrieden (sehr wahrscheinlich {lo} bis {hi}), {n} Antwort',
    other: '{period}: {p} zufrieden (sehr wahrscheinlich {lo} bis {hi}), {n} Antworten',
  },
  pointEmpty: '{period}: keine Antworten',
  target: 'Ziel {t}',
  band: '95-%-Intervall',
  period: 'Zeitraum',
  percent: 'Zufrieden',
  interval95: '95-%-Intervall',

  agents: 'Mitarbeiter',
  channels: 'Kanäle',
  agent: 'Mitarbeiter',
  channel: 'Kanal',
  answersCol: 'Antworten',
  openCol: 'Offenes Nachfassen',
  trendCol: 'Verlauf',
  sparkLabel: 'von {a} auf {b}',
  filterHint: 'Wählen Sie einen Namen, um auf der ganzen Seite nur seine Zahlen zu sehen.',
  filterBy: 'Nur {name} zeigen',
  nothing: 'Nichts in diesem Zeitraum.',
  agentsOfChannel:
    'Für einen Kanal wird nicht pro Mitarbeiter gezählt. Zeigen Sie wieder alles, um die Mitarbeiter zu sehen.',
  channelsOfAgent:
    'Für einen Mitarbeiter wird nicht pro Kanal gezählt. Zeigen Sie wieder alles, um die Kanäle zu sehen.',

  reasons: 'Gründe nach „Nein“',
  reasonsHint: 'Ein „Nein“ kann mehrere Gründe nennen.',
  times: { one: '{n}-mal', other: '{n}-mal' },
};

const fr: TeamWords = {
  title: 'Page de l’équipe',
  needsScript: 'La page de l’équipe a besoin de JavaScript : elle lit votre tableau par l’API avec votre session.',
  notFoundTitle: 'Tableau introuvable',
  notFound: 'Vérifiez le lien ou demandez-en un nouveau : npm run admin -- dashboard <board>',
  signInTitle: 'Se connecter à la page de l’équipe',
  signInIntro:
    'Ouvrez le lien de connexion créé par votre admin (npm run admin -- dashboard), ou collez une clé de ce tableau qui peut lire.',
  keyLabel: 'Clé du tableau',
  keyHint: 'Échangée contre une session de 8 heures dans cet onglet ; la clé elle-même n’est pas conservée.',
  signIn: 'Se connecter',
  signingIn: 'Connexion…',
  signOut: 'Se déconnecter',
  sessionEnded: 'Votre session a pris fin. Reconnectez-vous pour continuer.',
  linkRefused: 'Ce lien de connexion ne fonctionne plus : il a déjà servi ou il a expiré. Demandez-en un nouveau.',
  keyRefused: 'Cette clé n’a pas été acceptée pour ce tableau. Vérifiez qu’elle est complète et qu’elle peut lire.',
  keyEmpty: 'Collez d’abord une clé du tableau.',
  offline: 'Le serveur est injoignable. Vérifiez la connexion et réessayez.',
  failed: 'Cela n’a pas fonctionné : {message}',
  retry: 'Réessayer',
  loading: 'Chargement…',
  signedInUntil: 'Connecté jusqu’à {t}',
  readOnly: 'Lecture seule',

  range: 'Dates',
  last30: '30 derniers jours',
  last12w: '12 dernières semaines',
  last12m: '12 derniers mois',
  custom: 'Personnalisé',
  from: 'Du',
  to: 'Au',
  apply: 'Afficher',
  interval: 'Par',
  day: 'Jour',
  week: 'Semaine',
  month: 'Mois',
  filterAgent: 'Agent : {name}',
  filterChannel: 'Canal : {name}',
  removeFilter: 'Tout afficher à nouveau (retirer le filtre {name})',
  none: 'Sans nom',

  now: 'Maintenant',
  satisfied: 'satisfaits',
  ci: 'Très probablement entre {lo} et {hi}',
  noAnswers: 'Aucune réponse à ces dates',
  answers: { one: '{n} réponse', other: '{n} réponses' },
  responseRate: 'Taux de réponse',
  answeredOfAsked: {
    one: '{a} client sur {n} sollicité a répondu',
    other: '{a} clients sur {n} sollicités ont répondu',
  },
  followUps: 'Suivis après « Non »',
  open: 'Ouverts',
  contacted: 'Contactés',
  resolved: 'Résolus',
  publicScore: 'Score public actuel : {p} ({window})',
  lastAnswers: { one: 'dernière réponse', other: '{n} dernières réponses' },
  lastDays: { one: 'dernier jour', other: '{n} derniers jours' },

  trend: 'Évolution',
  showTable: 'Afficher en tableau',
  showChart: 'Afficher en graphique',
  chartLabel: 'Part de satisfaits et réponses par période',
  chartHelp: 'Les flèches du clavier lisent chaque période.',
  point: {
    one: '{period} : {p} satisfaits (très probablement de {lo} à {hi}), {n} réponse',
    other: '{period} : {p} satisfaits (très probablement de {lo} à {hi}), {n} réponses',
  },
  pointEmpty: '{period} : aucune réponse',
  target: 'Objectif {t}',
  band: 'Intervalle à 95 %',
  period: 'Période',
  percent: 'Satisfaits',
  interval95: 'Intervalle à 95 %',

  agents: 'Agents',
  channels: 'Canaux',
  agent: 'Agent',
  channel: 'Canal',
  answersCol: 'Réponses',
  openCol: 'Suivis ouverts',
  trendCol: 'Évolution',
  sparkLabel: 'de {a} à {b}',
  filterHint: 'Choisissez un nom pour ne voir que ses chiffres sur toute la page.',
  filterBy: 'Afficher seulement {name}',
  nothing: 'Rien à ces dates.',
  agentsOfChannel: 'Pas de chiffres par agent pour un seul canal. Affichez tout à nouveau pour voir les agents.',
  channelsOfAgent: 'Pas de chiffres par canal pour un seul agent. Affichez tout à nouveau pour voir les canaux.',

  reasons: 'Raisons après « Non »',
  reasonsHint: 'Un « Non » peut donner plusieurs raisons.',
  times: { one: '{n} fois', other: '{n} fois' },
};

const es: TeamWords = {
  title: 'Página del equipo',
  needsScript: 'La página del equipo necesita JavaScript: lee su tablero a través de la API con su sesión.',
  notFoundTitle: 'No existe ese tablero',
  notFound: 'Compruebe el enlace o pida uno nuevo: npm run admin -- dashboard <board>',
  signInTitle: 'Iniciar sesión en la página del equipo',
  signInIntro:
    'Abra el enlace de acceso que creó su administrador (npm run admin -- dashboard) o pegue una clave de este tablero que pueda leer.',
  keyLabel: 'Clave del tablero',
  keyHint: 'Se cambia por una sesión de 8 horas en esta pestaña; la clave en sí no se guarda.',
  signIn: 'Iniciar sesión',
  signingIn: 'Iniciando sesión…',
  signOut: 'Cerrar sesión',
  sessionEnded: 'Su sesión terminó. Vuelva a iniciar sesión para continuar.',
  linkRefused: 'Este enlace de acceso ya no funciona: ya se usó o caducó. Pida uno nuevo.',
  keyRefused: 'Esta clave no se aceptó para este tablero. Compruebe que esté completa y que pueda leer.',
  keyEmpty: 'Primero pegue una clave del tablero.',
  offline: 'No se pudo conectar con el servidor. Compruebe la conexión e inténtelo de nuevo.',
  failed: 'No funcionó: {message}',
  retry: 'Reintentar',
  loading: 'Cargando…',
  signedInUntil: 'Sesión iniciada hasta las {t}',
  readOnly: 'Solo lectura',

  range: 'Fechas',
  last30: 'Últimos 30 días',
  last12w: 'Últimas 12 semanas',
  last12m: 'Últimos 12 meses',
  custom: 'Personalizado',
  from: 'Desde',
  to: 'Hasta',
  apply: 'Mostrar',
  interval: 'Por',
  day: 'Día',
  week: 'Semana',
  month: 'Mes',
  filterAgent: 'Agente: {name}',
  filterChannel: 'Canal: {name}',
  removeFilter: 'Volver a mostrar todo (quitar el filtro {name})',
  none: 'Sin nombre',

  now: 'Ahora',
  satisfied: 'satisfechos',
  ci: 'Muy probablemente entre {lo} y {hi}',
  noAnswers: 'No hay respuestas en estas fechas',
  answers: { one: '{n} respuesta', other: '{n} respuestas' },
  responseRate: 'Tasa de respuesta',
  answeredOfAsked: {
    one: '{a} de {n} cliente consultado respondió',
    other: '{a} de {n} clientes consultados respondieron',
  },
  followUps: 'Seguimientos tras «No»',
  open: 'Abiertos',
  contacted: 'Contactados',
  resolved: 'Resueltos',
  publicScore: 'Puntuación pública ahora: {p} ({window})',
  lastAnswers: { one: 'última respuesta', other: 'últimas {n} respuestas' },
  lastDays: { one: 'último día', other: 'últimos {n} días' },

  trend: 'Tendencia',
  showTable: 'Ver como tabla',
  showChart: 'Ver como gráfico',
  chartLabel: 'Porcentaje de satisfechos y respuestas por periodo',
  chartHelp: 'Las flechas del teclado leen cada periodo.',
  point: {
    one: '{period}: {p} satisfechos (muy probablemente de {lo} a {hi}), {n} respuesta',
    other: '{period}: {p} satisfechos (muy probablemente de {lo} a {hi}), {n} respuestas',
  },
  pointEmpty: '{period}: sin respuestas',
  target: 'Objetivo {t}',
  band: 'Intervalo del 95 %',
  period: 'Periodo',
  percent: 'Satisfechos',
  interval95: 'Intervalo del 95 %',

  agents: 'Agentes',
  channels: 'Canales',
  agent: 'Agente',
  channel: 'Canal',
  answersCol: 'Respuestas',
  openCol: 'Seguimientos abiertos',
  trendCol: 'Tendencia',
  sparkLabel: 'de {a} a {b}',
  filterHint: 'Elija un nombre para ver solo sus cifras en toda la página.',
  filterBy: 'Mostrar solo {name}',
  nothing: 'Nada en estas fechas.',
  agentsOfChannel: 'No se cuenta por agente para un solo canal. Vuelva a mostrar todo para ver los agentes.',
  channelsOfAgent: 'No se cuenta por canal para un solo agente. Vuelva a mostrar todo para ver los canales.',

  reasons: 'Motivos tras «No»',
  reasonsHint: 'Un «No» puede dar varios motivos.',
  times: { one: '{n} vez', other: '{n} veces' },
};

const pt: TeamWords = {
  title: 'Página da equipe',
  needsScript: 'A página da equipe precisa de JavaScript: ela lê o seu painel pela API com a sua sessão.',
  notFoundTitle: 'Esse painel não existe',
  notFound: 'Verifique o link ou peça um novo: npm run admin -- dashboard <board>',
  signInTitle: 'Entrar na página da equipe',
  signInIntro:
    'Abra o link de acesso criado pelo seu admin (npm run admin -- dashboard) ou cole uma chave deste painel que possa ler.',
  keyLabel: 'Chave do painel',
  keyHint: 'Trocada por uma sessão de 8 horas nesta aba; a chave em si não é guardada.',
  signIn: 'Entrar',
  signingIn: 'Entrando…',
  signOut: 'Sair',
  sessionEnded: 'Sua sessão terminou. Entre de novo para continuar.',
  linkRefused: 'Este link de acesso não funciona mais: já foi usado ou expirou. Peça um novo.',
  keyRefused: 'Esta chave não foi aceita para este painel. Verifique se está completa e se pode ler.',
  keyEmpty: 'Cole primeiro uma chave do painel.',
  offline: 'Não foi possível acessar o servidor. Verifique a conexão e tente de novo.',
  failed: 'Não deu certo: {message}',
  retry: 'Tentar de novo',
  loading: 'Carregando…',
  signedInUntil: 'Conectado até {t}',
  readOnly: 'Somente leitura',

  range: 'Datas',
  last30: 'Últimos 30 dias',
  last12w: 'Últimas 12 semanas',
  last12m: 'Últimos 12 meses',
  custom: 'Personalizado',
  from: 'De',
  to: 'Até',
  apply: 'Mostrar',
  interval: 'Por',
  day: 'Dia',
  week: 'Semana',
  month: 'Mês',
  filterAgent: 'Agente: {name}',
  filterChannel: 'Canal: {name}',
  removeFilter: 'Mostrar tudo de novo (remover o filtro {name})',
  none: 'Sem nome',

  now: 'Agora',
  satisfied: 'satisfeitos',
  ci: 'Muito provavelmente entre {lo} e {hi}',
  noAnswers: 'Nenhuma resposta nestas datas',
  answers: { one: '{n} resposta', other: '{n} respostas' },
  responseRate: 'Taxa de resposta',
  answeredOfAsked: {
    one: '{a} de {n} cliente consultado respondeu',
    other: '{a} de {n} clientes consultados responderam',
  },
  followUps: 'Acompanhamentos após “Não”',
  open: 'Abertos',
  contacted: 'Contatados',
  resolved: 'Resolvidos',
  publicScore: 'Pontuação pública agora: {p} ({window})',
  lastAnswers: { one: 'última resposta', other: 'últimas {n} respostas' },
  lastDays: { one: 'último dia', other: 'últimos {n} dias' },

  trend: 'Tendência',
  showTable: 'Ver como tabela',
  showChart: 'Ver como gráfico',
  chartLabel: 'Percentual de satisfeitos e respostas por período',
  chartHelp: 'As setas do teclado leem cada período.',
  point: {
    one: '{period}: {p} satisfeitos (muito provavelmente de {lo} a {hi}), {n} resposta',
    other: '{period}: {p} satisfeitos (muito provavelmente de {lo} a {hi}), {n} respostas',
  },
  pointEmpty: '{period}: nenhuma resposta',
  target: 'Meta {t}',
  band: 'Intervalo de 95 %',
  period: 'Período',
  percent: 'Satisfeitos',
  interval95: 'Intervalo de 95 %',

  agents: 'Agentes',
  channels: 'Canais',
  agent: 'Agente',
  channel: 'Canal',
  answersCol: 'Respostas',
  openCol: 'Acompanhamentos abertos',
  trendCol: 'Tendência',
  sparkLabel: 'de {a} para {b}',
  filterHint: 'Escolha um nome para ver só os números dele na página inteira.',
  filterBy: 'Mostrar só {name}',
  nothing: 'Nada nestas datas.',
  agentsOfChannel: 'Não é contado por agente para um só canal. Mostre tudo de novo para ver os agentes.',
  channelsOfAgent: 'Não é contado por canal para um só agente. Mostre tudo de novo para ver os canais.',

  reasons: 'Motivos após “Não”',
  reasonsHint: 'Um “Não” pode indicar vários motivos.',
  times: { one: '{n} vez', other: '{n} vezes' },
};

const it: TeamWords = {
  title: 'Pagina del team',
  needsScript: 'La pagina del team ha bisogno di JavaScript: legge la tua bacheca tramite l’API con la tua sessione.',
  notFoundTitle: 'Questa bacheca non esiste',
  notFound: 'Controlla il link o chiedine uno nuovo: npm run admin -- dashboard <board>',
  signInTitle: 'Accedi alla pagina del team',
  signInIntro:
    'Apri il link di accesso creato dal tuo admin (npm run admin -- dashboard) oppure incolla una chiave di questa bacheca che possa leggere.',
  keyLabel: 'Chiave della bacheca',
  keyHint: 'Viene scambiata con una sessione di 8 ore in questa scheda; la chiave stessa non viene conservata.',
  signIn: 'Accedi',
  signingIn: 'Accesso in corso…',
  signOut: 'Esci',
  sessionEnded: 'La tua sessione è terminata. Accedi di nuovo per continuare.',
  linkRefused: 'Questo link di accesso non funziona più: è già stato usato o è scaduto. Chiedine uno nuovo.',
  keyRefused: 'Questa chiave non è stata accettata per questa bacheca. Controlla che sia completa e che possa leggere.',
  keyEmpty: 'Incolla prima una chiave della bacheca.',
  offline: 'Il server non è raggiungibile. Controlla la connessione e riprova.',
  failed: 'Non ha funzionato: {message}',
  retry: 'Riprova',
  loading: 'Caricamento…',
  signedInUntil: 'Accesso valido fino alle {t}',
  readOnly: 'Sola lettura',

  range: 'Date',
  last30: 'Ultimi 30 giorni',
  last12w: 'Ultime 12 settimane',
  last12m: 'Ultimi 12 mesi',
  custom: 'Personalizzato',
  from: 'Dal',
  to: 'Al',
  apply: 'Mostra',
  interval: 'Per',
  day: 'Giorno',
  week: 'Settimana',
  month: 'Mese',
  filterAgent: 'Operatore: {name}',
  filterChannel: 'Canale: {name}',
  removeFilter: 'Mostra di nuovo tutto (rimuovi il filtro {name})',
  none: 'Senza nome',

  now: 'Adesso',
  satisfied: 'soddisfatti',
  ci: 'Molto probabilmente tra {lo} e {hi}',
  noAnswers: 'Nessuna risposta in queste date',
  answers: { one: '{n} risposta', other: '{n} risposte' },
  responseRate: 'Tasso di risposta',
  answeredOfAsked: {
    one: '{a} di {n} cliente interpellato ha risposto',
    other: '{a} di {n} clienti interpellati hanno risposto',
  },
  followUps: 'Ricontatti dopo «No»',
  open: 'Aperti',
  contacted: 'Contattati',
  resolved: 'Risolti',
  publicScore: 'Punteggio pubblico ora: {p} ({window})',
  lastAnswers: { one: 'ultima risposta', other: 'ultime {n} risposte' },
  lastDays: { one: 'ultimo giorno', other: 'ultimi {n} giorni' },

  trend: 'Andamento',
  showTable: 'Mostra come tabella',
  showChart: 'Mostra come grafico',
  chartLabel: 'Percentuale di soddisfatti e risposte per periodo',
  chartHelp: 'Le frecce della tastiera leggono ogni periodo.',
  point: {
    one: '{period}: {p} soddisfatti (molto probabilmente da {lo} a {hi}), {n} risposta',
    other: '{period}: {p} soddisfatti (molto probabilmente da {lo} a {hi}), {n} risposte',
  },
  pointEmpty: '{period}: nessuna risposta',
  target: 'Obiettivo {t}',
  band: 'Intervallo al 95 %',
  period: 'Periodo',
  percent: 'Soddisfatti',
  interval95: 'Intervallo al 95 %',

  agents: 'Operatori',
  channels: 'Canali',
  agent: 'Operatore',
  channel: 'Canale',
  answersCol: 'Risposte',
  openCol: 'Ricontatti aperti',
  trendCol: 'Andamento',
  sparkLabel: 'da {a} a {b}',
  filterHint: 'Scegli un nome per vedere solo i suoi numeri in tutta la pagina.',
  filterBy: 'Mostra solo {name}',
  nothing: 'Niente in queste date.',
  agentsOfChannel: 'Non si conta per operatore su un solo canale. Mostra di nuovo tutto per vedere gli operatori.',
  channelsOfAgent: 'Non si conta per canale per un solo operatore. Mostra di nuovo tutto per vedere i canali.',

  reasons: 'Motivi dopo «No»',
  reasonsHint: 'Un «No» può indicare più motivi.',
  times: { one: '{n} volta', other: '{n} volte' },
};

const nl: TeamWords = {
  title: 'Teampagina',
  needsScript: 'De teampagina heeft JavaScript nodig: ze leest je bord via de API met je sessie.',
  notFoundTitle: 'Dit bord bestaat niet',
  notFound: 'Controleer de link of vraag een nieuwe aan: npm run admin -- dashboard <board>',
  signInTitle: 'Inloggen op de teampagina',
  signInIntro:
    'Open de inloglink die je beheerder maakte (npm run admin -- dashboard), of plak een sleutel van dit bord die mag lezen.',
  keyLabel: 'Sleutel van het bord',
  keyHint: 'Wordt geruild voor een sessie van 8 uur in dit tabblad; de sleutel zelf wordt niet bewaard.',
  signIn: 'Inloggen',
  signingIn: 'Bezig met inloggen…',
  signOut: 'Uitloggen',
  sessionEnded: 'Je sessie is afgelopen. Log opnieuw in om verder te gaan.',
  linkRefused: 'Deze inloglink werkt niet meer: hij is al gebruikt of verlopen. Vraag een nieuwe aan.',
  keyRefused: 'Deze sleutel is niet geaccepteerd voor dit bord. Controleer of hij volledig is en mag lezen.',
  keyEmpty: 'Plak eerst een sleutel van het bord.',
  offline: 'De server was niet bereikbaar. Controleer de verbinding en probeer het opnieuw.',
  failed: 'Dat lukte niet: {message}',
  retry: 'Opnieuw proberen',
  loading: 'Laden…',
  signedInUntil: 'Ingelogd tot {t}',
  readOnly: 'Alleen lezen',

  range: 'Periode',
  last30: 'Laatste 30 dagen',
  last12w: 'Laatste 12 weken',
  last12m: 'Laatste 12 maanden',
  custom: 'Aangepast',
  from: 'Van',
  to: 'Tot en met',
  apply: 'Tonen',
  interval: 'Per',
  day: 'Dag',
  week: 'Week',
  month: 'Maand',
  filterAgent: 'Medewerker: {name}',
  filterChannel: 'Kanaal: {name}',
  removeFilter: 'Weer alles tonen (filter {name} weghalen)',
  none: 'Zonder naam',

  now: 'Nu',
  satisfied: 'tevreden',
  ci: 'Zeer waarschijnlijk tussen {lo} en {hi}',
  noAnswers: 'Geen antwoorden in deze periode',
  answers: { one: '{n} antwoord', other: '{n} antwoorden' },
  responseRate: 'Responspercentage',
  answeredOfAsked: {
    one: '{a} van {n} gevraagde klant antwoordde',
    other: '{a} van {n} gevraagde klanten antwoordden',
  },
  followUps: 'Opvolging na „Nee”',
  open: 'Open',
  contacted: 'Gecontacteerd',
  resolved: 'Opgelost',
  publicScore: 'Openbare score nu: {p} ({window})',
  lastAnswers: { one: 'laatste antwoord', other: 'laatste {n} antwoorden' },
  lastDays: { one: 'laatste dag', other: 'laatste {n} dagen' },

  trend: 'Verloop',
  showTable: 'Als tabel tonen',
  showChart: 'Als grafiek tonen',
  chartLabel: 'Percentage tevreden en antwoorden per periode',
  chartHelp: 'De pijltjestoetsen lezen elke periode voor.',
  point: {
    one: '{period}: {p} tevreden (zeer waarschijnlijk {lo} tot {hi}), {n} antwoord',
    other: '{period}: {p} tevreden (zeer waarschijnlijk {lo} tot {hi}), {n} antwoorden',
  },
  pointEmpty: '{period}: geen antwoorden',
  target: 'Doel {t}',
  band: '95%-interval',
  period: 'Periode',
  percent: 'Tevreden',
  interval95: '95%-interval',

  agents: 'Medewerkers',
  channels: 'Kanalen',
  agent: 'Medewerker',
  channel: 'Kanaal',
  answersCol: 'Antwoorden',
  openCol: 'Open opvolging',
  trendCol: 'Verloop',
  sparkLabel: 'van {a} naar {b}',
  filterHint: 'Kies een naam om op de hele pagina alleen diens cijfers te zien.',
  filterBy: 'Alleen {name} tonen',
  nothing: 'Niets in deze periode.',
  agentsOfChannel: 'Voor één kanaal wordt niet per medewerker geteld. Toon weer alles om de medewerkers te zien.',
  channelsOfAgent: 'Voor één medewerker wordt niet per kanaal geteld. Toon weer alles om de kanalen te zien.',

  reasons: 'Redenen na „Nee”',
  reasonsHint: 'Bij een „Nee” kunnen meerdere redenen horen.',
  times: { one: '{n} keer', other: '{n} keer' },
};

const ja: TeamWords = {
  title: 'チームページ',
  needsScript: 'チームページには JavaScript が必要です。セッションを使って API からボードを読み込みます。',
  notFoundTitle: 'ボードが見つかりません',
  notFound: 'リンクを確認するか、新しいリンクを依頼してください：npm run admin -- dashboard <board>',
  signInTitle: 'チームページにサインイン',
  signInIntro:
    '管理者が作成したサインインリンク（npm run admin -- dashboard）を開くか、このボードの読み取り権限のあるキーを貼り付けてください。',
  keyLabel: 'ボードのキー',
  keyHint: 'このタブで 8 時間有効なセッションに交換されます。キー自体は保存されません。',
  signIn: 'サインイン',
  signingIn: 'サインインしています…',
  signOut: 'サインアウト',
  sessionEnded: 'セッションが終了しました。続けるにはもう一度サインインしてください。',
  linkRefused:
    'このサインインリンクはもう使えません。すでに使用されたか、有効期限が切れています。新しいリンクを依頼してください。',
  keyRefused:
    'このキーはこのボードで受け付けられませんでした。キー全体が貼り付けられ、読み取り権限があるか確認してください。',
  keyEmpty: '先にボードのキーを貼り付けてください。',
  offline: 'サーバーに接続できませんでした。接続を確認して、もう一度お試しください。',
  failed: 'うまくいきませんでした：{message}',
  retry: '再試行',
  loading: '読み込み中…',
  signedInUntil: '{t} までサインイン中',
  readOnly: '閲覧のみ',

  range: '期間',
  last30: '過去 30 日',
  last12w: '過去 12 週',
  last12m: '過去 12 か月',
  custom: 'カスタム',
  from: '開始日',
  to: '終了日',
  apply: '表示',
  interval: '単位',
  day: '日',
  week: '週',
  month: '月',
  filterAgent: '担当者：{name}',
  filterChannel: 'チャネル：{name}',
  removeFilter: 'すべて表示に戻す（絞り込み {name} を解除）',
  none: '名前なし',

  now: '現在',
  satisfied: '満足',
  ci: 'ほぼ確実に{lo}～{hi}の範囲',
  noAnswers: 'この期間の回答はありません',
  answers: { other: '回答 {n} 件' },
  responseRate: '回答率',
  answeredOfAsked: { other: '回答をお願いした {n} 人中 {a} 人が回答' },
  followUps: '「いいえ」へのフォローアップ',
  open: '未対応',
  contacted: '連絡済み',
  resolved: '解決済み',
  publicScore: '現在の公開スコア：{p}（{window}）',
  lastAnswers: { other: '直近 {n} 件の回答' },
  lastDays: { other: '過去 {n} 日' },

  trend: '推移',
  showTable: '表で表示',
  showChart: 'グラフで表示',
  chartLabel: '期間ごとの満足の割合と回答数',
  chartHelp: '矢印キーで各期間を読み上げます。',
  point: { other: '{period}：満足 {p}（ほぼ確実に {lo}～{hi}）、回答 {n} 件' },
  pointEmpty: '{period}：回答なし',
  target: '目標 {t}',
  band: '95 % 区間',
  period: '期間',
  percent: '満足',
  interval95: '95 % 区間',

  agents: '担当者',
  channels: 'チャネル',
  agent: '担当者',
  channel: 'チャネル',
  answersCol: '回答数',
  openCol: '未対応のフォローアップ',
  trendCol: '推移',
  sparkLabel: '{a} から {b} へ',
  filterHint: '名前を選ぶと、ページ全体がその数値だけになります。',
  filterBy: '{name} だけを表示',
  nothing: 'この期間には何もありません。',
  agentsOfChannel: '1 つのチャネル内では担当者ごとに集計していません。担当者を見るには、すべて表示に戻してください。',
  channelsOfAgent:
    '1 人の担当者についてはチャネルごとに集計していません。チャネルを見るには、すべて表示に戻してください。',

  reasons: '「いいえ」の理由',
  reasonsHint: '1 件の「いいえ」に複数の理由が含まれることがあります。',
  times: { other: '{n} 回' },
};

const zh: TeamWords = {
  title: '团队页面',
  needsScript: '团队页面需要 JavaScript：它用你的会话通过 API 读取看板。',
  notFoundTitle: '没有这个看板',
  notFound: '请检查链接，或索取新的链接：npm run admin -- dashboard <board>',
  signInTitle: '登录团队页面',
  signInIntro: '打开管理员创建的登录链接（npm run admin -- dashboard），或粘贴此看板具有读取权限的密钥。',
  keyLabel: '看板密钥',
  keyHint: '它会换成此标签页中有效 8 小时的会话；密钥本身不会被保存。',
  signIn: '登录',
  signingIn: '正在登录…',
  signOut: '退出登录',
  sessionEnded: '你的会话已结束。请重新登录以继续。',
  linkRefused: '此登录链接已失效：它已被使用或已过期。请索取新的链接。',
  keyRefused: '此看板不接受该密钥。请检查密钥是否完整并具有读取权限。',
  keyEmpty: '请先粘贴看板密钥。',
  offline: '无法连接服务器。请检查网络后重试。',
  failed: '操作失败：{message}',
  retry: '重试',
  loading: '正在加载…',
  signedInUntil: '登录有效至 {t}',
  readOnly: '只读',

  range: '日期',
  last30: '最近 30 天',
  last12w: '最近 12 周',
  last12m: '最近 12 个月',
  custom: '自定义',
  from: '从',
  to: '至',
  apply: '显示',
  interval: '按',
  day: '天',
  week: '周',
  month: '月',
  filterAgent: '客服：{name}',
  filterChannel: '渠道：{name}',
  removeFilter: '重新显示全部（移除筛选 {name}）',
  none: '未命名',

  now: '当前',
  satisfied: '满意',
  ci: '很可能在 {lo} 到 {hi} 之间',
  noAnswers: '这段日期内没有回答',
  answers: { other: '{n} 个回答' },
  responseRate: '回复率',
  answeredOfAsked: { other: '{n} 位受邀客户中 {a} 位已回答' },
  followUps: '“不满意”后的跟进',
  open: '待处理',
  contacted: '已联系',
  resolved: '已解决',
  publicScore: '当前公开得分：{p}（{window}）',
  lastAnswers: { other: '最近 {n} 个回答' },
  lastDays: { other: '最近 {n} 天' },

  trend: '趋势',
  showTable: '以表格显示',
  showChart: '以图表显示',
  chartLabel: '各时段的满意比例和回答数',
  chartHelp: '用方向键逐个朗读各时段。',
  point: { other: '{period}：{p} 满意（很可能在 {lo} 到 {hi} 之间），{n} 个回答' },
  pointEmpty: '{period}：没有回答',
  target: '目标 {t}',
  band: '95% 区间',
  period: '时段',
  percent: '满意',
  interval95: '95% 区间',

  agents: '客服',
  channels: '渠道',
  agent: '客服',
  channel: '渠道',
  answersCol: '回答数',
  openCol: '待处理的跟进',
  trendCol: '趋势',
  sparkLabel: '从 {a} 到 {b}',
  filterHint: '选择一个名称，整个页面将只显示它的数据。',
  filterBy: '只显示 {name}',
  nothing: '这段日期内没有数据。',
  agentsOfChannel: '单个渠道内不按客服统计。请重新显示全部以查看客服。',
  channelsOfAgent: '单个客服不按渠道统计。请重新显示全部以查看渠道。',

  reasons: '“不满意”的原因',
  reasonsHint: '一个“不满意”可能包含多个原因。',
  times: { other: '{n} 次' },
};

const zhHant: TeamWords = {
  title: '團隊頁面',
  needsScript: '團隊頁面需要 JavaScript：它用你的工作階段透過 API 讀取看板。',
  notFoundTitle: '沒有這個看板',
  notFound: '請檢查連結，或索取新的連結：npm run admin -- dashboard <board>',
  signInTitle: '登入團隊頁面',
  signInIntro: '開啟管理員建立的登入連結（npm run admin -- dashboard），或貼上此看板具有讀取權限的金鑰。',
  keyLabel: '看板金鑰',
  keyHint: '它會換成此分頁中有效 8 小時的工作階段；金鑰本身不會被保存。',
  signIn: '登入',
  signingIn: '正在登入…',
  signOut: '登出',
  sessionEnded: '你的工作階段已結束。請重新登入以繼續。',
  linkRefused: '此登入連結已失效：它已被使用或已過期。請索取新的連結。',
  keyRefused: '此看板不接受該金鑰。請檢查金鑰是否完整並具有讀取權限。',
  keyEmpty: '請先貼上看板金鑰。',
  offline: '無法連線到伺服器。請檢查網路後再試一次。',
  failed: '操作失敗：{message}',
  retry: '再試一次',
  loading: '正在載入…',
  signedInUntil: '登入有效至 {t}',
  readOnly: '唯讀',

  range: '日期',
  last30: '最近 30 天',
  last12w: '最近 12 週',
  last12m: '最近 12 個月',
  custom: '自訂',
  from: '從',
  to: '至',
  apply: '顯示',
  interval: '按',
  day: '天',
  week: '週',
  month: '月',
  filterAgent: '客服：{name}',
  filterChannel: '管道：{name}',
  removeFilter: '重新顯示全部（移除篩選 {name}）',
  none: '未命名',

  now: '目前',
  satisfied: '滿意',
  ci: '很可能在 {lo} 到 {hi} 之間',
  noAnswers: '這段日期內沒有回答',
  answers: { other: '{n} 個回答' },
  responseRate: '回覆率',
  answeredOfAsked: { other: '{n} 位受邀客戶中 {a} 位已回答' },
  followUps: '「不滿意」後的追蹤',
  open: '待處理',
  contacted: '已聯絡',
  resolved: '已解決',
  publicScore: '目前公開分數：{p}（{window}）',
  lastAnswers: { other: '最近 {n} 個回答' },
  lastDays: { other: '最近 {n} 天' },

  trend: '趨勢',
  showTable: '以表格顯示',
  showChart: '以圖表顯示',
  chartLabel: '各時段的滿意比例和回答數',
  chartHelp: '用方向鍵逐一朗讀各時段。',
  point: { other: '{period}：{p} 滿意（很可能在 {lo} 到 {hi} 之間），{n} 個回答' },
  pointEmpty: '{period}：沒有回答',
  target: '目標 {t}',
  band: '95% 區間',
  period: '時段',
  percent: '滿意',
  interval95: '95% 區間',

  agents: '客服',
  channels: '管道',
  agent: '客服',
  channel: '管道',
  answersCol: '回答數',
  openCol: '待處理的追蹤',
  trendCol: '趨勢',
  sparkLabel: '從 {a} 到 {b}',
  filterHint: '選擇一個名稱，整個頁面將只顯示它的數據。',
  filterBy: '只顯示 {name}',
  nothing: '這段日期內沒有資料。',
  agentsOfChannel: '單一管道內不按客服統計。請重新顯示全部以查看客服。',
  channelsOfAgent: '單一客服不按管道統計。請重新顯示全部以查看管道。',

  reasons: '「不滿意」的原因',
  reasonsHint: '一個「不滿意」可能包含多個原因。',
  times: { other: '{n} 次' },
};

export const TEAM_WORDS: Record<Language, TeamWords> = { en, de, fr, es, pt, it, nl, ja, zh, 'zh-Hant': zhHant, ar };

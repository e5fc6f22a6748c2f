/**
 * The wording of the scoreboard's method page (/scoreboard/{board}/method): how the number is
 * made, in plain words. `{x}` are filled by worker/pages/scoreboard/Method.tsx.
 */
import type { Language } from './languages';

export interface MethodWords {
  title: string;
  /** `{q}`: the question as the widget asks it */
  question: string;
  /** `{w}`: the window in words ("last 100 ratings", "last 30 days") */
  window: string;
  formula: string;
  /** `{n}` ratings, `{lo}`–`{hi}` the 95 % Wilson interval */
  interval: string;
  /** before any answer */
  noInterval: string;
  /** `{r}`: the response rate, or "—" */
  responseRate: string;
  untouched: string;
  back: string;
}

export const METHOD_WORDS: Record<Language, MethodWords> = {
  en: {
    title: 'How this score is measured',
    question: 'After a support conversation, each customer is asked one question: “{q}” They answer Yes or No.',
    window:
      'The score counts the {w}. One answer per conversation: a customer who changes their mind replaces their earlier answer.',
    formula: 'Satisfaction = Yes answers ÷ (Yes + No answers) × 100, with one decimal.',
    interval:
      'How sure it is: with {n} ratings, the real share of satisfied customers is very likely (95 % Wilson interval) between {lo} and {hi}. The more ratings, the narrower this range.',
    noInterval: 'With no ratings yet there is no number and no range.',
    responseRate: 'Response rate: of the customers asked in the same period, the share who answered: {r}.',
    untouched:
      'No answer is edited, filtered or weighted: every answer counts as given, and this page shows the live result.',
    back: 'Back to the scoreboard',
  },
  de: {
    title: 'Wie dieser Wert gemessen wird',
    question: 'Nach einem Support-Gespräch wird jeder Kunde eines gefragt: „{q}“ Die Antwort ist Ja oder Nein.',
    window: 'Gezählt werden: {w}. Eine Antwort pro Gespräch: Wer seine Meinung ändert, ersetzt seine frühere Antwort.',
    formula: 'Zufriedenheit = Ja-Antworten ÷ (Ja- + Nein-Antworten) × 100, mit einer Nachkommastelle.',
    interval:
      'Wie sicher das ist: Bei {n} Bewertungen liegt der wahre Anteil zufriedener Kunden sehr wahrscheinlich (95-%-Wilson-Intervall) zwischen {lo} und {hi}. Je mehr Bewertungen, desto enger dieser Bereich.',
    noInterval: 'Ohne Bewertungen gibt es noch keinen Wert und keinen Bereich.',
    responseRate: 'Antwortquote: Anteil der im selben Zeitraum gefragten Kunden, die geantwortet haben: {r}.',
    untouched:
      'Keine Antwort wird bearbeitet, gefiltert oder gewichtet: Jede Antwort zählt, wie sie gegeben wurde, und diese Seite zeigt das aktuelle Ergebnis.',
    back: 'Zurück zur Anzeigetafel',
  },
  fr: {
    title: 'Comment ce score est mesuré',
    question:
      'Après un échange avec le support, chaque client reçoit une seule question : « {q} » Il répond Oui ou Non.',
    window:
      'Le score compte : {w}. Une réponse par échange : un client qui change d’avis remplace sa réponse précédente.',
    formula: 'Satisfaction = réponses Oui ÷ (réponses Oui + Non) × 100, à une décimale.',
    interval:
      'Sa fiabilité : avec {n} évaluations, la vraie part de clients satisfaits se situe très probablement (intervalle de Wilson à 95 %) entre {lo} et {hi}. Plus il y a d’évaluations, plus cette plage est étroite.',
    noInterval: 'Sans évaluation, il n’y a encore ni score ni plage.',
    responseRate: 'Taux de réponse : part des clients interrogés sur la même période qui ont répondu : {r}.',
    untouched:
      'Aucune réponse n’est modifiée, filtrée ni pondérée : chaque réponse compte telle qu’elle a été donnée, et cette page montre le résultat en direct.',
    back: 'Retour au tableau',
  },
  es: {
    title: 'Cómo se mide esta puntuación',
    question: 'Tras una conversación con soporte, a cada cliente se le hace una sola pregunta: «{q}» Responde Sí o No.',
    window:
      'La puntuación cuenta: {w}. Una respuesta por conversación: quien cambia de opinión sustituye su respuesta anterior.',
    formula: 'Satisfacción = respuestas Sí ÷ (respuestas Sí + No) × 100, con un decimal.',
    interval:
      'Su fiabilidad: con {n} valoraciones, la proporción real de clientes satisfechos está muy probablemente (intervalo de Wilson del 95 %) entre {lo} y {hi}. Cuantas más valoraciones, más estrecho es este rango.',
    noInterval: 'Sin valoraciones todavía no hay puntuación ni rango.',
    responseRate: 'Tasa de respuesta: proporción de clientes consultados en el mismo periodo que respondieron: {r}.',
    untouched:
      'Ninguna respuesta se edita, filtra ni pondera: cada respuesta cuenta tal como se dio, y esta página muestra el resultado en directo.',
    back: 'Volver al marcador',
  },
  pt: {
    title: 'Como esta pontuação é medida',
    question: 'Após uma conversa com o suporte, cada cliente recebe uma única pergunta: “{q}” A resposta é Sim ou Não.',
    window: 'A pontuação conta: {w}. Uma resposta por conversa: quem muda de ideia substitui a resposta anterior.',
    formula: 'Satisfação = respostas Sim ÷ (respostas Sim + Não) × 100, com uma casa decimal.',
    interval:
      'Grau de certeza: com {n} avaliações, a verdadeira parcela de clientes satisfeitos está muito provavelmente (intervalo de Wilson de 95%) entre {lo} e {hi}. Quanto mais avaliações, mais estreita essa faixa.',
    noInterval: 'Sem avaliações ainda não há pontuação nem faixa.',
    responseRate: 'Taxa de resposta: parcela dos clientes consultados no mesmo período que responderam: {r}.',
    untouched:
      'Nenhuma resposta é editada, filtrada ou ponderada: cada resposta conta como foi dada, e esta página mostra o resultado ao vivo.',
    back: 'Voltar ao placar',
  },
  it: {
    title: 'Come viene misurato questo punteggio',
    question:
      'Dopo una conversazione con l’assistenza, a ogni cliente viene posta una sola domanda: «{q}» Risponde Sì o No.',
    window:
      'Il punteggio conta: {w}. Una risposta per conversazione: chi cambia idea sostituisce la risposta precedente.',
    formula: 'Soddisfazione = risposte Sì ÷ (risposte Sì + No) × 100, con un decimale.',
    interval:
      'Quanto è affidabile: con {n} valutazioni, la vera quota di clienti soddisfatti è molto probabilmente (intervallo di Wilson al 95%) tra {lo} e {hi}. Più valutazioni, più stretto l’intervallo.',
    noInterval: 'Senza valutazioni non c’è ancora né punteggio né intervallo.',
    responseRate: 'Tasso di risposta: quota dei clienti interpellati nello stesso periodo che hanno risposto: {r}.',
    untouched:
      'Nessuna risposta viene modificata, filtrata o ponderata: ogni risposta conta così com’è stata data, e questa pagina mostra il risultato in tempo reale.',
    back: 'Torna al tabellone',
  },
  nl: {
    title: 'Hoe deze score gemeten wordt',
    question: 'Na een supportgesprek krijgt elke klant één vraag: ‘{q}’ Het antwoord is Ja of Nee.',
    window:
      'De score telt: {w}. Eén antwoord per gesprek: wie van gedachten verandert, vervangt zijn eerdere antwoord.',
    formula: 'Tevredenheid = Ja-antwoorden ÷ (Ja- + Nee-antwoorden) × 100, met één decimaal.',
    interval:
      'Hoe zeker het is: met {n} beoordelingen ligt het echte aandeel tevreden klanten zeer waarschijnlijk (95%-Wilsoninterval) tussen {lo} en {hi}. Hoe meer beoordelingen, hoe smaller dit bereik.',
    noInterval: 'Zonder beoordelingen is er nog geen score en geen bereik.',
    responseRate: 'Responspercentage: aandeel van de in dezelfde periode gevraagde klanten dat antwoordde: {r}.',
    untouched:
      'Geen antwoord wordt bewerkt, gefilterd of gewogen: elk antwoord telt zoals het gegeven is, en deze pagina toont het live resultaat.',
    back: 'Terug naar het scorebord',
  },
  ja: {
    title: 'このスコアの算出方法',
    question: 'サポートのやり取りの後、各お客様に1つだけ質問します：「{q}」回答は「はい」か「いいえ」です。',
    window: '集計対象：{w}。1件のやり取りにつき回答は1つで、考えが変わった場合は以前の回答が置き換えられます。',
    formula: '満足度 = 「はい」の数 ÷（「はい」+「いいえ」の数）× 100（小数点以下1桁）。',
    interval:
      '確からしさ：{n}件の評価から、満足しているお客様の本当の割合は、ほぼ確実に（95% Wilson 区間）{lo}～{hi}の範囲にあります。評価が増えるほど範囲は狭くなります。',
    noInterval: '評価がまだないため、スコアも範囲もありません。',
    responseRate: '回答率：同じ期間に質問したお客様のうち回答した割合：{r}。',
    untouched:
      '回答の編集・除外・重み付けは一切行いません。すべての回答をそのまま数え、このページは最新の結果を表示します。',
    back: 'スコアボードに戻る',
  },
  zh: {
    title: '这个分数是如何计算的',
    question: '每次支持对话结束后，我们只问每位客户一个问题：“{q}”回答为“满意”或“不满意”。',
    window: '统计范围：{w}。每次对话只计一个回答：客户改变主意时，新回答取代旧回答。',
    formula: '满意度 = 满意回答数 ÷（满意 + 不满意回答数）× 100，保留一位小数。',
    interval:
      '可信程度：基于 {n} 个评价，满意客户的真实比例很可能（95% Wilson 区间）在 {lo} 到 {hi} 之间。评价越多，范围越窄。',
    noInterval: '尚无评价，因此还没有分数和范围。',
    responseRate: '回复率：同一期间被询问的客户中作出回答的比例：{r}。',
    untouched: '任何回答都不会被编辑、过滤或加权：每个回答按原样计入，本页显示实时结果。',
    back: '返回记分板',
  },
  'zh-Hant': {
    title: '這個分數是如何計算的',
    question: '每次支援對話結束後，我們只問每位客戶一個問題：「{q}」回答為「滿意」或「不滿意」。',
    window: '統計範圍：{w}。每次對話只計一個回答：客戶改變主意時，新回答取代舊回答。',
    formula: '滿意度 = 滿意回答數 ÷（滿意 + 不滿意回答數）× 100，保留一位小數。',
    interval:
      '可信程度：根據 {n} 個評價，滿意客戶的真實比例很可能（95% Wilson 區間）在 {lo} 到 {hi} 之間。評價越多，範圍越窄。',
    noInterval: '尚無評價，因此還沒有分數和範圍。',
    responseRate: '回覆率：同一期間被詢問的客戶中作出回答的比例：{r}。',
    untouched: '任何回答都不會被編輯、過濾或加權：每個回答按原樣計入，本頁顯示即時結果。',
    back: '返回記分板',
  },
  ar: {
    title: 'كيف تُقاس هذه النتيجة',
    question: 'بعد كل محادثة مع الدعم يُسأل كل عميل سؤالًا واحدًا: «{q}» ويجيب بنعم أو لا.',
    window: 'تُحتسب: {w}. إجابة واحدة لكل محادثة: من يغيّر رأيه تحلّ إجابته الجديدة محل السابقة.',
    formula: 'الرضا = إجابات نعم ÷ (إجابات نعم + لا) × 100، بمنزلة عشرية واحدة.',
    interval:
      'مدى الدقة: مع {n} تقييم، تقع النسبة الحقيقية للعملاء الراضين على الأرجح (فاصل ويلسون 95٪) بين {lo} و{hi}. كلما زادت التقييمات ضاق هذا النطاق.',
    noInterval: 'لا توجد تقييمات بعد، فلا نتيجة ولا نطاق.',
    responseRate: 'معدل الاستجابة: نسبة العملاء الذين سُئلوا في الفترة نفسها وأجابوا: {r}.',
    untouched: 'لا تُعدَّل أي إجابة ولا تُستبعد ولا تُرجَّح: تُحتسب كل إجابة كما أُعطيت، وتعرض هذه الصفحة النتيجة الحية.',
    back: 'العودة إلى لوحة النتائج',
  },
};

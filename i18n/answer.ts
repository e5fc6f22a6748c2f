/**
 * The wording of the answer form, which the widget shows on a support site and the e-mail rating
 * page shows on its own: a customer reads the same words in both places. Edit a phrase here and
 * both change.
 *
 * The widget's build (widget/vite.config.ts) replaces this module with English alone; a reader of
 * another language gets that language's words once from the API origin (`GET /widget/words/<lang>.json`,
 * worker/routes/widget.ts), which serves them from this same module, so nothing can drift.
 */
import type { Language } from './languages';

export interface AnswerWords {
  question: string;
  yes: string;
  no: string;
  /** label of the optional comment box */
  comment: string;
  /** the widget's button under the comment box */
  send: string;
  thanks: string;
  /** before the answer given ("Your answer: No") */
  yourAnswer: string;
  change: string;
  sending: string;
  saved: string;
  /** a send that failed for now and will be retried */
  offline: string;
  /** the server refused the answer for good (wrong board, token, origin): nothing was kept */
  notSaved: string;
  /** after "No": above the board's reasons and the comment box */
  better: string;
  /** thanks after "Yes"; `{board}` is the board's name, a link to its scoreboard */
  addedYes: string;
  /** thanks after "No" */
  addedNo: string;
  /** shown instead of a question that could not be saved (a wrong embed found at load), with a way out */
  unavailable: string;
}

export const ANSWER_WORDS: Record<Language, AnswerWords> = {
  en: {
    question: 'Are you satisfied with the response you got?',
    yes: 'Yes',
    no: 'No',
    comment: 'Comment (optional)',
    send: 'Send',
    thanks: 'Thank you!',
    yourAnswer: 'Your answer:',
    change: 'Change answer',
    sending: 'Sending…',
    saved: 'Saved.',
    offline: "Will be sent when you're back online",
    notSaved: 'Not saved',
    better: 'What could we have done better?',
    addedYes: 'You added a happy panda to {board}’s board.',
    addedNo: 'You added a sad panda to {board}’s board.',
    unavailable: 'This survey can’t save answers here. Please reply to your support e-mail instead.',
  },
  de: {
    question: 'Sind Sie mit der Antwort zufrieden?',
    yes: 'Ja',
    no: 'Nein',
    comment: 'Kommentar (optional)',
    send: 'Senden',
    thanks: 'Vielen Dank!',
    yourAnswer: 'Ihre Antwort:',
    change: 'Antwort ändern',
    sending: 'Wird gesendet…',
    saved: 'Gespeichert.',
    offline: 'Wird gesendet, sobald Sie wieder online sind',
    notSaved: 'Nicht gespeichert',
    better: 'Was hätten wir besser machen können?',
    addedYes: 'Sie haben dem Board von {board} einen glücklichen Panda hinzugefügt.',
    addedNo: 'Sie haben dem Board von {board} einen traurigen Panda hinzugefügt.',
    unavailable:
      'Diese Umfrage kann hier keine Antworten speichern. Bitte antworten Sie stattdessen auf Ihre Support-E-Mail.',
  },
  fr: {
    question: 'Êtes-vous satisfait de la réponse reçue ?',
    yes: 'Oui',
    no: 'Non',
    comment: 'Commentaire (facultatif)',
    send: 'Envoyer',
    thanks: 'Merci !',
    yourAnswer: 'Votre réponse :',
    change: 'Modifier la réponse',
    sending: 'Envoi…',
    saved: 'Enregistré.',
    offline: 'Sera envoyé dès votre retour en ligne',
    notSaved: 'Non enregistré',
    better: 'Qu’aurions-nous pu mieux faire ?',
    addedYes: 'Vous avez ajouté un panda heureux au tableau de {board}.',
    addedNo: 'Vous avez ajouté un panda triste au tableau de {board}.',
    unavailable: 'Ce questionnaire ne peut pas enregistrer de réponse ici. Répondez plutôt à l’e-mail du support.',
  },
  es: {
    question: '¿Está satisfecho con la respuesta recibida?',
    yes: 'Sí',
    no: 'No',
    comment: 'Comentario (opcional)',
    send: 'Enviar',
    thanks: '¡Gracias!',
    yourAnswer: 'Su respuesta:',
    change: 'Cambiar respuesta',
    sending: 'Enviando…',
    saved: 'Guardado.',
    offline: 'Se enviará cuando vuelva a estar en línea',
    notSaved: 'No guardado',
    better: '¿Qué podríamos haber hecho mejor?',
    addedYes: 'Ha añadido un panda feliz al tablero de {board}.',
    addedNo: 'Ha añadido un panda triste al tablero de {board}.',
    unavailable: 'Esta encuesta no puede guardar respuestas aquí. Responda al correo de soporte en su lugar.',
  },
  pt: {
    question: 'Está satisfeito com a resposta recebida?',
    yes: 'Sim',
    no: 'Não',
    comment: 'Comentário (opcional)',
    send: 'Enviar',
    thanks: 'Obrigado!',
    yourAnswer: 'Sua resposta:',
    change: 'Alterar resposta',
    sending: 'Enviando…',
    saved: 'Salvo.',
    offline: 'Será enviado quando você voltar a ficar online',
    notSaved: 'Não salvo',
    better: 'O que poderíamos ter feito melhor?',
    addedYes: 'Você adicionou um panda feliz ao painel de {board}.',
    addedNo: 'Você adicionou um panda triste ao painel de {board}.',
    unavailable: 'Esta pesquisa não pode salvar respostas aqui. Responda ao e-mail do suporte.',
  },
  it: {
    question: 'È soddisfatto della risposta ricevuta?',
    yes: 'Sì',
    no: 'No',
    comment: 'Commento (facoltativo)',
    send: 'Invia',
    thanks: 'Grazie!',
    yourAnswer: 'La sua risposta:',
    change: 'Cambia risposta',
    sending: 'Invio…',
    saved: 'Salvato.',
    offline: 'Verrà inviato quando tornerà online',
    notSaved: 'Non salvato',
    better: 'Cosa avremmo potuto fare meglio?',
    addedYes: 'Ha aggiunto un panda felice alla bacheca di {board}.',
    addedNo: 'Ha aggiunto un panda triste alla bacheca di {board}.',
    unavailable: 'Questo sondaggio non può salvare risposte qui. Risponda invece all’e-mail dell’assistenza.',
  },
  nl: {
    question: 'Bent u tevreden met het antwoord?',
    yes: 'Ja',
    no: 'Nee',
    comment: 'Opmerking (optioneel)',
    send: 'Versturen',
    thanks: 'Bedankt!',
    yourAnswer: 'Uw antwoord:',
    change: 'Antwoord wijzigen',
    sending: 'Versturen…',
    saved: 'Opgeslagen.',
    offline: 'Wordt verstuurd zodra u weer online bent',
    notSaved: 'Niet opgeslagen',
    better: 'Wat hadden we beter kunnen doen?',
    addedYes: 'U hebt een blije panda toegevoegd aan het bord van {board}.',
    addedNo: 'U hebt een verdrietige panda toegevoegd aan het bord van {board}.',
    unavailable: 'Deze enquête kan hier geen antwoorden opslaan. Beantwoord in plaats daarvan de e-mail van support.',
  },
  ja: {
    question: '今回の回答にご満足いただけましたか？',
    yes: 'はい',
    no: 'いいえ',
    comment: 'コメント（任意）',
    send: '送信',
    thanks: 'ありがとうございました！',
    yourAnswer: 'あなたの回答：',
    change: '回答を変更',
    sending: '送信中…',
    saved: '保存しました。',
    offline: 'オンラインに戻ったら送信します',
    notSaved: '保存できませんでした',
    better: 'どうすればもっと良くできたでしょうか？',
    addedYes: '{board}のボードに嬉しいパンダを追加しました。',
    addedNo: '{board}のボードに悲しいパンダを追加しました。',
    unavailable: 'このアンケートはここでは回答を保存できません。代わりにサポートからのメールにご返信ください。',
  },
  zh: {
    question: '您对收到的答复满意吗？',
    yes: '满意',
    no: '不满意',
    comment: '评论（可选）',
    send: '发送',
    thanks: '谢谢！',
    yourAnswer: '您的回答：',
    change: '修改回答',
    sending: '正在发送…',
    saved: '已保存。',
    offline: '恢复联网后将自动发送',
    notSaved: '未能保存',
    better: '我们哪些方面可以做得更好？',
    addedYes: '您为{board}的看板添加了一只开心的熊猫。',
    addedNo: '您为{board}的看板添加了一只难过的熊猫。',
    unavailable: '此问卷无法在此保存回答。请直接回复支持团队的邮件。',
  },
  'zh-Hant': {
    question: '您對收到的答覆滿意嗎？',
    yes: '滿意',
    no: '不滿意',
    comment: '意見（選填）',
    send: '送出',
    thanks: '謝謝！',
    yourAnswer: '您的回答：',
    change: '修改回答',
    sending: '正在送出…',
    saved: '已儲存。',
    offline: '恢復連線後將自動送出',
    notSaved: '未能儲存',
    better: '我們哪些方面可以做得更好？',
    addedYes: '您為{board}的看板新增了一隻開心的熊貓。',
    addedNo: '您為{board}的看板新增了一隻難過的熊貓。',
    unavailable: '此問卷無法在此儲存回答。請直接回覆支援團隊的電子郵件。',
  },
  ar: {
    question: 'هل أنت راضٍ عن الرد الذي تلقيته؟',
    yes: 'نعم',
    no: 'لا',
    comment: 'تعليق (اختياري)',
    send: 'إرسال',
    thanks: 'شكرًا!',
    yourAnswer: 'إجابتك:',
    change: 'تغيير الإجابة',
    sending: 'جارٍ الإرسال…',
    saved: 'تم الحفظ.',
    offline: 'سيتم الإرسال عند عودة الاتصال',
    notSaved: 'لم يتم الحفظ',
    better: 'ما الذي كان بإمكاننا فعله بشكل أفضل؟',
    addedYes: 'أضفت باندا سعيدًا إلى لوحة {board}.',
    addedNo: 'أضفت باندا حزينًا إلى لوحة {board}.',
    unavailable: 'لا يمكن لهذا الاستطلاع حفظ الإجابات هنا. يُرجى الرد على رسالة الدعم بدلًا من ذلك.',
  },
};

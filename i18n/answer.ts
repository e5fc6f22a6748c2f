/**
 * The wording of the answer form, which the widget shows on a support site and the e-mail rating
 * page shows on its own: a customer reads the same words in both places. Edit a phrase here and
 * both change.
 *
 * The widget's build (widget/vite.config.ts) replaces this module with a compact table of the same
 * shape, generated from it: the key names once, then one `|`-joined string per language. So no
 * phrase may contain `|` (a test checks that).
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
  },
};

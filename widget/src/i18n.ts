/**
 * Built-in wording. One `|`-joined string per language keeps the table small after gzip; the
 * order of the parts is the `Text` tuple below. Add a language by adding one line.
 */
const TABLE: Record<string, string> = {
  en: "Are you satisfied with the response you got?|Yes|No|Comment (optional)|Send|Thank you!|Change answer|Sending…|Saved|Will be sent when you're back online|Not saved",
  de: 'Sind Sie mit der Antwort zufrieden?|Ja|Nein|Kommentar (optional)|Senden|Vielen Dank!|Antwort ändern|Wird gesendet…|Gespeichert|Wird gesendet, sobald Sie wieder online sind|Nicht gespeichert',
  fr: 'Êtes-vous satisfait de la réponse reçue ?|Oui|Non|Commentaire (facultatif)|Envoyer|Merci !|Modifier la réponse|Envoi…|Enregistré|Sera envoyé dès votre retour en ligne|Non enregistré',
  es: '¿Está satisfecho con la respuesta recibida?|Sí|No|Comentario (opcional)|Enviar|¡Gracias!|Cambiar respuesta|Enviando…|Guardado|Se enviará cuando vuelva a estar en línea|No guardado',
  pt: 'Está satisfeito com a resposta recebida?|Sim|Não|Comentário (opcional)|Enviar|Obrigado!|Alterar resposta|Enviando…|Salvo|Será enviado quando você voltar a ficar online|Não salvo',
  it: 'È soddisfatto della risposta ricevuta?|Sì|No|Commento (facoltativo)|Invia|Grazie!|Cambia risposta|Invio…|Salvato|Verrà inviato quando tornerà online|Non salvato',
  nl: 'Bent u tevreden met het antwoord?|Ja|Nee|Opmerking (optioneel)|Versturen|Bedankt!|Antwoord wijzigen|Versturen…|Opgeslagen|Wordt verstuurd zodra u weer online bent|Niet opgeslagen',
  ja: '今回の回答にご満足いただけましたか？|はい|いいえ|コメント（任意）|送信|ありがとうございました！|回答を変更|送信中…|保存しました|オンラインに戻ったら送信します|保存できませんでした',
  zh: '您对收到的答复满意吗？|满意|不满意|评论（可选）|发送|谢谢！|修改回答|正在发送…|已保存|恢复联网后将自动发送|未能保存',
  ar: 'هل أنت راضٍ عن الرد الذي تلقيته؟|نعم|لا|تعليق (اختياري)|إرسال|شكرًا!|تغيير الإجابة|جارٍ الإرسال…|تم الحفظ|سيتم الإرسال عند عودة الاتصال|لم يتم الحفظ',
};

/** question, yes, no, comment label, send, thanks, change, sending, saved, offline, failed */
export type Text = [string, string, string, string, string, string, string, string, string, string, string];

/** The first supported language among the candidates (BCP 47 tags; only the primary subtag counts). */
export function pickLang(...tags: (string | null | undefined)[]): string {
  for (const tag of tags) {
    const l = (tag || '').slice(0, 2).toLowerCase();
    if (TABLE[l]) return l;
  }
  return 'en';
}

export const text = (lang: string) => TABLE[lang]!.split('|') as Text;

export const LANGS = Object.keys(TABLE);

/**
 * The rating page's own wording (/rate/…): its button, its messages and its error pages. The
 * question, the answers and the thanks are the answer form's (./answer.ts), shared with the widget.
 */
import type { Language } from './languages';

export interface RatePageWords {
  /** shown before the interaction id, e.g. "Support request T-1234" */
  request: string;
  /** the button that sends the choice and the comment */
  confirm: string;
  saveComment: string;
  /** the thank-you page after the comment (and reasons) were sent again */
  commentSaved: string;
  changeHint: string;
  chooseVerdict: string;
  commentTooLong: string;
  /** the comment holds a character the text rule refuses (worker/lib/text.ts) */
  commentChars: string;
  badTitle: string;
  badBody: string;
  expiredTitle: string;
  expiredBody: string;
  closedTitle: string;
  closedBody: string;
  busyTitle: string;
  busyBody: string;
  formTitle: string;
  formBody: string;
}

export const RATE_PAGE_WORDS: Record<Language, RatePageWords> = {
  en: {
    request: 'Support request',
    confirm: 'Send my answer',
    saveComment: 'Save comment',
    commentSaved: 'Comment saved.',
    changeHint: 'Changed your mind? Use the other link in the e-mail.',
    chooseVerdict: 'Please choose Yes or No.',
    commentTooLong: 'The comment is too long: 1000 characters at most.',
    commentChars: 'The comment holds an invisible or control character that cannot be saved; please remove it.',
    badTitle: 'This rating link does not work',
    badBody:
      'The link is incomplete or was not made for this page. Please reply to the e-mail instead — we read every reply.',
    expiredTitle: 'This rating link has expired',
    expiredBody: 'It is too late to rate with this link. Please reply to the e-mail instead — we read every reply.',
    closedTitle: 'Ratings by link are not open here',
    closedBody:
      'This team takes ratings only on its own website. Please reply to the e-mail instead — we read every reply.',
    busyTitle: 'Too many answers at once',
    busyBody: 'Please try again in a minute, or reply to the e-mail instead.',
    formTitle: 'Something went wrong with this form',
    formBody: 'Please open the link from the e-mail again, or reply to the e-mail instead.',
  },
  de: {
    request: 'Support-Anfrage',
    confirm: 'Antwort senden',
    saveComment: 'Kommentar speichern',
    commentSaved: 'Kommentar gespeichert.',
    changeHint: 'Anders entschieden? Nutzen Sie den anderen Link in der E-Mail.',
    chooseVerdict: 'Bitte wählen Sie Ja oder Nein.',
    commentTooLong: 'Der Kommentar ist zu lang: höchstens 1000 Zeichen.',
    commentChars:
      'Der Kommentar enthält ein unsichtbares Zeichen oder Steuerzeichen, das nicht gespeichert werden kann; bitte entfernen Sie es.',
    badTitle: 'Dieser Bewertungslink funktioniert nicht',
    badBody:
      'Der Link ist unvollständig oder nicht für diese Seite bestimmt. Bitte antworten Sie stattdessen auf die E-Mail — wir lesen jede Antwort.',
    expiredTitle: 'Dieser Bewertungslink ist abgelaufen',
    expiredBody:
      'Mit diesem Link kann nicht mehr bewertet werden. Bitte antworten Sie stattdessen auf die E-Mail — wir lesen jede Antwort.',
    closedTitle: 'Bewertungen per Link sind hier nicht möglich',
    closedBody:
      'Dieses Team nimmt Bewertungen nur auf seiner eigenen Website an. Bitte antworten Sie stattdessen auf die E-Mail — wir lesen jede Antwort.',
    busyTitle: 'Zu viele Antworten auf einmal',
    busyBody: 'Bitte versuchen Sie es in einer Minute erneut oder antworten Sie auf die E-Mail.',
    formTitle: 'Bei diesem Formular ist etwas schiefgegangen',
    formBody: 'Bitte öffnen Sie den Link aus der E-Mail erneut oder antworten Sie auf die E-Mail.',
  },
  fr: {
    request: 'Demande d’assistance',
    confirm: 'Envoyer ma réponse',
    saveComment: 'Enregistrer le commentaire',
    commentSaved: 'Commentaire enregistré.',
    changeHint: 'Vous avez changé d’avis ? Utilisez l’autre lien de l’e-mail.',
    chooseVerdict: 'Veuillez choisir Oui ou Non.',
    commentTooLong: 'Le commentaire est trop long : 1000 caractères au maximum.',
    commentChars:
      'Le commentaire contient un caractère invisible ou de contrôle qui ne peut pas être enregistré ; veuillez le supprimer.',
    badTitle: 'Ce lien d’évaluation ne fonctionne pas',
    badBody:
      'Le lien est incomplet ou n’a pas été créé pour cette page. Répondez plutôt à l’e-mail — nous lisons chaque réponse.',
    expiredTitle: 'Ce lien d’évaluation a expiré',
    expiredBody: 'Il est trop tard pour évaluer avec ce lien. Répondez plutôt à l’e-mail — nous lisons chaque réponse.',
    closedTitle: 'L’évaluation par lien n’est pas ouverte ici',
    closedBody:
      'Cette équipe ne recueille les évaluations que sur son propre site. Répondez plutôt à l’e-mail — nous lisons chaque réponse.',
    busyTitle: 'Trop de réponses à la fois',
    busyBody: 'Réessayez dans une minute, ou répondez plutôt à l’e-mail.',
    formTitle: 'Un problème est survenu avec ce formulaire',
    formBody: 'Ouvrez à nouveau le lien de l’e-mail, ou répondez plutôt à l’e-mail.',
  },
  es: {
    request: 'Solicitud de soporte',
    confirm: 'Enviar mi respuesta',
    saveComment: 'Guardar comentario',
    commentSaved: 'Comentario guardado.',
    changeHint: '¿Ha cambiado de opinión? Use el otro enlace del correo.',
    chooseVerdict: 'Elija Sí o No.',
    commentTooLong: 'El comentario es demasiado largo: 1000 caracteres como máximo.',
    commentChars:
      'El comentario contiene un carácter invisible o de control que no se puede guardar; elimínelo, por favor.',
    badTitle: 'Este enlace de valoración no funciona',
    badBody:
      'El enlace está incompleto o no es para esta página. Responda al correo en su lugar — leemos todas las respuestas.',
    expiredTitle: 'Este enlace de valoración ha caducado',
    expiredBody:
      'Ya no se puede valorar con este enlace. Responda al correo en su lugar — leemos todas las respuestas.',
    closedTitle: 'Aquí no se aceptan valoraciones por enlace',
    closedBody:
      'Este equipo solo acepta valoraciones en su propio sitio web. Responda al correo en su lugar — leemos todas las respuestas.',
    busyTitle: 'Demasiadas respuestas a la vez',
    busyBody: 'Inténtelo de nuevo en un minuto o responda al correo en su lugar.',
    formTitle: 'Algo salió mal con este formulario',
    formBody: 'Abra de nuevo el enlace del correo o responda al correo en su lugar.',
  },
  pt: {
    request: 'Pedido de suporte',
    confirm: 'Enviar minha resposta',
    saveComment: 'Salvar comentário',
    commentSaved: 'Comentário salvo.',
    changeHint: 'Mudou de ideia? Use o outro link do e-mail.',
    chooseVerdict: 'Escolha Sim ou Não.',
    commentTooLong: 'O comentário é longo demais: no máximo 1000 caracteres.',
    commentChars:
      'O comentário contém um caractere invisível ou de controle que não pode ser salvo; remova-o, por favor.',
    badTitle: 'Este link de avaliação não funciona',
    badBody:
      'O link está incompleto ou não é para esta página. Responda ao e-mail em vez disso — lemos todas as respostas.',
    expiredTitle: 'Este link de avaliação expirou',
    expiredBody: 'Já não é possível avaliar com este link. Responda ao e-mail em vez disso — lemos todas as respostas.',
    closedTitle: 'Avaliações por link não estão abertas aqui',
    closedBody:
      'Esta equipe só recebe avaliações no próprio site. Responda ao e-mail em vez disso — lemos todas as respostas.',
    busyTitle: 'Respostas demais de uma vez',
    busyBody: 'Tente novamente em um minuto ou responda ao e-mail em vez disso.',
    formTitle: 'Algo deu errado com este formulário',
    formBody: 'Abra novamente o link do e-mail ou responda ao e-mail em vez disso.',
  },
  it: {
    request: 'Richiesta di assistenza',
    confirm: 'Invia la mia risposta',
    saveComment: 'Salva il commento',
    commentSaved: 'Commento salvato.',
    changeHint: 'Ha cambiato idea? Usi l’altro link dell’e-mail.',
    chooseVerdict: 'Scelga Sì o No.',
    commentTooLong: 'Il commento è troppo lungo: al massimo 1000 caratteri.',
    commentChars:
      'Il commento contiene un carattere invisibile o di controllo che non si può salvare; lo rimuova, per favore.',
    badTitle: 'Questo link di valutazione non funziona',
    badBody:
      'Il link è incompleto o non è stato creato per questa pagina. Risponda invece all’e-mail — leggiamo ogni risposta.',
    expiredTitle: 'Questo link di valutazione è scaduto',
    expiredBody: 'Non è più possibile valutare con questo link. Risponda invece all’e-mail — leggiamo ogni risposta.',
    closedTitle: 'Qui non si accettano valutazioni tramite link',
    closedBody:
      'Questo team accetta valutazioni solo sul proprio sito. Risponda invece all’e-mail — leggiamo ogni risposta.',
    busyTitle: 'Troppe risposte insieme',
    busyBody: 'Riprovi tra un minuto, oppure risponda all’e-mail.',
    formTitle: 'Qualcosa non ha funzionato con questo modulo',
    formBody: 'Apra di nuovo il link dell’e-mail, oppure risponda all’e-mail.',
  },
  nl: {
    request: 'Supportverzoek',
    confirm: 'Mijn antwoord versturen',
    saveComment: 'Opmerking opslaan',
    commentSaved: 'Opmerking opgeslagen.',
    changeHint: 'Van gedachten veranderd? Gebruik de andere link in de e-mail.',
    chooseVerdict: 'Kies Ja of Nee.',
    commentTooLong: 'De opmerking is te lang: hoogstens 1000 tekens.',
    commentChars:
      'De opmerking bevat een onzichtbaar teken of stuurteken dat niet kan worden opgeslagen; verwijder het alstublieft.',
    badTitle: 'Deze beoordelingslink werkt niet',
    badBody:
      'De link is onvolledig of niet voor deze pagina gemaakt. Beantwoord in plaats daarvan de e-mail — we lezen elke reactie.',
    expiredTitle: 'Deze beoordelingslink is verlopen',
    expiredBody:
      'Met deze link kunt u niet meer beoordelen. Beantwoord in plaats daarvan de e-mail — we lezen elke reactie.',
    closedTitle: 'Beoordelen via een link kan hier niet',
    closedBody:
      'Dit team neemt beoordelingen alleen op de eigen website aan. Beantwoord in plaats daarvan de e-mail — we lezen elke reactie.',
    busyTitle: 'Te veel antwoorden tegelijk',
    busyBody: 'Probeer het over een minuut opnieuw, of beantwoord de e-mail.',
    formTitle: 'Er ging iets mis met dit formulier',
    formBody: 'Open de link uit de e-mail opnieuw, of beantwoord de e-mail.',
  },
  ja: {
    request: 'サポートのお問い合わせ',
    confirm: '回答を送信',
    saveComment: 'コメントを保存',
    commentSaved: 'コメントを保存しました。',
    changeHint: 'お考えが変わりましたか？メールのもう一方のリンクをご利用ください。',
    chooseVerdict: '「はい」か「いいえ」を選んでください。',
    commentTooLong: 'コメントが長すぎます（1000文字まで）。',
    commentChars: 'コメントに保存できない不可視文字または制御文字が含まれています。削除してください。',
    badTitle: 'この評価リンクは使えません',
    badBody:
      'リンクが不完全か、このページ用のものではありません。代わりにメールにご返信ください。すべての返信を拝見しています。',
    expiredTitle: 'この評価リンクは有効期限切れです',
    expiredBody: 'このリンクではもう評価できません。代わりにメールにご返信ください。すべての返信を拝見しています。',
    closedTitle: 'ここではリンクからの評価を受け付けていません',
    closedBody:
      'このチームは自社サイトでのみ評価を受け付けています。代わりにメールにご返信ください。すべての返信を拝見しています。',
    busyTitle: '回答が集中しています',
    busyBody: '1分ほどしてからもう一度お試しいただくか、メールにご返信ください。',
    formTitle: 'フォームで問題が発生しました',
    formBody: 'メールのリンクをもう一度開くか、メールにご返信ください。',
  },
  zh: {
    request: '支持请求',
    confirm: '提交我的回答',
    saveComment: '保存评论',
    commentSaved: '评论已保存。',
    changeHint: '改变主意了？请使用邮件中的另一个链接。',
    chooseVerdict: '请选择“满意”或“不满意”。',
    commentTooLong: '评论太长：最多 1000 个字符。',
    commentChars: '评论包含无法保存的不可见字符或控制字符，请删除。',
    badTitle: '此评价链接无效',
    badBody: '链接不完整，或不是为此页面生成的。请直接回复邮件——我们会阅读每一封回复。',
    expiredTitle: '此评价链接已过期',
    expiredBody: '已无法通过此链接评价。请直接回复邮件——我们会阅读每一封回复。',
    closedTitle: '此处不接受通过链接评价',
    closedBody: '该团队只在自己的网站上接受评价。请直接回复邮件——我们会阅读每一封回复。',
    busyTitle: '同时提交的回答太多',
    busyBody: '请一分钟后再试，或直接回复邮件。',
    formTitle: '此表单出了点问题',
    formBody: '请重新打开邮件中的链接，或直接回复邮件。',
  },
  'zh-Hant': {
    request: '支援請求',
    confirm: '送出我的回答',
    saveComment: '儲存意見',
    commentSaved: '意見已儲存。',
    changeHint: '改變主意了嗎？請使用郵件中的另一個連結。',
    chooseVerdict: '請選擇「滿意」或「不滿意」。',
    commentTooLong: '意見太長：最多 1000 個字元。',
    commentChars: '意見包含無法儲存的不可見字元或控制字元，請將其刪除。',
    badTitle: '此評價連結無法使用',
    badBody: '連結不完整，或不是為此頁面產生的。請直接回覆郵件——我們會閱讀每一封回覆。',
    expiredTitle: '此評價連結已過期',
    expiredBody: '已無法透過此連結評價。請直接回覆郵件——我們會閱讀每一封回覆。',
    closedTitle: '此處不接受透過連結評價',
    closedBody: '這個團隊只在自己的網站上接受評價。請直接回覆郵件——我們會閱讀每一封回覆。',
    busyTitle: '同時送出的回答太多',
    busyBody: '請一分鐘後再試，或直接回覆郵件。',
    formTitle: '此表單發生問題',
    formBody: '請重新開啟郵件中的連結，或直接回覆郵件。',
  },
  ar: {
    request: 'طلب الدعم',
    confirm: 'إرسال إجابتي',
    saveComment: 'حفظ التعليق',
    commentSaved: 'تم حفظ التعليق.',
    changeHint: 'غيّرت رأيك؟ استخدم الرابط الآخر في الرسالة.',
    chooseVerdict: 'يُرجى اختيار نعم أو لا.',
    commentTooLong: 'التعليق طويل جدًا: 1000 حرف على الأكثر.',
    commentChars: 'يحتوي التعليق على حرف غير مرئي أو حرف تحكم لا يمكن حفظه؛ يُرجى حذفه.',
    badTitle: 'رابط التقييم هذا لا يعمل',
    badBody: 'الرابط ناقص أو لم يُنشأ لهذه الصفحة. يُرجى الرد على الرسالة بدلًا من ذلك — نقرأ كل رد.',
    expiredTitle: 'انتهت صلاحية رابط التقييم هذا',
    expiredBody: 'لم يعد التقييم بهذا الرابط ممكنًا. يُرجى الرد على الرسالة بدلًا من ذلك — نقرأ كل رد.',
    closedTitle: 'التقييم عبر الروابط غير متاح هنا',
    closedBody: 'يقبل هذا الفريق التقييمات على موقعه فقط. يُرجى الرد على الرسالة بدلًا من ذلك — نقرأ كل رد.',
    busyTitle: 'إجابات كثيرة في وقت واحد',
    busyBody: 'يُرجى المحاولة بعد دقيقة، أو الرد على الرسالة بدلًا من ذلك.',
    formTitle: 'حدث خطأ في هذا النموذج',
    formBody: 'يُرجى فتح الرابط من الرسالة مرة أخرى، أو الرد على الرسالة.',
  },
};

/**
 * The team's page (GET /team/{board}): its wording. The worker inlines one language's words into
 * the page (`#team-words`), so the script carries none. `{x}` are filled by team/src/format.ts;
 * numbers, percentages and dates come from Intl. Phrases with a count are `Plural`s.
 */
import type { Language, Plural } from './languages';

// ---- The "No" inbox and the export (team/src/inbox, team/src/export): their own block of keys ----

/** The inbox's and the export's words; `TeamWords` extends these, so `t`/`p` of team/src/words.ts take them. */
export interface InboxWords {
  inboxTitle: string;
  /** under the title, for a session that may triage, and for a read-only one */
  inboxHint: string;
  inboxHintReadOnly: string;
  /** the two lists' headings */
  inboxOpenList: string;
  inboxDoneList: string;
  inboxNoneOpen: string;
  /** no "No" at all in the range */
  inboxEmpty: string;
  inboxLoading: string;
  inboxLoadFailed: string;
  inboxRetry: string;
  inboxMore: string;
  inboxNoComment: string;
  /** the accessible name of an item's list of reasons */
  inboxReasons: string;
  /** `{name}` */
  inboxAgent: string;
  inboxChannel: string;
  /** the team's note on an item: `{note}` */
  inboxNote: string;
  /** a follow-up's status, as a badge */
  inboxStatusOpen: string;
  inboxStatusContacted: string;
  inboxStatusResolved: string;
  inboxStatusDismissed: string;
  /** the buttons that set it */
  inboxMarkContacted: string;
  inboxMarkResolved: string;
  inboxMarkDismissed: string;
  inboxReopen: string;
  inboxAddNote: string;
  inboxEditNote: string;
  /** the note's field */
  inboxNoteLabel: string;
  inboxSaving: string;
  /** said (live region) once the server has it: `{status}` */
  inboxSaved: string;
  /** why a change was refused; nothing changed */
  inboxErrConflict: string;
  inboxErrGone: string;
  inboxErrForbidden: string;
  inboxErrOffline: string;
  /** `{message}`: the API's */
  inboxErrOther: string;

  exportTitle: string;
  exportHint: string;
  exportButton: string;
  exportCancel: string;
  /** the progress bar's accessible name */
  exportLabel: string;
  /** `{n}` of `{total}` answers, by `{total}` */
  exportProgress: Plural;
  /** `{n}` answers so far (the total unknown), by `{n}` */
  exportCount: Plural;
  /** `{n}` answers saved as `{file}`, by `{n}` */
  exportDone: Plural;
  exportCancelled: string;
  /** the transfer broke off: nothing saved */
  exportBroken: string;
  /** refused before it began: `{message}` the API's */
  exportFailed: string;
  exportOffline: string;
}

const INBOX_WORDS: Record<Language, InboxWords> = {
  en: {
    inboxTitle: 'The “No” inbox',
    inboxHint: 'Every “No” in these dates, open follow-ups first. Mark each one once the customer has been contacted.',
    inboxHintReadOnly: 'Every “No” in these dates, open follow-ups first. This session can only read them.',
    inboxOpenList: 'Open follow-ups',
    inboxDoneList: 'Contacted, resolved or dismissed',
    inboxNoneOpen: 'No open follow-ups in these dates.',
    inboxEmpty: 'No “No” in these dates.',
    inboxLoading: 'Loading the answers…',
    inboxLoadFailed: 'The answers could not be loaded.',
    inboxRetry: 'Try again',
    inboxMore: 'Show more',
    inboxNoComment: 'No comment',
    inboxReasons: 'Reasons',
    inboxAgent: 'Agent: {name}',
    inboxChannel: 'Channel: {name}',
    inboxNote: 'Note: {note}',
    inboxStatusOpen: 'Open',
    inboxStatusContacted: 'Contacted',
    inboxStatusResolved: 'Resolved',
    inboxStatusDismissed: 'Dismissed',
    inboxMarkContacted: 'Mark contacted',
    inboxMarkResolved: 'Mark resolved',
    inboxMarkDismissed: 'Dismiss',
    inboxReopen: 'Reopen',
    inboxAddNote: 'Add a note',
    inboxEditNote: 'Edit the note',
    inboxNoteLabel: 'Note (optional, seen only by your team)',
    inboxSaving: 'Saving…',
    inboxSaved: 'Saved: {status}.',
    inboxErrConflict:
      'The customer has changed this answer to “Yes”: there is nothing to follow up. Nothing was changed.',
    inboxErrGone: 'This answer no longer exists (it was erased). Nothing was changed.',
    inboxErrForbidden: 'This session can only read, so it cannot change follow-ups.',
    inboxErrOffline: 'The server could not be reached. Nothing was changed; try again.',
    inboxErrOther: 'Nothing was changed: {message}',
    exportTitle: 'Export',
    exportHint: 'Every answer in these dates and filters, as a CSV file for any spreadsheet.',
    exportButton: 'Download CSV',
    exportCancel: 'Cancel',
    exportLabel: 'Download progress',
    exportProgress: { one: '{n} of {total} answer', other: '{n} of {total} answers' },
    exportCount: { one: '{n} answer so far', other: '{n} answers so far' },
    exportDone: { one: 'Downloaded {n} answer as {file}.', other: 'Downloaded {n} answers as {file}.' },
    exportCancelled: 'Download cancelled; nothing was saved.',
    exportBroken: 'The download stopped before the end, so nothing was saved. Try again.',
    exportFailed: 'The download did not start: {message}',
    exportOffline: 'The server could not be reached. Try again.',
  },
  de: {
    inboxTitle: 'Posteingang der „Nein“',
    inboxHint:
      'Jedes „Nein“ in diesem Zeitraum, offene Nachfassungen zuerst. Markieren Sie jedes, sobald der Kunde kontaktiert wurde.',
    inboxHintReadOnly:
      'Jedes „Nein“ in diesem Zeitraum, offene Nachfassungen zuerst. Diese Sitzung kann sie nur lesen.',
    inboxOpenList: 'Offene Nachfassungen',
    inboxDoneList: 'Kontaktiert, erledigt oder verworfen',
    inboxNoneOpen: 'Keine offenen Nachfassungen in diesem Zeitraum.',
    inboxEmpty: 'Kein „Nein“ in diesem Zeitraum.',
    inboxLoading: 'Antworten werden geladen …',
    inboxLoadFailed: 'Die Antworten konnten nicht geladen werden.',
    inboxRetry: 'Erneut versuchen',
    inboxMore: 'Mehr anzeigen',
    inboxNoComment: 'Kein Kommentar',
    inboxReasons: 'Gründe',
    inboxAgent: 'Agent: {name}',
    inboxChannel: 'Kanal: {name}',
    inboxNote: 'Notiz: {note}',
    inboxStatusOpen: 'Offen',
    inboxStatusContacted: 'Kontaktiert',
    inboxStatusResolved: 'Erledigt',
    inboxStatusDismissed: 'Verworfen',
    inboxMarkContacted: 'Als kontaktiert markieren',
    inboxMarkResolved: 'Als erledigt markieren',
    inboxMarkDismissed: 'Verwerfen',
    inboxReopen: 'Wieder öffnen',
    inboxAddNote: 'Notiz hinzufügen',
    inboxEditNote: 'Notiz bearbeiten',
    inboxNoteLabel: 'Notiz (optional, nur für Ihr Team sichtbar)',
    inboxSaving: 'Wird gespeichert …',
    inboxSaved: 'Gespeichert: {status}.',
    inboxErrConflict:
      'Der Kunde hat diese Antwort auf „Ja“ geändert: Es gibt nichts nachzufassen. Nichts wurde geändert.',
    inboxErrGone: 'Diese Antwort gibt es nicht mehr (sie wurde gelöscht). Nichts wurde geändert.',
    inboxErrForbidden: 'Diese Sitzung kann nur lesen und daher keine Nachfassungen ändern.',
    inboxErrOffline: 'Der Server war nicht erreichbar. Nichts wurde geändert; bitte erneut versuchen.',
    inboxErrOther: 'Nichts wurde geändert: {message}',
    exportTitle: 'Export',
    exportHint: 'Jede Antwort in diesem Zeitraum und mit diesen Filtern als CSV-Datei für jede Tabellenkalkulation.',
    exportButton: 'CSV herunterladen',
    exportCancel: 'Abbrechen',
    exportLabel: 'Fortschritt des Downloads',
    exportProgress: { one: '{n} von {total} Antwort', other: '{n} von {total} Antworten' },
    exportCount: { one: 'bisher {n} Antwort', other: 'bisher {n} Antworten' },
    exportDone: { one: '{n} Antwort als {file} heruntergeladen.', other: '{n} Antworten als {file} heruntergeladen.' },
    exportCancelled: 'Download abgebrochen; nichts wurde gespeichert.',
    exportBroken: 'Der Download brach vor dem Ende ab, daher wurde nichts gespeichert. Bitte erneut versuchen.',
    exportFailed: 'Der Download hat nicht begonnen: {message}',
    exportOffline: 'Der Server war nicht erreichbar. Bitte erneut versuchen.',
  },
  fr: {
    inboxTitle: 'Boîte des « Non »',
    inboxHint: 'Chaque « Non » de ces dates, les suivis ouverts d’abord. Marquez chacun une fois le client contacté.',
    inboxHintReadOnly:
      'Chaque « Non » de ces dates, les suivis ouverts d’abord. Cette session peut seulement les lire.',
    inboxOpenList: 'Suivis ouverts',
    inboxDoneList: 'Contactés, résolus ou écartés',
    inboxNoneOpen: 'Aucun suivi ouvert dans ces dates.',
    inboxEmpty: 'Aucun « Non » dans ces dates.',
    inboxLoading: 'Chargement des réponses…',
    inboxLoadFailed: 'Les réponses n’ont pas pu être chargées.',
    inboxRetry: 'Réessayer',
    inboxMore: 'Afficher plus',
    inboxNoComment: 'Sans commentaire',
    inboxReasons: 'Raisons',
    inboxAgent: 'Agent : {name}',
    inboxChannel: 'Canal : {name}',
    inboxNote: 'Note : {note}',
    inboxStatusOpen: 'Ouvert',
    inboxStatusContacted: 'Contacté',
    inboxStatusResolved: 'Résolu',
    inboxStatusDismissed: 'Écarté',
    inboxMarkContacted: 'Marquer contacté',
    inboxMarkResolved: 'Marquer résolu',
    inboxMarkDismissed: 'Écarter',
    inboxReopen: 'Rouvrir',
    inboxAddNote: 'Ajouter une note',
    inboxEditNote: 'Modifier la note',
    inboxNoteLabel: 'Note (facultative, vue seulement par votre équipe)',
    inboxSaving: 'Enregistrement…',
    inboxSaved: 'Enregistré : {status}.',
    inboxErrConflict: 'Le client a changé cette réponse en « Oui » : il n’y a rien à suivre. Rien n’a été modifié.',
    inboxErrGone: 'Cette réponse n’existe plus (elle a été effacée). Rien n’a été modifié.',
    inboxErrForbidden: 'Cette session peut seulement lire : elle ne peut pas modifier les suivis.',
    inboxErrOffline: 'Le serveur est injoignable. Rien n’a été modifié ; réessayez.',
    inboxErrOther: 'Rien n’a été modifié : {message}',
    exportTitle: 'Export',
    exportHint: 'Chaque réponse de ces dates et filtres, en fichier CSV pour tout tableur.',
    exportButton: 'Télécharger le CSV',
    exportCancel: 'Annuler',
    exportLabel: 'Progression du téléchargement',
    exportProgress: { one: '{n} sur {total} réponse', other: '{n} sur {total} réponses' },
    exportCount: { one: '{n} réponse pour l’instant', other: '{n} réponses pour l’instant' },
    exportDone: { one: '{n} réponse téléchargée dans {file}.', other: '{n} réponses téléchargées dans {file}.' },
    exportCancelled: 'Téléchargement annulé ; rien n’a été enregistré.',
    exportBroken: 'Le téléchargement s’est arrêté avant la fin : rien n’a été enregistré. Réessayez.',
    exportFailed: 'Le téléchargement n’a pas commencé : {message}',
    exportOffline: 'Le serveur est injoignable. Réessayez.',
  },
  es: {
    inboxTitle: 'Bandeja de los «No»',
    inboxHint:
      'Cada «No» de estas fechas, primero los seguimientos abiertos. Marque cada uno cuando se haya contactado al cliente.',
    inboxHintReadOnly: 'Cada «No» de estas fechas, primero los seguimientos abiertos. Esta sesión solo puede leerlos.',
    inboxOpenList: 'Seguimientos abiertos',
    inboxDoneList: 'Contactados, resueltos o descartados',
    inboxNoneOpen: 'No hay seguimientos abiertos en estas fechas.',
    inboxEmpty: 'Ningún «No» en estas fechas.',
    inboxLoading: 'Cargando las respuestas…',
    inboxLoadFailed: 'No se pudieron cargar las respuestas.',
    inboxRetry: 'Reintentar',
    inboxMore: 'Mostrar más',
    inboxNoComment: 'Sin comentario',
    inboxReasons: 'Motivos',
    inboxAgent: 'Agente: {name}',
    inboxChannel: 'Canal: {name}',
    inboxNote: 'Nota: {note}',
    inboxStatusOpen: 'Abierto',
    inboxStatusContacted: 'Contactado',
    inboxStatusResolved: 'Resuelto',
    inboxStatusDismissed: 'Descartado',
    inboxMarkContacted: 'Marcar contactado',
    inboxMarkResolved: 'Marcar resuelto',
    inboxMarkDismissed: 'Descartar',
    inboxReopen: 'Reabrir',
    inboxAddNote: 'Añadir una nota',
    inboxEditNote: 'Editar la nota',
    inboxNoteLabel: 'Nota (opcional, solo la ve su equipo)',
    inboxSaving: 'Guardando…',
    inboxSaved: 'Guardado: {status}.',
    inboxErrConflict: 'El cliente cambió esta respuesta a «Sí»: no hay nada que seguir. No se cambió nada.',
    inboxErrGone: 'Esta respuesta ya no existe (se borró). No se cambió nada.',
    inboxErrForbidden: 'Esta sesión solo puede leer, así que no puede cambiar seguimientos.',
    inboxErrOffline: 'No se pudo contactar con el servidor. No se cambió nada; inténtelo de nuevo.',
    inboxErrOther: 'No se cambió nada: {message}',
    exportTitle: 'Exportar',
    exportHint: 'Cada respuesta de estas fechas y filtros, como archivo CSV para cualquier hoja de cálculo.',
    exportButton: 'Descargar CSV',
    exportCancel: 'Cancelar',
    exportLabel: 'Progreso de la descarga',
    exportProgress: { one: '{n} de {total} respuesta', other: '{n} de {total} respuestas' },
    exportCount: { one: '{n} respuesta por ahora', other: '{n} respuestas por ahora' },
    exportDone: { one: 'Se descargó {n} respuesta como {file}.', other: 'Se descargaron {n} respuestas como {file}.' },
    exportCancelled: 'Descarga cancelada; no se guardó nada.',
    exportBroken: 'La descarga se detuvo antes del final, así que no se guardó nada. Inténtelo de nuevo.',
    exportFailed: 'La descarga no empezó: {message}',
    exportOffline: 'No se pudo contactar con el servidor. Inténtelo de nuevo.',
  },
  pt: {
    inboxTitle: 'Caixa dos “Não”',
    inboxHint:
      'Cada “Não” destas datas, primeiro os acompanhamentos abertos. Marque cada um quando o cliente tiver sido contactado.',
    inboxHintReadOnly: 'Cada “Não” destas datas, primeiro os acompanhamentos abertos. Esta sessão só pode lê-los.',
    inboxOpenList: 'Acompanhamentos abertos',
    inboxDoneList: 'Contactados, resolvidos ou descartados',
    inboxNoneOpen: 'Nenhum acompanhamento aberto nestas datas.',
    inboxEmpty: 'Nenhum “Não” nestas datas.',
    inboxLoading: 'A carregar as respostas…',
    inboxLoadFailed: 'Não foi possível carregar as respostas.',
    inboxRetry: 'Tentar de novo',
    inboxMore: 'Mostrar mais',
    inboxNoComment: 'Sem comentário',
    inboxReasons: 'Motivos',
    inboxAgent: 'Agente: {name}',
    inboxChannel: 'Canal: {name}',
    inboxNote: 'Nota: {note}',
    inboxStatusOpen: 'Aberto',
    inboxStatusContacted: 'Contactado',
    inboxStatusResolved: 'Resolvido',
    inboxStatusDismissed: 'Descartado',
    inboxMarkContacted: 'Marcar contactado',
    inboxMarkResolved: 'Marcar resolvido',
    inboxMarkDismissed: 'Descartar',
    inboxReopen: 'Reabrir',
    inboxAddNote: 'Adicionar uma nota',
    inboxEditNote: 'Editar a nota',
    inboxNoteLabel: 'Nota (opcional, vista só pela sua equipa)',
    inboxSaving: 'A guardar…',
    inboxSaved: 'Guardado: {status}.',
    inboxErrConflict: 'O cliente mudou esta resposta para “Sim”: não há nada a acompanhar. Nada foi alterado.',
    inboxErrGone: 'Esta resposta já não existe (foi apagada). Nada foi alterado.',
    inboxErrForbidden: 'Esta sessão só pode ler, por isso não pode alterar acompanhamentos.',
    inboxErrOffline: 'Não foi possível contactar o servidor. Nada foi alterado; tente de novo.',
    inboxErrOther: 'Nada foi alterado: {message}',
    exportTitle: 'Exportar',
    exportHint: 'Cada resposta destas datas e filtros, como ficheiro CSV para qualquer folha de cálculo.',
    exportButton: 'Descarregar CSV',
    exportCancel: 'Cancelar',
    exportLabel: 'Progresso da transferência',
    exportProgress: { one: '{n} de {total} resposta', other: '{n} de {total} respostas' },
    exportCount: { one: '{n} resposta até agora', other: '{n} respostas até agora' },
    exportDone: { one: '{n} resposta descarregada como {file}.', other: '{n} respostas descarregadas como {file}.' },
    exportCancelled: 'Transferência cancelada; nada foi guardado.',
    exportBroken: 'A transferência parou antes do fim, por isso nada foi guardado. Tente de novo.',
    exportFailed: 'A transferência não começou: {message}',
    exportOffline: 'Não foi possível contactar o servidor. Tente de novo.',
  },
  it: {
    inboxTitle: 'Casella dei «No»',
    inboxHint:
      'Ogni «No» di queste date, prima i follow-up aperti. Segna ciascuno quando il cliente è stato contattato.',
    inboxHintReadOnly: 'Ogni «No» di queste date, prima i follow-up aperti. Questa sessione può solo leggerli.',
    inboxOpenList: 'Follow-up aperti',
    inboxDoneList: 'Contattati, risolti o archiviati',
    inboxNoneOpen: 'Nessun follow-up aperto in queste date.',
    inboxEmpty: 'Nessun «No» in queste date.',
    inboxLoading: 'Caricamento delle risposte…',
    inboxLoadFailed: 'Non è stato possibile caricare le risposte.',
    inboxRetry: 'Riprova',
    inboxMore: 'Mostra altri',
    inboxNoComment: 'Nessun commento',
    inboxReasons: 'Motivi',
    inboxAgent: 'Agente: {name}',
    inboxChannel: 'Canale: {name}',
    inboxNote: 'Nota: {note}',
    inboxStatusOpen: 'Aperto',
    inboxStatusContacted: 'Contattato',
    inboxStatusResolved: 'Risolto',
    inboxStatusDismissed: 'Archiviato',
    inboxMarkContacted: 'Segna contattato',
    inboxMarkResolved: 'Segna risolto',
    inboxMarkDismissed: 'Archivia',
    inboxReopen: 'Riapri',
    inboxAddNote: 'Aggiungi una nota',
    inboxEditNote: 'Modifica la nota',
    inboxNoteLabel: 'Nota (facoltativa, visibile solo al tuo team)',
    inboxSaving: 'Salvataggio…',
    inboxSaved: 'Salvato: {status}.',
    inboxErrConflict: 'Il cliente ha cambiato questa risposta in «Sì»: non c’è nulla da seguire. Non è cambiato nulla.',
    inboxErrGone: 'Questa risposta non esiste più (è stata cancellata). Non è cambiato nulla.',
    inboxErrForbidden: 'Questa sessione può solo leggere, quindi non può cambiare i follow-up.',
    inboxErrOffline: 'Il server non è raggiungibile. Non è cambiato nulla; riprova.',
    inboxErrOther: 'Non è cambiato nulla: {message}',
    exportTitle: 'Esporta',
    exportHint: 'Ogni risposta di queste date e filtri, come file CSV per qualsiasi foglio di calcolo.',
    exportButton: 'Scarica CSV',
    exportCancel: 'Annulla',
    exportLabel: 'Avanzamento del download',
    exportProgress: { one: '{n} di {total} risposta', other: '{n} di {total} risposte' },
    exportCount: { one: '{n} risposta finora', other: '{n} risposte finora' },
    exportDone: { one: '{n} risposta scaricata come {file}.', other: '{n} risposte scaricate come {file}.' },
    exportCancelled: 'Download annullato; non è stato salvato nulla.',
    exportBroken: 'Il download si è interrotto prima della fine, quindi non è stato salvato nulla. Riprova.',
    exportFailed: 'Il download non è partito: {message}',
    exportOffline: 'Il server non è raggiungibile. Riprova.',
  },
  nl: {
    inboxTitle: 'Postvak van de ‘Nee’s',
    inboxHint: 'Elk ‘Nee’ in deze periode, open opvolgingen eerst. Markeer elk zodra de klant is benaderd.',
    inboxHintReadOnly: 'Elk ‘Nee’ in deze periode, open opvolgingen eerst. Deze sessie kan ze alleen lezen.',
    inboxOpenList: 'Open opvolgingen',
    inboxDoneList: 'Benaderd, opgelost of afgewezen',
    inboxNoneOpen: 'Geen open opvolgingen in deze periode.',
    inboxEmpty: 'Geen ‘Nee’ in deze periode.',
    inboxLoading: 'Antwoorden laden…',
    inboxLoadFailed: 'De antwoorden konden niet worden geladen.',
    inboxRetry: 'Opnieuw proberen',
    inboxMore: 'Meer tonen',
    inboxNoComment: 'Geen opmerking',
    inboxReasons: 'Redenen',
    inboxAgent: 'Medewerker: {name}',
    inboxChannel: 'Kanaal: {name}',
    inboxNote: 'Notitie: {note}',
    inboxStatusOpen: 'Open',
    inboxStatusContacted: 'Benaderd',
    inboxStatusResolved: 'Opgelost',
    inboxStatusDismissed: 'Afgewezen',
    inboxMarkContacted: 'Markeer als benaderd',
    inboxMarkResolved: 'Markeer als opgelost',
    inboxMarkDismissed: 'Afwijzen',
    inboxReopen: 'Heropenen',
    inboxAddNote: 'Notitie toevoegen',
    inboxEditNote: 'Notitie bewerken',
    inboxNoteLabel: 'Notitie (optioneel, alleen zichtbaar voor je team)',
    inboxSaving: 'Opslaan…',
    inboxSaved: 'Opgeslagen: {status}.',
    inboxErrConflict:
      'De klant heeft dit antwoord in ‘Ja’ veranderd: er valt niets op te volgen. Er is niets gewijzigd.',
    inboxErrGone: 'Dit antwoord bestaat niet meer (het is gewist). Er is niets gewijzigd.',
    inboxErrForbidden: 'Deze sessie kan alleen lezen en dus geen opvolgingen wijzigen.',
    inboxErrOffline: 'De server was niet bereikbaar. Er is niets gewijzigd; probeer het opnieuw.',
    inboxErrOther: 'Er is niets gewijzigd: {message}',
    exportTitle: 'Exporteren',
    exportHint: 'Elk antwoord in deze periode en met deze filters, als CSV-bestand voor elk rekenblad.',
    exportButton: 'CSV downloaden',
    exportCancel: 'Annuleren',
    exportLabel: 'Voortgang van de download',
    exportProgress: { one: '{n} van {total} antwoord', other: '{n} van {total} antwoorden' },
    exportCount: { one: 'tot nu toe {n} antwoord', other: 'tot nu toe {n} antwoorden' },
    exportDone: { one: '{n} antwoord gedownload als {file}.', other: '{n} antwoorden gedownload als {file}.' },
    exportCancelled: 'Download geannuleerd; er is niets opgeslagen.',
    exportBroken: 'De download stopte voor het einde, dus er is niets opgeslagen. Probeer het opnieuw.',
    exportFailed: 'De download is niet begonnen: {message}',
    exportOffline: 'De server was niet bereikbaar. Probeer het opnieuw.',
  },
  ja: {
    inboxTitle: '「いいえ」の受信箱',
    inboxHint:
      'この期間のすべての「いいえ」。未対応のフォローアップが先頭です。顧客に連絡したら、それぞれ記録してください。',
    inboxHintReadOnly: 'この期間のすべての「いいえ」。未対応のフォローアップが先頭です。このセッションは閲覧のみです。',
    inboxOpenList: '未対応のフォローアップ',
    inboxDoneList: '連絡済み・解決済み・対応不要',
    inboxNoneOpen: 'この期間に未対応のフォローアップはありません。',
    inboxEmpty: 'この期間に「いいえ」はありません。',
    inboxLoading: '回答を読み込んでいます…',
    inboxLoadFailed: '回答を読み込めませんでした。',
    inboxRetry: '再試行',
    inboxMore: 'さらに表示',
    inboxNoComment: 'コメントなし',
    inboxReasons: '理由',
    inboxAgent: '担当者: {name}',
    inboxChannel: 'チャネル: {name}',
    inboxNote: 'メモ: {note}',
    inboxStatusOpen: '未対応',
    inboxStatusContacted: '連絡済み',
    inboxStatusResolved: '解決済み',
    inboxStatusDismissed: '対応不要',
    inboxMarkContacted: '連絡済みにする',
    inboxMarkResolved: '解決済みにする',
    inboxMarkDismissed: '対応不要にする',
    inboxReopen: '未対応に戻す',
    inboxAddNote: 'メモを追加',
    inboxEditNote: 'メモを編集',
    inboxNoteLabel: 'メモ(任意、チームだけが見られます)',
    inboxSaving: '保存しています…',
    inboxSaved: '保存しました: {status}。',
    inboxErrConflict: '顧客がこの回答を「はい」に変更しました。フォローアップは不要です。何も変更されていません。',
    inboxErrGone: 'この回答はもう存在しません(削除されました)。何も変更されていません。',
    inboxErrForbidden: 'このセッションは閲覧のみのため、フォローアップを変更できません。',
    inboxErrOffline: 'サーバーに接続できませんでした。何も変更されていません。もう一度お試しください。',
    inboxErrOther: '何も変更されていません: {message}',
    exportTitle: 'エクスポート',
    exportHint: 'この期間とフィルターのすべての回答を、表計算ソフトで開ける CSV ファイルで。',
    exportButton: 'CSV をダウンロード',
    exportCancel: 'キャンセル',
    exportLabel: 'ダウンロードの進行状況',
    exportProgress: { other: '{total} 件中 {n} 件' },
    exportCount: { other: 'これまでに {n} 件' },
    exportDone: { other: '{n} 件の回答を {file} としてダウンロードしました。' },
    exportCancelled: 'ダウンロードをキャンセルしました。何も保存されていません。',
    exportBroken: 'ダウンロードが途中で止まったため、何も保存されていません。もう一度お試しください。',
    exportFailed: 'ダウンロードを開始できませんでした: {message}',
    exportOffline: 'サーバーに接続できませんでした。もう一度お試しください。',
  },
  zh: {
    inboxTitle: '“否”收件箱',
    inboxHint: '此时间段内的每个“否”，未处理的跟进排在最前。联系客户后，请逐一标记。',
    inboxHintReadOnly: '此时间段内的每个“否”，未处理的跟进排在最前。此会话只能查看。',
    inboxOpenList: '未处理的跟进',
    inboxDoneList: '已联系、已解决或已忽略',
    inboxNoneOpen: '此时间段内没有未处理的跟进。',
    inboxEmpty: '此时间段内没有“否”。',
    inboxLoading: '正在加载回答…',
    inboxLoadFailed: '无法加载回答。',
    inboxRetry: '重试',
    inboxMore: '显示更多',
    inboxNoComment: '无评论',
    inboxReasons: '原因',
    inboxAgent: '客服：{name}',
    inboxChannel: '渠道：{name}',
    inboxNote: '备注：{note}',
    inboxStatusOpen: '未处理',
    inboxStatusContacted: '已联系',
    inboxStatusResolved: '已解决',
    inboxStatusDismissed: '已忽略',
    inboxMarkContacted: '标记为已联系',
    inboxMarkResolved: '标记为已解决',
    inboxMarkDismissed: '忽略',
    inboxReopen: '重新打开',
    inboxAddNote: '添加备注',
    inboxEditNote: '编辑备注',
    inboxNoteLabel: '备注（可选，仅您的团队可见）',
    inboxSaving: '正在保存…',
    inboxSaved: '已保存：{status}。',
    inboxErrConflict: '客户已将此回答改为“是”：无需跟进。未做任何更改。',
    inboxErrGone: '此回答已不存在（已被删除）。未做任何更改。',
    inboxErrForbidden: '此会话只能查看，无法更改跟进。',
    inboxErrOffline: '无法连接服务器。未做任何更改，请重试。',
    inboxErrOther: '未做任何更改：{message}',
    exportTitle: '导出',
    exportHint: '此时间段和筛选条件下的每个回答，导出为任何电子表格都能打开的 CSV 文件。',
    exportButton: '下载 CSV',
    exportCancel: '取消',
    exportLabel: '下载进度',
    exportProgress: { other: '{n} / {total} 个回答' },
    exportCount: { other: '目前 {n} 个回答' },
    exportDone: { other: '已将 {n} 个回答下载为 {file}。' },
    exportCancelled: '下载已取消，未保存任何内容。',
    exportBroken: '下载在完成前中断，因此未保存任何内容。请重试。',
    exportFailed: '下载未能开始：{message}',
    exportOffline: '无法连接服务器。请重试。',
  },
  'zh-Hant': {
    inboxTitle: '「否」收件匣',
    inboxHint: '此期間內的每個「否」，未處理的跟進排在最前。聯絡客戶後，請逐一標記。',
    inboxHintReadOnly: '此期間內的每個「否」，未處理的跟進排在最前。此工作階段只能檢視。',
    inboxOpenList: '未處理的跟進',
    inboxDoneList: '已聯絡、已解決或已略過',
    inboxNoneOpen: '此期間內沒有未處理的跟進。',
    inboxEmpty: '此期間內沒有「否」。',
    inboxLoading: '正在載入回答…',
    inboxLoadFailed: '無法載入回答。',
    inboxRetry: '重試',
    inboxMore: '顯示更多',
    inboxNoComment: '無留言',
    inboxReasons: '原因',
    inboxAgent: '客服：{name}',
    inboxChannel: '管道：{name}',
    inboxNote: '備註：{note}',
    inboxStatusOpen: '未處理',
    inboxStatusContacted: '已聯絡',
    inboxStatusResolved: '已解決',
    inboxStatusDismissed: '已略過',
    inboxMarkContacted: '標記為已聯絡',
    inboxMarkResolved: '標記為已解決',
    inboxMarkDismissed: '略過',
    inboxReopen: '重新開啟',
    inboxAddNote: '新增備註',
    inboxEditNote: '編輯備註',
    inboxNoteLabel: '備註（選填，僅您的團隊可見）',
    inboxSaving: '正在儲存…',
    inboxSaved: '已儲存：{status}。',
    inboxErrConflict: '客戶已將此回答改為「是」：無需跟進。未做任何變更。',
    inboxErrGone: '此回答已不存在（已被刪除）。未做任何變更。',
    inboxErrForbidden: '此工作階段只能檢視，無法變更跟進。',
    inboxErrOffline: '無法連線到伺服器。未做任何變更，請重試。',
    inboxErrOther: '未做任何變更：{message}',
    exportTitle: '匯出',
    exportHint: '此期間與篩選條件下的每個回答，匯出為任何試算表都能開啟的 CSV 檔案。',
    exportButton: '下載 CSV',
    exportCancel: '取消',
    exportLabel: '下載進度',
    exportProgress: { other: '{n} / {total} 個回答' },
    exportCount: { other: '目前 {n} 個回答' },
    exportDone: { other: '已將 {n} 個回答下載為 {file}。' },
    exportCancelled: '下載已取消，未儲存任何內容。',
    exportBroken: '下載在完成前中斷，因此未儲存任何內容。請重試。',
    exportFailed: '下載未能開始：{message}',
    exportOffline: '無法連線到伺服器。請重試。',
  },
  ar: {
    inboxTitle: 'صندوق إجابات «لا»',
    inboxHint: 'كل «لا» في هذه الفترة، والمتابعات المفتوحة أولًا. علِّم كل واحدة بعد التواصل مع العميل.',
    inboxHintReadOnly: 'كل «لا» في هذه الفترة، والمتابعات المفتوحة أولًا. هذه الجلسة للقراءة فقط.',
    inboxOpenList: 'متابعات مفتوحة',
    inboxDoneList: 'تم التواصل أو الحل أو الاستبعاد',
    inboxNoneOpen: 'لا متابعات مفتوحة في هذه الفترة.',
    inboxEmpty: 'لا توجد «لا» في هذه الفترة.',
    inboxLoading: 'جارٍ تحميل الإجابات…',
    inboxLoadFailed: 'تعذّر تحميل الإجابات.',
    inboxRetry: 'أعد المحاولة',
    inboxMore: 'عرض المزيد',
    inboxNoComment: 'بلا تعليق',
    inboxReasons: 'الأسباب',
    inboxAgent: 'الموظف: {name}',
    inboxChannel: 'القناة: {name}',
    inboxNote: 'ملاحظة: {note}',
    inboxStatusOpen: 'مفتوحة',
    inboxStatusContacted: 'تم التواصل',
    inboxStatusResolved: 'تم الحل',
    inboxStatusDismissed: 'مستبعدة',
    inboxMarkContacted: 'تعليم: تم التواصل',
    inboxMarkResolved: 'تعليم: تم الحل',
    inboxMarkDismissed: 'استبعاد',
    inboxReopen: 'إعادة فتح',
    inboxAddNote: 'إضافة ملاحظة',
    inboxEditNote: 'تعديل الملاحظة',
    inboxNoteLabel: 'ملاحظة (اختيارية، لا يراها إلا فريقك)',
    inboxSaving: 'جارٍ الحفظ…',
    inboxSaved: 'تم الحفظ: {status}.',
    inboxErrConflict: 'غيّر العميل هذه الإجابة إلى «نعم»: لا شيء للمتابعة. لم يتغير شيء.',
    inboxErrGone: 'هذه الإجابة لم تعد موجودة (حُذفت). لم يتغير شيء.',
    inboxErrForbidden: 'هذه الجلسة للقراءة فقط، فلا يمكنها تغيير المتابعات.',
    inboxErrOffline: 'تعذّر الوصول إلى الخادم. لم يتغير شيء؛ أعد المحاولة.',
    inboxErrOther: 'لم يتغير شيء: {message}',
    exportTitle: 'تصدير',
    exportHint: 'كل إجابة في هذه الفترة وبهذه المرشحات، في ملف CSV يفتحه أي جدول بيانات.',
    exportButton: 'تنزيل CSV',
    exportCancel: 'إلغاء',
    exportLabel: 'تقدّم التنزيل',
    exportProgress: {
      zero: '{n} من {total} إجابة',
      one: '{n} من إجابة واحدة',
      two: '{n} من إجابتين',
      few: '{n} من {total} إجابات',
      many: '{n} من {total} إجابة',
      other: '{n} من {total} إجابة',
    },
    exportCount: {
      zero: 'لا إجابات حتى الآن',
      one: 'إجابة واحدة حتى الآن',
      two: 'إجابتان حتى الآن',
      few: '{n} إجابات حتى الآن',
      many: '{n} إجابة حتى الآن',
      other: '{n} إجابة حتى الآن',
    },
    exportDone: {
      zero: 'لم تُنزَّل أي إجابة ({file}).',
      one: 'نُزِّلت إجابة واحدة في {file}.',
      two: 'نُزِّلت إجابتان في {file}.',
      few: 'نُزِّلت {n} إجابات في {file}.',
      many: 'نُزِّلت {n} إجابة في {file}.',
      other: 'نُزِّلت {n} إجابة في {file}.',
    },
    exportCancelled: 'أُلغي التنزيل؛ لم يُحفظ شيء.',
    exportBroken: 'توقف التنزيل قبل نهايته، فلم يُحفظ شيء. أعد المحاولة.',
    exportFailed: 'لم يبدأ التنزيل: {message}',
    exportOffline: 'تعذّر الوصول إلى الخادم. أعد المحاولة.',
  },
};

/** The page's own keys: each language's words of the page, before the inbox's are added. */
type PageWords = Omit<TeamWords, keyof InboxWords>;

/** Every language's page words with the inbox's words of the same language. */
function withInbox(page: Record<Language, PageWords>): Record<Language, TeamWords> {
  return Object.fromEntries(
    Object.entries(page).map(([lang, w]) => [lang, { ...w, ...INBOX_WORDS[lang as Language] }]),
  ) as Record<Language, TeamWords>;
}

export interface TeamWords extends InboxWords {
  /** the document title and the page's heading before the board's name: `{name}` */
  title: string;
  /** the worker's shell (main): the no-JS line, and an unknown board */
  needsScript: string;
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
  /** under each table */
  filterHint: string;
  /** a name's button: `{name}` */
  filterBy: string;
  nothing: string;

  /** reasons */
  reasons: string;
  reasonsHint: string;
  times: Plural;
}

const en: PageWords = {
  title: '{name} · customer satisfaction',
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
  filterHint: 'Choose a name to see only its numbers on the whole page.',
  filterBy: 'Show only {name}',
  nothing: 'Nothing in these dates.',

  reasons: 'Reasons after “No”',
  reasonsHint: 'A “No” may give several reasons.',
  times: { one: '{n} time', other: '{n} times' },
};

export const TEAM_WORDS: Record<Language, TeamWords> = withInbox({
  en,
  // The other languages follow in the next commit (page branch); until then they read English.
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
});

/**
 * One "No" of the inbox: what the customer said (comment, reasons), who and where (agent, channel),
 * how long ago, its follow-up; and, for a session that may triage, a form to set the follow-up
 * with an optional note. The buttons are the form's submit buttons, so Enter on any of them sends it.
 */
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { ApiFailure } from '../api';
import { useWords, type Words } from '../words';
import { age } from './age';
import { statusOf, STATUSES, type Answer, type Status } from './pages';

const STATUS_WORD = {
  open: 'inboxStatusOpen',
  contacted: 'inboxStatusContacted',
  resolved: 'inboxStatusResolved',
  dismissed: 'inboxStatusDismissed',
} as const;

/** The likely next step is the prominent button; the others are quiet. */
const NEXT: Partial<Record<Status, Status>> = { open: 'contacted', contacted: 'resolved' };

const ACTION_WORD = {
  open: 'inboxReopen',
  contacted: 'inboxMarkContacted',
  resolved: 'inboxMarkResolved',
  dismissed: 'inboxMarkDismissed',
} as const;

export const statusWord = (t: Words['t'], s: Status) => t(STATUS_WORD[s]);

/** Why a change was refused, in words (nothing changed in any of these cases). */
function problem(e: unknown, t: Words['t']): string {
  if (!(e instanceof ApiFailure)) return t('inboxErrOther', { message: String(e) });
  if (e.status === 0) return t('inboxErrOffline');
  if (e.status === 409) return t('inboxErrConflict');
  if (e.status === 404) return t('inboxErrGone');
  if (e.status === 403) return t('inboxErrForbidden');
  return t('inboxErrOther', { message: e.message || e.code });
}

export interface ItemProps {
  answer: Answer;
  labels: Map<string, string>;
  canTriage: boolean;
  /** sends the change; resolves once the server has it (the list then moves the item) */
  onSave: (status: Status, note: string | undefined) => Promise<void>;
}

export function Item({ answer: a, labels, canTriage, onSave }: ItemProps) {
  const { t, lang } = useWords();
  const status = statusOf(a);
  const note = a.follow_up?.note;
  const [writing, setWriting] = useState(false);
  const [draft, setDraft] = useState(note ?? '');
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState('');
  const field = useRef<HTMLTextAreaElement>(null);
  // an interaction id is the helpdesk's text, not a safe id attribute
  const id = useId();

  useEffect(() => {
    if (writing) field.current?.focus();
  }, [writing]);

  const submit = async (e: SubmitEvent) => {
    e.preventDefault();
    const to = (e.submitter as HTMLButtonElement | null)?.value as Status | undefined;
    if (saving || !to) return;
    setSaving(true);
    setError('');
    try {
      // the note is sent only when written here: left out, the stored one stays
      await onSave(to, writing ? draft : undefined);
      setWriting(false);
    } catch (err) {
      setError(problem(err, t));
    }
    setSaving(false);
  };

  return (
    <li class="inbox-item" tabIndex={-1} data-interaction={a.interaction}>
      <p class="inbox-comment" dir="auto">
        {a.comment ?? <span class="muted">{t('inboxNoComment')}</span>}
      </p>
      {a.reasons && a.reasons.length > 0 && (
        <ul class="inbox-reasons" aria-label={t('inboxReasons')}>
          {a.reasons.map((r) => (
            <li key={r} dir="auto">
              {labels.get(r) ?? r}
            </li>
          ))}
        </ul>
      )}
      <p class="inbox-meta">
        <span class={`inbox-status inbox-status-${status}`}>{statusWord(t, status)}</span>
        {a.agent && <span>{t('inboxAgent', { name: a.agent })}</span>}
        {a.channel && <span>{t('inboxChannel', { name: a.channel })}</span>}
        <time dateTime={a.updated_at} title={new Date(a.updated_at).toLocaleString(lang)}>
          {age(lang, a.updated_at)}
        </time>
      </p>
      {note && (
        <p class="inbox-note">
          {/* the note keeps its own direction inside the sentence (an English note on an Arabic page) */}
          {t('inboxNote').split('{note}')[0]}
          <bdi>{note}</bdi>
          {t('inboxNote').split('{note}')[1]}
        </p>
      )}
      {canTriage && (
        <form class="inbox-form" onSubmit={submit}>
          {writing && (
            <div class="field">
              <label for={`${id}-n`}>{t('inboxNoteLabel')}</label>
              <textarea
                id={`${id}-n`}
                ref={field}
                rows={2}
                dir="auto"
                maxLength={1000}
                value={draft}
                onInput={(e) => setDraft(e.currentTarget.value)}
              />
            </div>
          )}
          <div class="inbox-actions">
            {!writing && (
              <button type="button" class="quiet" onClick={() => setWriting(true)}>
                {t(note ? 'inboxEditNote' : 'inboxAddNote')}
              </button>
            )}
            {STATUSES.filter((s) => s !== status).map((s) => (
              <button
                type="submit"
                value={s}
                key={s}
                class={NEXT[status] === s ? undefined : 'quiet'}
                aria-disabled={saving ? 'true' : undefined}
              >
                {t(ACTION_WORD[s])}
              </button>
            ))}
          </div>
          {saving && !error && <p class="muted small">{t('inboxSaving')}</p>}
          {error && (
            <p class="error" role="alert">
              {error}
            </p>
          )}
        </form>
      )}
    </li>
  );
}

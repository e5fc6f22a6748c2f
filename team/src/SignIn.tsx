/** The sign-in form: a board key with `read` exchanged for a session (the key itself is not kept). */
import { useRef, useState } from 'preact/hooks';
import { ApiFailure, signInWithKey, type Session } from './api';
import { describe, useWords } from './words';

export function SignIn(props: { board: string; message?: string; onSession: (s: Session) => void }) {
  const { t } = useWords();
  const [error, setError] = useState<string | undefined>(props.message);
  // the key field is invalid after a refusal of the key, not after "your session ended"
  const [invalid, setInvalid] = useState(false);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  const submit = async (e: Event) => {
    e.preventDefault();
    const key = input.current!.value.trim();
    if (!key) {
      setError(t('keyEmpty'));
      setInvalid(true);
      input.current!.focus();
      return;
    }
    setBusy(true);
    try {
      props.onSession(await signInWithKey(props.board, key));
    } catch (failure) {
      // 401: no such key; 403: a key of another board, or one that cannot read
      const refused = failure instanceof ApiFailure && failure.status === 403;
      setError(refused ? t('keyRefused') : describe(failure, t('keyRefused'), t));
      setInvalid(!(failure instanceof ApiFailure) || failure.status !== 0);
      setBusy(false);
      input.current!.focus();
    }
  };

  return (
    <section class="signin" aria-labelledby="signin-title">
      <h1 id="signin-title">{t('signInTitle')}</h1>
      <p>{t('signInIntro')}</p>
      <p id="signin-error" class="error" role="alert">
        {error}
      </p>
      <form onSubmit={submit} noValidate>
        <label for="key">{t('keyLabel')}</label>
        <input
          id="key"
          ref={input}
          type="password"
          autocomplete="off"
          spellcheck={false}
          aria-describedby="key-hint signin-error"
          aria-invalid={invalid || undefined}
        />
        <p id="key-hint" class="hint">
          {t('keyHint')}
        </p>
        <button type="submit" disabled={busy}>
          {busy ? t('signingIn') : t('signIn')}
        </button>
      </form>
    </section>
  );
}

/**
 * Who is looking: a sign-in link in the fragment (taken out of the address bar first, then
 * exchanged once), else the session kept in this tab, else the sign-in form. A 401 from any panel
 * comes back here through `createApi`'s `onEnded` and shows the form with "Your session ended".
 */
import { useEffect, useState } from 'preact/hooks';
import { createApi, resumeSession, signInWithLink, signOut, storageKey, type Api, type Session } from './api';
import { Dashboard } from './Dashboard';
import { SignIn } from './SignIn';
import { describe, useWords } from './words';

type State = { kind: 'checking' } | { kind: 'out'; message?: string } | { kind: 'in'; api: Api };

/** The link's secret, if the address carries one; the fragment is removed before anything else happens. */
function takeLink(): string | null {
  const m = /^#link=(.+)$/.exec(location.hash);
  if (!m) return null;
  history.replaceState(null, '', location.pathname + location.search);
  return decodeURIComponent(m[1]!);
}

export function App({ board }: { board: string }) {
  const { t } = useWords();
  const [state, setState] = useState<State>({ kind: 'checking' });

  const enter = (session: Session) => {
    sessionStorage.setItem(storageKey(board), session.token);
    const api = createApi(session, () => {
      sessionStorage.removeItem(storageKey(board));
      setState({ kind: 'out', message: t('sessionEnded') });
    });
    setState({ kind: 'in', api });
  };
  const refused = (e: unknown, words: 'linkRefused' | 'sessionEnded') => {
    sessionStorage.removeItem(storageKey(board));
    setState({ kind: 'out', message: describe(e, t(words), t) });
  };

  useEffect(() => {
    const link = takeLink();
    const kept = sessionStorage.getItem(storageKey(board));
    if (link) signInWithLink(board, link).then(enter, (e) => refused(e, 'linkRefused'));
    else if (kept) resumeSession(board, kept).then(enter, (e) => refused(e, 'sessionEnded'));
    else setState({ kind: 'out' });
  }, []);

  if (state.kind === 'checking') return <p class="loading">{t('loading')}</p>;
  if (state.kind === 'out') return <SignIn board={board} message={state.message} onSession={enter} />;
  const api = state.api;
  return (
    <Dashboard
      api={api}
      onSignOut={async () => {
        await signOut(api);
        sessionStorage.removeItem(storageKey(board));
        setState({ kind: 'out' });
      }}
    />
  );
}

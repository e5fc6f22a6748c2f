/**
 * The "No" inbox: every "No" of the range and filters, open follow-ups first, a keyset page at a
 * time ("Show more"). Setting a follow-up changes the item in place as soon as the server has it
 * (no reload): it leaves the open list for the top of the handled one, the page refetches its
 * counts (`onChanged`), and focus goes to the item that took its place, so a keyboard can work
 * down the list. A refused change leaves everything as it was and says why on the item.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { filtersQuery, type Api, type Filters } from '../api';
import { labelOf } from '../../../widget/src/board';
import { useWords } from '../words';
import { Item, statusWord } from './Item';
import { nextPage, setFollowUp, START, statusOf, type Answer, type Position, type Status } from './pages';
import './inbox.css';

export interface InboxProps {
  api: Api;
  filters: Filters;
  canTriage: boolean;
  onChanged: () => void;
}

type Phase = 'loading' | 'idle' | 'failed';
/** where focus goes after a render: a place in a list (after a change), or an item (after "Show more") */
type List = 'open' | 'done';
type Where = { list: List; index: number } | { item: string };

export function Inbox({ api, filters, canTriage, onChanged }: InboxProps) {
  const { t, lang } = useWords();
  const [items, setItems] = useState<Answer[]>([]);
  /** interactions changed here, latest first: they lead the handled list */
  const [moved, setMoved] = useState<string[]>([]);
  const [next, setNext] = useState<Position | null>(START);
  const [phase, setPhase] = useState<Phase>('loading');
  const [said, setSaid] = useState('');
  const lists = { open: useRef<HTMLUListElement>(null), done: useRef<HTMLUListElement>(null) };
  const heading = useRef<HTMLHeadingElement>(null);
  const focusAfter = useRef<Where | null>(null);
  /** the filters a load was for: an answer for older filters is dropped */
  const key = filtersQuery(filters);
  const current = useRef(key);
  current.current = key;

  // a board's label is one string or one per language (SPEC: reasons), whatever Session's type says
  const labels = useMemo(
    () => new Map(api.session.reasons.map((r) => [r.id, labelOf(r.label as string | Record<string, string>, lang)])),
    [api, lang],
  );

  const load = async (at: Position, fresh: boolean) => {
    const asked = key;
    setPhase('loading');
    try {
      const page = await nextPage(api, filters, at);
      if (current.current !== asked) return;
      // an item changed here may come again in its new status's list: the one shown stays
      const seen = new Set((fresh ? [] : items).map((a) => a.interaction));
      const added = page.answers.filter((a) => !seen.has(a.interaction));
      setItems((old) => [...(fresh ? [] : old), ...added]);
      // "Show more" gives way to what it showed: reading goes on from the first new item
      if (!fresh && added[0]) focusAfter.current = { item: added[0].interaction };
      setNext(page.next);
      setPhase('idle');
    } catch {
      if (current.current === asked) setPhase('failed');
    }
  };

  useEffect(() => {
    setItems([]);
    setMoved([]);
    setSaid('');
    setNext(START);
    void load(START, true);
  }, [key, api]);

  const open = items.filter((a) => statusOf(a) === 'open');
  const rank = (a: Answer) => {
    const i = moved.indexOf(a.interaction);
    return i < 0 ? moved.length : i;
  };
  const done = items.filter((a) => statusOf(a) !== 'open').sort((a, b) => rank(a) - rank(b));

  const save = async (a: Answer, status: Status, note: string | undefined) => {
    const from: List = statusOf(a) === 'open' ? 'open' : 'done';
    const index = (from === 'open' ? open : done).indexOf(a);
    const now = await setFollowUp(api, a.interaction, status, note);
    focusAfter.current = { list: from, index };
    setItems((old) => old.map((x) => (x.interaction === a.interaction ? now : x)));
    setMoved((old) => [a.interaction, ...old.filter((i) => i !== a.interaction)]);
    setSaid(t('inboxSaved', { status: statusWord(t, status) }));
    onChanged();
  };

  // After a change: the item now where the changed one was, else the one before, else the other
  // list's first, else the heading, so focus never falls back to the top of the document.
  useLayoutEffect(() => {
    const where = focusAfter.current;
    if (!where) return;
    focusAfter.current = null;
    if ('item' in where) {
      heading.current
        ?.closest('section')
        ?.querySelector<HTMLElement>(`[data-interaction="${CSS.escape(where.item)}"]`)
        ?.focus();
      return;
    }
    const own = lists[where.list].current?.children;
    const other = lists[where.list === 'open' ? 'done' : 'open'].current?.children;
    const target = own?.[where.index] ?? own?.[where.index - 1] ?? other?.[0] ?? heading.current;
    (target as HTMLElement | null)?.focus();
  });

  const list = (which: List, answers: Answer[]) => (
    <ul class="inbox-list" ref={lists[which]}>
      {answers.map((a) => (
        <Item
          key={a.interaction}
          answer={a}
          labels={labels}
          canTriage={canTriage}
          onSave={(status, note) => save(a, status, note)}
        />
      ))}
    </ul>
  );

  /** every open one has been read: an empty open list then means none is open */
  const openDone = next === null || next.status > 0;
  return (
    <section
      class="panel inbox"
      id="inbox"
      aria-labelledby="inbox-h"
      aria-busy={phase === 'loading' ? 'true' : 'false'}
    >
      <div class="panel-head">
        <h2 id="inbox-h" ref={heading} tabIndex={-1}>
          {t('inboxTitle')}
        </h2>
      </div>
      <p class="hint">{t(canTriage ? 'inboxHint' : 'inboxHintReadOnly')}</p>
      {items.length === 0 ? (
        phase === 'idle' && <p>{t('inboxEmpty')}</p>
      ) : (
        <>
          <h3>{t('inboxOpenList')}</h3>
          {open.length === 0 && openDone ? <p class="muted">{t('inboxNoneOpen')}</p> : list('open', open)}
          {done.length > 0 && (
            <>
              <h3>{t('inboxDoneList')}</h3>
              {list('done', done)}
            </>
          )}
        </>
      )}
      <p role="status" class="inbox-said">
        {phase === 'loading' ? t('inboxLoading') : said}
      </p>
      {phase === 'failed' && (
        <p class="error" role="alert">
          {t('inboxLoadFailed')}{' '}
          <button type="button" onClick={() => void load(next ?? START, items.length === 0)}>
            {t('inboxRetry')}
          </button>
        </p>
      )}
      {phase !== 'failed' && next !== null && items.length > 0 && (
        <button
          type="button"
          class="quiet inbox-more"
          aria-disabled={phase === 'loading' ? 'true' : undefined}
          onClick={() => phase === 'idle' && void load(next, false)}
        >
          {t('inboxMore')}
        </button>
      )}
    </section>
  );
}

/**
 * The scoreboard page's client script (inlined into the page by worker/routes/scoreboard.ts): keeps
 * the server-rendered page current while someone can see it, and tells the embedding page its
 * height. Everything it writes, format.ts words exactly as the server did. The page of an unknown
 * board carries it too, for the height alone: it has no board to keep current.
 */
import { describe, placeAt, updated, type LiveStrings, type ScoreView } from '../format';
import { RESIZE, type ResizeMessage } from './messages';

/** Poll as often as the score may be cached; after failures, double the wait up to five minutes. */
const EVERY = 10_000;
const MAX_WAIT = 300_000;

/** Keeps a board's page current: `main` carries the board, its score's ETag and the page's strings. */
function keepLive(main: HTMLElement) {
  const data = main.dataset;
  const t = JSON.parse(data.s!) as LiveStrings;
  const url = `/v1/boards/${data.board}/score`;
  const places = main.querySelectorAll<HTMLElement>('.g i');
  const reduceMotion = matchMedia('(prefers-reduced-motion: reduce)');

  let etag = data.etag;
  let updatedAt = data.updated || null;
  let wait = EVERY;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let busy = false;
  let inView = true;
  /** When the score was last read (the server render counts): never poll sooner than `wait` after it. */
  let last = Date.now();

  const text = (id: string, s: string) => {
    const el = document.getElementById(id)!;
    if (el.textContent !== s) el.textContent = s;
  };

  function show(score: ScoreView) {
    const d = describe(score, t, Date.now());
    main.classList.toggle('z', d.empty);
    text('p', d.percent);
    text('w', d.label);
    text('alt', d.alt);
    text('iv', d.interval);
    text('up', d.updated);
    places.forEach((place, i) => {
      const kind = placeAt(i, score.pandas);
      if (place.className === kind) return;
      place.className = kind;
      if (!reduceMotion.matches) {
        place.animate({ transform: ['scale(1)', 'scale(1.35)', 'scale(1)'] }, { duration: 600, delay: (i % 10) * 30 });
      }
    });
  }

  const visible = () => document.visibilityState === 'visible' && inView;

  /** Sets the next poll; `ms = 0` polls now. Hidden pages and frames scrolled away are not polled. */
  function schedule(ms: number) {
    clearTimeout(timer);
    timer = visible() ? setTimeout(poll, ms) : undefined;
  }

  /** Back in sight: poll at once if the last read is older than the wait, else when it will be. */
  const resume = () => schedule(Math.max(0, last + wait - Date.now()));

  async function poll() {
    if (busy) return;
    busy = true;
    last = Date.now();
    try {
      const res = await fetch(url, { headers: etag ? { 'If-None-Match': etag } : {} });
      if (res.status === 200) {
        const score = (await res.json()) as ScoreView;
        etag = res.headers.get('ETag') ?? undefined;
        updatedAt = score.updated_at;
        show(score);
      } else if (res.status !== 304) {
        throw new Error(String(res.status));
      } else {
        // Nothing new, but "updated … ago" still moves on.
        text('up', updated(t, updatedAt, Date.now()));
      }
      wait = EVERY;
    } catch {
      wait = Math.min(wait * 2, MAX_WAIT);
    } finally {
      busy = false;
    }
    schedule(wait);
  }

  document.addEventListener('visibilitychange', resume);
  new IntersectionObserver((entries) => {
    inView = entries.some((e) => e.isIntersecting);
    resume();
  }).observe(main);
  resume();
}

const main = document.querySelector('main')!;
if (main.dataset.board) keepLive(main);

// Tell the embedding page our height whenever it changes. The message goes to the embedder's origin
// only (the loader sends it as the referrer); a page opened on its own has no one to tell.
const parentOrigin = location.ancestorOrigins?.[0] ?? (document.referrer ? new URL(document.referrer).origin : '');
if (window.parent !== window && parentOrigin && parentOrigin !== 'null') {
  let last = 0;
  new ResizeObserver(() => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    const msg: ResizeMessage = { type: RESIZE, height };
    window.parent.postMessage(msg, parentOrigin);
  }).observe(document.documentElement);
}

/**
 * The CSV of the range and filters: one button, then a real <progress> counting the records as they
 * arrive against `expected` (the range's answers, from stats), a cancel button, and the file saved
 * under the server's name once it is whole. A failure or a cancel saves nothing and says so.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiFailure, filtersQuery, type Api, type Filters } from '../api';
import { useWords } from '../words';
import { fileName, readCsv, save } from './download';
import './export.css';

type State =
  | { kind: 'idle' }
  | { kind: 'running'; records: number }
  | { kind: 'done'; records: number; file: string }
  | { kind: 'cancelled' }
  | { kind: 'failed'; message: string };

export function Export({ api, filters, expected }: { api: Api; filters: Filters; expected: number }) {
  const { t, p, num } = useWords();
  const [state, setState] = useState<State>({ kind: 'idle' });
  const running = useRef<AbortController | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  const query = filtersQuery(filters);

  // new filters (or leaving the page) end a download of the old ones: its file would be mislabelled
  useEffect(() => {
    setState({ kind: 'idle' });
    return () => running.current?.abort();
  }, [query, api]);

  const start = async () => {
    if (running.current) return;
    const ctl = new AbortController();
    running.current = ctl;
    setState({ kind: 'running', records: 0 });
    try {
      const res = await api.raw(`/responses?${query}`, { headers: { accept: 'text/csv' }, signal: ctl.signal });
      if (!res.ok) {
        const body = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
        throw new ApiFailure(res.status, 'refused', body?.error?.message ?? res.statusText);
      }
      const { blob, lines } = await readCsv(res, (lines) => {
        if (!ctl.signal.aborted) setState({ kind: 'running', records: Math.max(0, lines - 1) });
      });
      const file = fileName(res, api.session.board);
      save(blob, file);
      setState({ kind: 'done', records: Math.max(0, lines - 1), file });
    } catch (e) {
      if (ctl.signal.aborted) setState({ kind: 'cancelled' });
      else if (e instanceof ApiFailure && e.status === 0) setState({ kind: 'failed', message: t('exportOffline') });
      else if (e instanceof ApiFailure)
        setState({ kind: 'failed', message: t('exportFailed', { message: e.message }) });
      else setState({ kind: 'failed', message: t('exportBroken') });
    } finally {
      if (running.current === ctl) running.current = null;
    }
  };

  const cancel = () => {
    running.current?.abort();
    // the cancel button goes away with the download: focus stays in the panel
    button.current?.focus();
  };

  const busy = state.kind === 'running';
  const known = busy && expected > 0 && state.records <= expected;
  return (
    <section class="panel export" id="export" aria-labelledby="export-h">
      <div class="panel-head">
        <h2 id="export-h">{t('exportTitle')}</h2>
      </div>
      <p class="hint">{t('exportHint')}</p>
      <div class="export-row">
        <button type="button" ref={button} aria-disabled={busy ? 'true' : undefined} onClick={() => void start()}>
          {t('exportButton')}
        </button>
        {busy && (
          <button type="button" class="quiet" onClick={cancel}>
            {t('exportCancel')}
          </button>
        )}
      </div>
      {busy && (
        <div class="export-progress">
          <progress
            aria-label={t('exportLabel')}
            aria-describedby="export-count"
            max={known ? expected : undefined}
            value={known ? state.records : undefined}
          />
          <span id="export-count">
            {known
              ? p('exportProgress', expected, { n: num(state.records), total: num(expected) })
              : p('exportCount', state.records)}
          </span>
        </div>
      )}
      <p role="status" class="export-said">
        {state.kind === 'done'
          ? p('exportDone', state.records, { file: state.file })
          : state.kind === 'cancelled'
            ? t('exportCancelled')
            : ''}
      </p>
      {state.kind === 'failed' && (
        <p role="alert" class="error">
          {state.message}
        </p>
      )}
    </section>
  );
}

/** The page's header: the board, the session, and the filters every panel reads (dates, interval, agent or channel). */
import { useState } from 'preact/hooks';
import type { Filters, Session } from './api';
import { presetFilters, presetOf, type Preset } from './dates';
import { useWords } from './words';

export function Header(props: {
  session: Session;
  filters: Filters;
  onFilters: (f: Filters) => void;
  onSignOut: () => void;
}) {
  const { t, lang } = useWords();
  const { session: s, filters: f } = props;
  const [preset, setPreset] = useState<Preset | 'custom'>(() => presetOf(f));
  const [from, setFrom] = useState(f.from);
  const [to, setTo] = useState(f.to);
  const until = new Intl.DateTimeFormat(lang, { hour: 'numeric', minute: '2-digit' }).format(new Date(s.expiresAt));
  const filter = f.agent ?? f.channel;

  const choose = (value: Preset | 'custom') => {
    setPreset(value);
    if (value === 'custom') return;
    const next = presetFilters(value);
    setFrom(next.from);
    setTo(next.to);
    props.onFilters({ ...f, ...next });
  };
  return (
    <header class="top">
      <div class="brand-row">
        <div>
          <h1>{s.name}</h1>
          <p class="small muted">
            {t('signedInUntil', { t: until })}
            {!s.scopes.includes('triage') && ` · ${t('readOnly')}`}
          </p>
        </div>
        <button type="button" class="quiet" onClick={props.onSignOut}>
          {t('signOut')}
        </button>
      </div>
      <form
        class="controls"
        onSubmit={(e) => {
          e.preventDefault();
          if (from && to) props.onFilters({ ...f, from: from <= to ? from : to, to: from <= to ? to : from });
        }}
      >
        <div class="field">
          <label for="preset">{t('range')}</label>
          <select id="preset" value={preset} onChange={(e) => choose(e.currentTarget.value as Preset | 'custom')}>
            <option value="30d">{t('last30')}</option>
            <option value="12w">{t('last12w')}</option>
            <option value="12m">{t('last12m')}</option>
            <option value="custom">{t('custom')}</option>
          </select>
        </div>
        {preset === 'custom' && (
          <>
            <div class="field">
              <label for="from">{t('from')}</label>
              <input id="from" type="date" value={from} max={to} onInput={(e) => setFrom(e.currentTarget.value)} />
            </div>
            <div class="field">
              <label for="to">{t('to')}</label>
              <input id="to" type="date" value={to} min={from} onInput={(e) => setTo(e.currentTarget.value)} />
            </div>
            <button type="submit">{t('apply')}</button>
          </>
        )}
        <div class="field">
          <label for="interval">{t('interval')}</label>
          <select
            id="interval"
            value={f.interval}
            onChange={(e) => props.onFilters({ ...f, interval: e.currentTarget.value as Filters['interval'] })}
          >
            <option value="day">{t('day')}</option>
            <option value="week">{t('week')}</option>
            <option value="month">{t('month')}</option>
          </select>
        </div>
        {filter !== undefined && (
          <p class="chip" data-filter={f.agent !== undefined ? 'agent' : 'channel'}>
            <span>{t(f.agent !== undefined ? 'filterAgent' : 'filterChannel', { name: filter })}</span>
            <button
              type="button"
              aria-label={t('removeFilter', { name: filter })}
              onClick={() => props.onFilters({ from: f.from, to: f.to, interval: f.interval })}
            >
              <span aria-hidden="true">×</span>
            </button>
          </p>
        )}
      </form>
    </header>
  );
}

/**
 * The signed-in page: the header's filters, then the panels. Each panel makes one request with the
 * current filters (Now and the trend share the ungrouped stats; agents, channels and reasons each
 * ask with their group_by; the public score is its own small GET). `version` goes up when the
 * inbox changes something, so every count follows without a reload.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Api, Filters } from './api';
import { filtersFromUrl, filtersToUrl } from './dates';
import { Export } from './export/Export';
import { Groups } from './Groups';
import { Header } from './Header';
import { Inbox } from './inbox/Inbox';
import { Now } from './Now';
import { Reasons } from './Reasons';
import { statsPath, useGet, type ScoreJson, type StatsJson } from './stats';
import { Trend } from './Trend';
import { useWords } from './words';

export function Dashboard({ api, onSignOut }: { api: Api; onSignOut: () => void }) {
  const { t } = useWords();
  const [filters, setFilters] = useState<Filters>(filtersFromUrl);
  useEffect(() => filtersToUrl(filters), [filters]);
  const [version, setVersion] = useState(0);
  const s = api.session;
  const overview = useGet<StatsJson>(api, statsPath(filters), version);
  const score = useGet<ScoreJson>(api, '/score', version);
  // Under an agent filter the channels' panel lists that agent's channels (and the other way round):
  // the API keeps answers and asks per agent and channel together, but not follow-ups.
  const agents = useGet<StatsJson>(api, statsPath(filters, 'agent'), version);
  const channels = useGet<StatsJson>(api, statsPath(filters, 'channel'), version);
  const reasons = useGet<StatsJson>(api, statsPath(filters, 'reason'), version);
  // one filter at a time (the API takes agent or channel); choosing the active one again clears it
  const filterBy = (dim: 'agent' | 'channel') => (key: string) =>
    setFilters({
      from: filters.from,
      to: filters.to,
      interval: filters.interval,
      ...(filters[dim] === key ? {} : { [dim]: key }),
    });
  // The first view waits for the panels' first answers and then appears whole: panels filling in one
  // by one would push each other down (a layout shift of 0.37 on the demo board, Layout Instability API).
  const shown = useRef(false);
  shown.current ||= [overview, score, agents, channels, reasons].every((l) => !l.loading);
  return (
    <>
      <Header session={s} filters={filters} onFilters={setFilters} onSignOut={onSignOut} />
      {!shown.current ? (
        <p class="loading" role="status">
          {t('loading')}
        </p>
      ) : (
        <div class="panels">
          <Now stats={overview} score={score} />
          <Trend stats={overview} target={s.target} />
          <Groups
            by="agent"
            stats={agents}
            active={filters.agent}
            note={filters.channel ? t('agentsOfChannel') : undefined}
            onFilter={filterBy('agent')}
          />
          <Groups
            by="channel"
            stats={channels}
            active={filters.channel}
            note={filters.agent ? t('channelsOfAgent') : undefined}
            onFilter={filterBy('channel')}
          />
          <Reasons stats={reasons} labels={s.reasons} />
          <Inbox
            api={api}
            filters={filters}
            canTriage={s.scopes.includes('triage')}
            onChanged={() => setVersion((v) => v + 1)}
          />
          <Export api={api} filters={filters} expected={overview.data?.totals.responses ?? 0} />
        </div>
      )}
    </>
  );
}

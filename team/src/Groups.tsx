/**
 * Agents or channels as a table: answers, % satisfied with its interval, response rate, open
 * follow-ups and a small trend. Sorted by the header's buttons (aria-sort says how); a name is a
 * button that filters the whole page to it.
 */
import { useState } from 'preact/hooks';
import { Panel } from './Panel';
import type { Group, Loaded, Point, StatsJson } from './stats';
import { useWords } from './words';

type Column = 'name' | 'answers' | 'percent' | 'rate' | 'open';
const value: Record<Column, (g: Group) => number | string | null> = {
  name: (g) => g.key,
  answers: (g) => g.satisfied + g.unsatisfied,
  percent: (g) => g.percent,
  rate: (g) => g.response_rate ?? null,
  open: (g) => g.follow_up?.open ?? null,
};

/** Sorted by `col`; empty values (null) last either way, the named before the unnamed group. */
function sorted(groups: Group[], col: Column, up: boolean): Group[] {
  return [...groups].sort((a, b) => {
    const x = value[col](a);
    const y = value[col](b);
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
    const c = typeof x === 'string' ? x.localeCompare(y as string) : x - (y as number);
    return up ? c : -c;
  });
}

function Spark({ series, label }: { series: Point[]; label: string }) {
  const pts = series.map((p, i) => [i, p.percent] as const).filter((p) => p[1] !== null) as [number, number][];
  if (pts.length < 2) return null;
  const W = 72;
  const H = 20;
  const min = Math.min(...pts.map((p) => p[1]));
  const span = Math.max(1, 100 - min);
  const d = pts
    .map(
      ([i, v], k) =>
        `${k ? 'L' : 'M'}${((i / (series.length - 1)) * (W - 4) + 2).toFixed(1)},${(2 + ((100 - v) / span) * (H - 4)).toFixed(1)}`,
    )
    .join('');
  return (
    <svg class="spark" width={W} height={H} viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label}>
      <path d={d} />
    </svg>
  );
}

export function Groups(props: {
  by: 'agent' | 'channel';
  stats: Loaded<StatsJson>;
  active?: string;
  /** what the table holds under the other dimension's filter (an agent's channels, a channel's agents) */
  note?: string;
  onFilter: (key: string) => void;
}) {
  const w = useWords();
  const { t, num, pct } = w;
  const [sort, setSort] = useState<{ col: Column; up: boolean }>({ col: 'answers', up: false });
  const id = props.by === 'agent' ? 'agents' : 'channels';
  const groups = props.stats.data?.groups ?? [];
  const head = (col: Column, label: string) => (
    <th scope="col" aria-sort={sort.col === col ? (sort.up ? 'ascending' : 'descending') : undefined}>
      <button
        type="button"
        class="sort"
        onClick={() => setSort({ col, up: sort.col === col ? !sort.up : col === 'name' })}
      >
        {label}
        <span class="arrow" aria-hidden="true">
          {sort.col === col ? (sort.up ? '▲' : '▼') : ''}
        </span>
      </button>
    </th>
  );
  const trendLabel = (s: Point[]) => {
    const known = s.filter((p) => p.percent !== null);
    return known.length
      ? t('sparkLabel', { a: pct(known[0]!.percent!), b: pct(known[known.length - 1]!.percent!) })
      : '';
  };
  return (
    <Panel id={id} title={t(id)} loaded={props.stats} class="groups" note={props.note}>
      {groups.length === 0 ? (
        <p class="muted">{t('nothing')}</p>
      ) : (
        <>
          <div class="scroll" tabIndex={0} role="region" aria-labelledby={`${id}-h`}>
            <table class="numbers" data-groups={props.by}>
              <thead>
                <tr>
                  {head('name', t(props.by))}
                  {head('answers', t('answersCol'))}
                  {head('percent', t('percent'))}
                  {head('rate', t('responseRate'))}
                  {head('open', t('openCol'))}
                  <th scope="col" class="trend-col">
                    {t('trendCol')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {sorted(groups, sort.col, sort.up).map((g) => (
                  <tr key={g.key ?? ''} data-key={g.key ?? ''}>
                    <th scope="row">
                      {g.key === null ? (
                        <span class="muted">{t('none')}</span>
                      ) : (
                        <button
                          type="button"
                          class="link"
                          aria-pressed={props.active === g.key}
                          title={t('filterBy', { name: g.key })}
                          onClick={() => props.onFilter(g.key!)}
                        >
                          {g.key}
                        </button>
                      )}
                    </th>
                    <td data-col="answers">{num(g.satisfied + g.unsatisfied)}</td>
                    <td data-col="percent">
                      {g.percent === null ? '–' : pct(g.percent)}
                      {g.interval95 && (
                        <span class="ci">
                          {pct(g.interval95[0])}–<wbr />
                          {pct(g.interval95[1])}
                        </span>
                      )}
                    </td>
                    <td data-col="rate">{g.response_rate == null ? '–' : pct(g.response_rate)}</td>
                    <td data-col="open">{g.follow_up ? num(g.follow_up.open) : '–'}</td>
                    <td class="trend-col">{g.series && <Spark series={g.series} label={trendLabel(g.series)} />}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p class="small muted">{t('filterHint')}</p>
        </>
      )}
    </Panel>
  );
}

/** The trend panel: the chart, or the same numbers as a table (for screen readers and copying). */
import { useState } from 'preact/hooks';
import { Chart } from './Chart';
import { Panel } from './Panel';
import type { Loaded, StatsJson } from './stats';
import { useWords } from './words';

export function Trend({ stats, target }: { stats: Loaded<StatsJson>; target: number | null }) {
  const w = useWords();
  const { t, num, pct } = w;
  const [table, setTable] = useState(false);
  const data = stats.data;
  return (
    <Panel
      id="trend"
      title={t('trend')}
      loaded={stats}
      tools={
        <button type="button" class="quiet" aria-controls="trend-view" onClick={() => setTable(!table)}>
          {table ? t('showChart') : t('showTable')}
        </button>
      }
    >
      {data && (
        <div id="trend-view">
          {table ? (
            <div class="scroll" tabIndex={0} role="region" aria-labelledby="trend-caption">
              <table class="numbers">
                <caption id="trend-caption">{t('chartLabel')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('period')}</th>
                    <th scope="col">{t('percent')}</th>
                    <th scope="col">{t('interval95')}</th>
                    <th scope="col">{t('answersCol')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.series.map((p) => (
                    <tr key={p.period}>
                      <th scope="row">{w.period(p.period, data.interval)}</th>
                      <td>{p.percent === null ? '–' : pct(p.percent)}</td>
                      <td>{p.interval95 ? `${pct(p.interval95[0])} – ${pct(p.interval95[1])}` : '–'}</td>
                      <td>{num(p.satisfied + p.unsatisfied)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : (
            <>
              <ul class="legend" aria-hidden="true">
                <li class="k-line">{t('percent')}</li>
                <li class="k-band">{t('band')}</li>
                <li class="k-bar">{t('answersCol')}</li>
                {target !== null && <li class="k-target">{t('target', { t: pct(target) })}</li>}
              </ul>
              <Chart points={data.series} interval={data.interval} target={target} />
            </>
          )}
        </div>
      )}
    </Panel>
  );
}

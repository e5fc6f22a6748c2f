/** How often each reason was chosen after "No" in the range, with the board's labels. */
import { Panel } from './Panel';
import type { Loaded, StatsJson } from './stats';
import { useWords } from './words';

export function Reasons({ stats, labels }: { stats: Loaded<StatsJson>; labels: { id: string; label: string }[] }) {
  const { t, p } = useWords();
  const groups = stats.data?.groups ?? [];
  const most = Math.max(1, ...groups.map((g) => g.unsatisfied));
  return (
    <Panel id="reasons" title={t('reasons')} loaded={stats}>
      {groups.length === 0 ? (
        <p class="muted">{t('nothing')}</p>
      ) : (
        <>
          <ul class="reasons">
            {groups.map((g) => (
              <li key={g.key} data-reason={g.key}>
                <span class="name">{labels.find((l) => l.id === g.key)?.label ?? g.key}</span>
                <span class="count">{p('times', g.unsatisfied)}</span>
                <span class="meter" aria-hidden="true">
                  <span style={{ width: `${(g.unsatisfied / most) * 100}%` }} />
                </span>
              </li>
            ))}
          </ul>
          <p class="small muted">{t('reasonsHint')}</p>
        </>
      )}
    </Panel>
  );
}

/** Now: the range's percent with its 95 % interval in words, answers, response rate, follow-ups, and the public score. */
import type { Loaded, ScoreJson, StatsJson } from './stats';
import { Panel } from './Panel';
import { useWords } from './words';

export function Now({ stats, score }: { stats: Loaded<StatsJson>; score: Loaded<ScoreJson> }) {
  const { t, p, num, pct } = useWords();
  const totals = stats.data?.totals;
  const s = score.data;
  return (
    <Panel id="now" title={t('now')} loaded={stats} class="now">
      {totals && (
        <div class="figures">
          <div class="figure" data-figure="percent">
            {totals.percent === null ? (
              <p class="big">{t('noAnswers')}</p>
            ) : (
              <>
                <p class="big">
                  <span class="value">{pct(totals.percent)}</span> {t('satisfied')}
                </p>
                {totals.interval95 && (
                  <p class="small">{t('ci', { lo: pct(totals.interval95[0]), hi: pct(totals.interval95[1]) })}</p>
                )}
              </>
            )}
            <p class="small" data-figure="answers">
              {p('answers', totals.responses)}
            </p>
          </div>
          <div class="figure" data-figure="rate">
            <p class="label">{t('responseRate')}</p>
            <p class="big">
              <span class="value">{totals.response_rate === null ? '–' : pct(totals.response_rate)}</span>
            </p>
            <p class="small">{p('answeredOfAsked', totals.asked, { a: num(totals.answered) })}</p>
          </div>
          <div class="figure" data-figure="follow-ups">
            <p class="label">{t('followUps')}</p>
            <dl class="counts">
              {(['open', 'contacted', 'resolved'] as const).map((k) => (
                <div key={k} data-count={k}>
                  <dt>{t(k)}</dt>
                  <dd>{num(totals.follow_up[k])}</dd>
                </div>
              ))}
            </dl>
          </div>
        </div>
      )}
      {s && s.percent !== null && (
        <p class="small public" data-figure="public">
          {t('publicScore', {
            p: pct(s.percent),
            window: 'responses' in s.window ? p('lastAnswers', s.window.responses) : p('lastDays', s.window.days),
          })}
        </p>
      )}
    </Panel>
  );
}

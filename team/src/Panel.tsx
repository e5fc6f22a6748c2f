/** A panel's frame: its heading, a busy state while its request runs, and its failure in words. */
import type { ComponentChildren } from 'preact';
import type { Loaded } from './stats';
import { describe, useWords } from './words';

export function Panel(props: {
  id: string;
  title: string;
  loaded: Loaded<unknown>;
  class?: string;
  tools?: ComponentChildren;
  /** a line above the panel's numbers: what they count under the current filter */
  note?: string;
  children?: ComponentChildren;
}) {
  const { t } = useWords();
  const { loaded } = props;
  return (
    <section
      class={`panel ${props.class ?? ''}`}
      id={props.id}
      aria-labelledby={`${props.id}-h`}
      aria-busy={loaded.loading ? 'true' : 'false'}
    >
      <div class="panel-head">
        <h2 id={`${props.id}-h`}>{props.title}</h2>
        {props.tools}
      </div>
      {loaded.error && loaded.error.status !== 401 && (
        <p class="error" role="alert">
          {describe(loaded.error, t('sessionEnded'), t)}{' '}
          <button type="button" class="link" onClick={loaded.retry}>
            {t('retry')}
          </button>
        </p>
      )}
      {props.note && <p class="muted">{props.note}</p>}
      {loaded.data ? props.children : !loaded.error && <p class="muted">{t('loading')}</p>}
    </section>
  );
}

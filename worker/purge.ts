/**
 * Removing a deleted board's rows, afterwards and in bounded slices: a Cloudflare Workflow.
 *
 * DELETE /v1/boards/{board} only marks the board deleted (every route stops serving it at once) and
 * starts this Workflow. Each step deletes at most `PURGE_SLICE` rows in one statement, so no
 * request or step ever holds D1 for a whole board; a step that fails is retried, and a Workflow
 * interrupted by a crash resumes after its last finished step (a slice is idempotent: "up to N
 * rows of this deleted board"). The board row goes last, which frees its id.
 *
 * A pause comes before every slice. D1 runs one query at a time per database, so slices back to
 * back would keep the live traffic waiting for as long as the purge lasts; paced, each slice costs
 * it at most one short statement. (Under `wrangler dev`, whose runtime is one thread, the pause is
 * also what lets other requests — and the DELETE's own response — through.)
 */
import { WorkflowEntrypoint, type WorkflowEvent, type WorkflowStep } from 'cloudflare:workers';
import { dropDeletedBoard, PURGED_TABLES, purgeSlice } from './db/purge';

export interface PurgeParams {
  board: string;
}

/** Rows per step: one short D1 statement (5,000 neighbouring rows); 1e6 answers take 200 steps. */
export const PURGE_SLICE = 5000;

/** The pause before each slice, in milliseconds: 1e6 answers are purged in about a minute and a half. */
export const PURGE_PAUSE_MS = 250;

const STEP = {
  retries: { limit: 10, delay: '10 seconds', backoff: 'exponential' },
  timeout: '5 minutes',
} as const;

export class PurgeBoard extends WorkflowEntrypoint<Env, PurgeParams> {
  override async run(event: WorkflowEvent<PurgeParams>, step: WorkflowStep): Promise<{ rows: number }> {
    const { board } = event.payload;
    let rows = 0;
    for (const table of PURGED_TABLES) {
      // Step names are fixed by position, so a resumed run replays the finished ones from their results.
      for (let slice = 0; ; slice++) {
        await step.sleep(`pause before ${table} ${slice}`, PURGE_PAUSE_MS);
        const removed = await step.do(`${table} ${slice}`, STEP, () =>
          purgeSlice(this.env.DB, board, table, PURGE_SLICE),
        );
        rows += removed;
        if (removed < PURGE_SLICE) break;
      }
    }
    await step.do('board', STEP, () => dropDeletedBoard(this.env.DB, board));
    return { rows };
  }
}

/** One purge per board incarnation (a board id can be deleted, created again and deleted again). */
export const purgeId = (board: string, createdAt: number) => `purge-${board}-${createdAt}`;

/** Whether the purge `id` exists. */
async function purgeExists(env: Env, id: string): Promise<boolean> {
  try {
    await env.PURGE.get(id);
    return true;
  } catch {
    return false;
  }
}

/**
 * Starts the board's purge; one already started for it is left to run. `again` says the board was
 * deleted before (a retried DELETE): then the purge most likely exists, and it is looked up first,
 * because the runtime logs every refused `create` of an existing id as an uncaught error.
 */
export async function startPurge(env: Env, board: string, createdAt: number, again: boolean): Promise<void> {
  const id = purgeId(board, createdAt);
  if (again && (await purgeExists(env, id))) return;
  try {
    await env.PURGE.create({ id, params: { board } });
  } catch (err) {
    // Created meanwhile by a concurrent DELETE: under way. Anything else is a real failure.
    if (!(await purgeExists(env, id))) throw err;
  }
}

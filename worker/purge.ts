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
 *
 * Whatever stops it, a purge finishes: every slice notes its progress on the board row, and the
 * Cron Trigger (every minute) restarts the purge of any deleted board whose purge has not moved for
 * `STALL_MS` — errored, terminated, or "running" in an engine that lost it (the local engine does
 * not wake a sleeping instance after `wrangler dev` restarts). A repeated DELETE does the same at
 * once. Restarting is always safe: every slice is "up to N rows of this deleted board".
 */
import { WorkflowEntrypoint, type WorkflowEvent, type WorkflowStep } from 'cloudflare:workers';
import { dropDeletedBoard, notePurgeProgress, PURGED_TABLES, purgeSlice, stalledPurges } from './db/purge';

export interface PurgeParams {
  board: string;
}

/** Rows per step: one short D1 statement (5,000 neighbouring rows); 1e6 answers take 200 steps. */
export const PURGE_SLICE = 5000;

/** The pause before each slice, in milliseconds: 1e6 answers are purged in about a minute and a half. */
export const PURGE_PAUSE_MS = 250;

/**
 * A purge that has not moved for this long has stopped: a slice and its pause take a few seconds,
 * a step's first retries well under a minute. (Restarting one that was only slow costs nothing.)
 */
export const STALL_MS = 60_000;

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
          purgeSlice(this.env.DB, board, table, PURGE_SLICE, Date.now()),
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

/** Starts the purge of a board just deleted. */
export async function startPurge(env: Env, board: string, createdAt: number): Promise<void> {
  const id = purgeId(board, createdAt);
  try {
    await env.PURGE.create({ id, params: { board } });
  } catch (err) {
    // Created meanwhile by a concurrent DELETE: under way. Anything else is a real failure.
    if (!(await purgeInstance(env, id))) throw err;
  }
}

/** The purge instance `id`, or null when there is none. */
async function purgeInstance(env: Env, id: string): Promise<WorkflowInstance | null> {
  try {
    return await env.PURGE.get(id);
  } catch {
    return null;
  }
}

const ENDED = new Set<InstanceStatus['status']>(['errored', 'terminated', 'complete']);

/**
 * Makes sure the purge of a board deleted before runs: starts it if there is none, starts it again
 * if it ended without removing the board (errored, terminated) or, `stalled`, has not moved for
 * STALL_MS (whatever its status says).
 * A purge that runs and moves is left alone. The instance is looked up first, because the runtime
 * logs every refused `create` of an existing id as an uncaught error.
 */
export async function ensurePurge(env: Env, board: string, createdAt: number, stalled: boolean): Promise<string> {
  const id = purgeId(board, createdAt);
  const instance = await purgeInstance(env, id);
  if (!instance) {
    await startPurge(env, board, createdAt);
    return 'started';
  }
  const { status } = await instance.status();
  if (!stalled && !ENDED.has(status)) return 'running';
  // A new instance does the work again from the start (ids are never reused). Not `restart()`: on
  // an instance its engine has lost, the local engine aborts it with an uncaught error; and an old
  // one that wakes up after all only races it over slices that are safe to repeat.
  const now = Date.now();
  await env.PURGE.create({ id: `${id}-r${now}`, params: { board } });
  // Started again now: the next STALL_MS are its own to show progress in.
  await notePurgeProgress(env.DB, board, now).run();
  return `restarted (was ${status})`;
}

/** The Cron Trigger: restarts the purges that stopped, a few boards a minute; says what it did to which. */
export async function resumePurges(env: Env, now: number): Promise<Record<string, string>> {
  const done: Record<string, string> = {};
  for (const b of await stalledPurges(env.DB, now - STALL_MS, 10)) {
    done[b.id] = await ensurePurge(env, b.id, b.created_at, true);
  }
  return done;
}

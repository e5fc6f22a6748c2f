/**
 * What `npm start` leaves on this machine, read by the other commands: the admin token in
 * .dev.vars (wrangler's file for local secrets) and the record of the running demo
 * (.wrangler/pandameter-demo.json: its process, port and URL), so that `npm run admin` talks to
 * the demo on whatever port it runs and `npm run reset` never pulls the database from under it.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ADMIN_TOKEN_MIN_LENGTH } from '../worker/lib/admin-token.mjs';
import { ROOT } from './wrangler.mjs';

/** The port `npm start` runs the demo on unless PORT says otherwise, and where the admin CLI looks for it. */
export const DEFAULT_PORT = 8787;
export const DEV_VARS = path.join(ROOT, '.dev.vars');
/** wrangler's local state (the D1 database among it) when no --persist-to is given. */
export const LOCAL_STATE = path.join(ROOT, '.wrangler', 'state');
const DEMO_RECORD = path.join(ROOT, '.wrangler', 'pandameter-demo.json');

// ------------------------------------------------------------------ .dev.vars

const TOKEN_LINE = /^[ \t]*ADMIN_TOKEN[ \t]*=[ \t]*(.*?)[ \t]*$/m;

/** ADMIN_TOKEN's value in .dev.vars (dotenv syntax: optional quotes), or null. */
export function devVarsAdminToken() {
  if (!existsSync(DEV_VARS)) return null;
  const m = TOKEN_LINE.exec(readFileSync(DEV_VARS, 'utf8'));
  return m?.[1]?.replace(/^(["'])(.*)\1$/, '$2') || null;
}

const newToken = () => `ADMIN_TOKEN=${randomBytes(32).toString('base64url')}`;

/**
 * Makes sure .dev.vars holds an ADMIN_TOKEN the worker accepts: creates the file when it is
 * missing, adds the line when it has none, replaces a token shorter than the rule allows (the
 * worker would refuse it on every admin call) and otherwise keeps it.
 * @returns {{ action: 'created' | 'added' | 'kept' } | { action: 'replaced', oldLength: number }}
 */
export function ensureAdminToken() {
  if (!existsSync(DEV_VARS)) {
    writeFileSync(
      DEV_VARS,
      `# Local secrets for wrangler dev (git-ignored). The admin CLI (npm run admin) reads ADMIN_TOKEN from here.\n${newToken()}\n`,
      { mode: 0o600 },
    );
    return { action: 'created' };
  }
  const current = devVarsAdminToken();
  if (current !== null && current.length >= ADMIN_TOKEN_MIN_LENGTH) return { action: 'kept' };
  const text = readFileSync(DEV_VARS, 'utf8');
  if (TOKEN_LINE.test(text)) {
    writeFileSync(DEV_VARS, text.replace(TOKEN_LINE, newToken()));
    return current === null ? { action: 'added' } : { action: 'replaced', oldLength: current.length };
  }
  writeFileSync(DEV_VARS, `${text}${text === '' || text.endsWith('\n') ? '' : '\n'}${newToken()}\n`);
  return { action: 'added' };
}

// ------------------------------------------------------------------ the running demo

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e?.code === 'EPERM'; // alive, but someone else's
  }
}

/** The record npm start keeps in .wrangler/pandameter-demo.json, whether or not it still runs, or null. */
function demoRecord() {
  try {
    return JSON.parse(readFileSync(DEMO_RECORD, 'utf8'));
  } catch {
    return null;
  }
}

/**
 * The demo `npm start` is running from this folder, if any: `{pid, port, url, persistTo?}`.
 * A record whose process is gone (npm start stopped, or was killed) counts as no demo.
 */
export function runningDemo() {
  const record = demoRecord();
  return Number.isInteger(record?.pid) && alive(record.pid) ? record : null;
}

/** The demo npm start last ran from this folder, running or not: `{port, url, …}`, or null if it never ran here. */
export function lastDemo() {
  const record = demoRecord();
  return Number.isInteger(record?.port) ? record : null;
}

/** Called by npm start once it has its port. */
export function recordDemo(record) {
  mkdirSync(path.dirname(DEMO_RECORD), { recursive: true });
  writeFileSync(DEMO_RECORD, `${JSON.stringify(record, null, 2)}\n`);
}

/**
 * Called by npm start as it exits: the record keeps where the demo was (for the admin CLI to say
 * so), without the process, so that nothing takes it for running.
 */
export function forgetDemo(pid) {
  const record = demoRecord();
  if (record?.pid !== pid) return;
  const where = { ...record, stopped_at: new Date().toISOString() };
  delete where.pid;
  recordDemo(where);
}

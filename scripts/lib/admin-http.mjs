// The admin CLI's way to the worker: which worker (--url, PANDAMETER_URL, PORT, the demo npm start
// runs from this folder), the admin token, and one call() that turns any failure into one line.
import { ADMIN_TOKEN_MIN_LENGTH } from '../../worker/lib/admin-token.mjs';
import { DEFAULT_PORT, devVarsAdminToken, lastDemo, runningDemo } from '../local-demo.mjs';
import { CliError, usage } from './admin-args.mjs';

/** The admin token, and where it came from (for messages). */
function adminToken() {
  if (process.env.PANDAMETER_ADMIN_TOKEN)
    return { value: process.env.PANDAMETER_ADMIN_TOKEN, from: 'PANDAMETER_ADMIN_TOKEN' };
  const value = devVarsAdminToken();
  return value ? { value, from: 'ADMIN_TOKEN in .dev.vars' } : null;
}

/**
 * The worker to talk to: --url, PANDAMETER_URL, PORT, else the demo `npm start` runs from this
 * folder (it records its port), else the default port — unless the demo ran here and has stopped:
 * then whatever answers on the default port is not it, and the admin token is not for it.
 */
export function workerUrl(values) {
  let url;
  if (values.url) url = values.url;
  else if (process.env.PANDAMETER_URL) url = process.env.PANDAMETER_URL;
  else if (process.env.PORT) url = `http://localhost:${process.env.PORT}`;
  else {
    const running = runningDemo();
    const last = running ? null : lastDemo();
    if (last) {
      const start = `${last.port === DEFAULT_PORT ? '' : `PORT=${last.port} `}npm start`;
      throw new CliError(
        `the demo from this folder is not running (it was last on :${last.port}). ` +
          `Start it with \`${start}\`, or point the CLI at a worker with --url.`,
      );
    }
    url = running?.url ?? `http://localhost:${DEFAULT_PORT}`;
  }
  try {
    new URL(url);
  } catch {
    throw usage(`--url must be a URL such as http://localhost:${DEFAULT_PORT}, not "${url}".`);
  }
  return url;
}

/** One line for any error envelope {"error": {code, message, field?}}, plus a hint where one helps. */
function describeError(res, text, baseUrl, token) {
  let err;
  try {
    err = JSON.parse(text)?.error;
  } catch {
    // not JSON: not our worker, or a proxy in between
  }
  if (!err || typeof err.code !== 'string') {
    return `HTTP ${res.status} ${res.statusText} from ${baseUrl} (not a Pandameter error; is --url right?)`;
  }
  let line = `${err.code}: ${err.message}${err.field ? ` (field: ${err.field})` : ''}`;
  if (err.code === 'unauthorized' && token && token.value.length < ADMIN_TOKEN_MIN_LENGTH) {
    line +=
      `\n  The admin token (${token.from}) has ${token.value.length} characters; the worker refuses admin tokens ` +
      `shorter than ${ADMIN_TOKEN_MIN_LENGTH}.\n  Locally \`npm start\` replaces a short ADMIN_TOKEN in .dev.vars; for a ` +
      'deployment: npx wrangler secret put ADMIN_TOKEN (e.g. openssl rand -base64 32).';
  } else if (err.code === 'unauthorized') {
    line +=
      `\n  The admin token (${token?.from ?? 'none'}) does not match the server’s. Locally it is ADMIN_TOKEN in ` +
      '.dev.vars (restart `npm start` after changing it); elsewhere set PANDAMETER_ADMIN_TOKEN.';
  }
  const retry = res.headers.get('retry-after');
  if (retry) line += ` (retry after ${retry} s)`;
  return line;
}

/**
 * `call(method, path, {body, accept, auth})` against `baseUrl`: the parsed JSON (or the text, for
 * another `accept`); any failure is a CliError of one line.
 */
export function makeClient(baseUrl) {
  const token = adminToken();
  return async function call(method, p, { body, accept, auth = true } = {}) {
    if (auth && !token) {
      throw new CliError(
        'No admin token: set PANDAMETER_ADMIN_TOKEN, or run `npm start` once to create .dev.vars with ADMIN_TOKEN.',
      );
    }
    const headers = { accept: accept ?? 'application/json' };
    if (auth) headers.authorization = `Bearer ${token.value}`;
    if (body !== undefined) headers['content-type'] = 'application/json';
    let res;
    try {
      res = await fetch(new URL(p, baseUrl), {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch (e) {
      const code = e?.cause?.code ?? e?.cause?.errors?.[0]?.code;
      if (code === 'ECONNREFUSED') {
        throw new CliError(`Cannot reach ${baseUrl} (connection refused) — is \`npm start\` running?`);
      }
      throw new CliError(`Cannot reach ${baseUrl}: ${e?.cause?.message ?? e?.message ?? e}`);
    }
    const text = await res.text();
    if (!res.ok) throw new CliError(describeError(res, text, baseUrl, token));
    if (accept && accept !== 'application/json') return text;
    return text ? JSON.parse(text) : null;
  };
}

/**
 * The token recipes of README § Minting tokens (docs/recipes/*), run for real against the running
 * worker: each mints a token that the worker accepts (201), a tampered one is refused (401
 * token_invalid). Languages missing on this machine are skipped; Node, Python and openssl must run.
 * The README must show each recipe file verbatim, so the docs cannot drift from what is tested.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { base, createBoard } from './helpers';

const root = path.resolve(import.meta.dirname, '../..');
const dir = path.join(root, 'docs/recipes');

const has = (cmd: string) => spawnSync('sh', ['-c', `command -v "${cmd}"`]).status === 0;

const RECIPES = [
  { name: 'Node', file: 'mint.mjs', cmd: process.execPath, needs: [], required: true },
  { name: 'Python', file: 'mint.py', cmd: 'python3', needs: ['python3'], required: true },
  { name: 'shell + openssl', file: 'mint.sh', cmd: 'sh', needs: ['sh', 'openssl'], required: true },
  { name: 'Ruby', file: 'mint.rb', cmd: 'ruby', needs: ['ruby'], required: false },
  { name: 'PHP', file: 'mint.php', cmd: 'php', needs: ['php'], required: false },
];

const THIRTY_DAYS = 30 * 86400;

async function answer(board: string, interaction: string, token: string) {
  const res = await fetch(`${base()}/v1/boards/${board}/responses`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ interaction, verdict: 'yes', token }),
  });
  return { status: res.status, body: (await res.json()) as { error?: { code: string } } };
}

/** Changes one character in the middle of the signature (the last one carries padding bits). */
function tamper(token: string): string {
  const [exp, sig] = token.split('.') as [string, string];
  const i = 10;
  return `${exp}.${sig.slice(0, i)}${sig[i] === 'A' ? 'B' : 'A'}${sig.slice(i + 1)}`;
}

describe('token recipes (README § Minting tokens)', () => {
  for (const r of RECIPES) {
    const available = r.needs.every(has);
    if (r.required) {
      it(`${r.name} is on this machine (its recipe must be checked)`, () => {
        expect(available, `${r.needs.join(' and ')} must be installed`).toBe(true);
      });
    }

    it.skipIf(!available)(`${r.name}: ${r.file} mints tokens the worker accepts`, async () => {
      const { id, secret } = await createBoard();
      // Non-ASCII, spaces and a slash: the message is UTF-8 bytes in every language.
      const interaction = `T-${r.file} ä ✓/1`;
      const before = Math.floor(Date.now() / 1000);
      const token = execFileSync(r.cmd, [path.join(dir, r.file), id, interaction], {
        env: { ...process.env, PANDAMETER_SECRET: secret },
        encoding: 'utf8',
      }).trim();
      expect(token).toMatch(/^\d+\.[A-Za-z0-9_-]{43}$/);
      const exp = Number(token.split('.')[0]);
      expect(exp).toBeGreaterThanOrEqual(before + THIRTY_DAYS);
      expect(exp).toBeLessThanOrEqual(Math.floor(Date.now() / 1000) + THIRTY_DAYS);

      const forged = await answer(id, interaction, tamper(token));
      expect(forged.status).toBe(401);
      expect(forged.body.error?.code).toBe('token_invalid');
      const other = await answer(id, `${interaction}x`, token);
      expect(other.status).toBe(401);
      expect(other.body.error?.code).toBe('token_invalid');

      const ok = await answer(id, interaction, token);
      expect(ok.status).toBe(201);
      expect(ok.body).toMatchObject({ interaction, verdict: 'yes' });
    });
  }

  it('README shows every recipe file verbatim', () => {
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
    for (const r of RECIPES) {
      const code = readFileSync(path.join(dir, r.file), 'utf8').trimEnd();
      expect(
        readme.includes(`\n${code}\n\`\`\``),
        `README.md must contain docs/recipes/${r.file} in a fenced block`,
      ).toBe(true);
    }
  });
});

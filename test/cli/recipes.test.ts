/**
 * Each helpdesk recipe (docs/integrations/<helpdesk>.md) as a reader follows it locally, in the fresh
 * clone with the demo running (global-setup.ts): its `connectors create` block as written, then its
 * "Try it" block — the helpdesk's request, signed with openssl — with the two things a reader fills in:
 * the demo's port for 8787 and the secret `connectors create` printed. The answer (or, for Front, the
 * ask) must then be there, and the connector must have counted it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, inject, it } from 'vitest';
import { admin, bash, expectDemoUp, ROOT, uniqueBoard } from './sandbox';

const { dir, port, log } = inject('clone');

/**
 * The recipes name the board `acme`, as the README does; the README test makes and deletes its own
 * `acme` in the same demo at the same time, so the recipes run on a board of their own: the one word
 * a reader changes in every recipe anyway.
 */
const BOARD = 'acme-recipes';
const ours = (block: string) => block.replace(/\bacme\b/g, BOARD);
beforeEach(() => expectDemoUp(port, log));

const shellBlocks = (file: string) =>
  [...readFileSync(file, 'utf8').matchAll(/^```sh\n([\s\S]*?)^```$/gm)].map((m) => m[1]!);

/** What the reader of each recipe should see once its "Try it" request went through. */
const RECIPES = [
  { helpdesk: 'zendesk', answer: { interaction: '208', verdict: 'yes', comment: 'Awesome support!' } },
  { helpdesk: 'helpscout', answer: { interaction: '1560011', verdict: 'yes', comment: 'he was really helpful' } },
  { helpdesk: 'intercom', answer: { interaction: '25182190716', verdict: 'yes', comment: 'Quick and kind' } },
  { helpdesk: 'front', answer: null },
  { helpdesk: 'freshdesk', answer: { interaction: '432', verdict: 'yes', comment: 'Thank you for the quick action' } },
  { helpdesk: 'hubspot', answer: { interaction: '1234567', verdict: 'yes', comment: 'Quick and kind' } },
] as const;

function cli(args: string[]) {
  const r = admin(dir, args);
  expect(r.status, `${args.join(' ')}\n${r.stderr}`).toBe(0);
  return r.stdout;
}

/** The recipes' board, without a connector for `helpdesk` (a recipe creates it; a board has one per helpdesk). */
function acmeWithout(helpdesk: string) {
  if (admin(dir, ['boards', 'show', BOARD]).status !== 0) cli(['boards', 'create', BOARD, '--name', 'Acme Support']);
  const { connectors } = JSON.parse(cli(['connectors', 'list', BOARD, '--json']));
  for (const c of connectors as { id: string; helpdesk: string }[]) {
    if (c.helpdesk === helpdesk) cli(['connectors', 'delete', BOARD, c.id]);
  }
}

function run(block: string) {
  const r = bash(dir, ours(block).replaceAll('localhost:8787', `localhost:${port}`));
  expect(r.status, `${block}\n${r.stderr}`).toBe(0);
  expect(r.stderr, block).not.toMatch(/^admin: |command not found|^npm error/im);
  return r.stdout;
}

describe('the helpdesk recipes work as written', () => {
  it('README links all six, and docs/integrations/README.md compares them', () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    for (const { helpdesk } of RECIPES) expect(readme).toContain(`](docs/integrations/${helpdesk}.md)`);
    const index = readFileSync(path.join(ROOT, 'docs/integrations/README.md'), 'utf8');
    for (const { helpdesk } of RECIPES) expect(index).toContain(`](${helpdesk}.md)`);
  });

  for (const { helpdesk, answer } of RECIPES) {
    it(`${helpdesk}: connectors create, then the "Try it" request, and the result shows`, () => {
      const blocks = shellBlocks(path.join(ROOT, `docs/integrations/${helpdesk}.md`));
      const create = blocks.filter((b) => b.startsWith(`npm run admin -- connectors create acme ${helpdesk}`));
      const tryIt = blocks.filter((b) => b.startsWith('PANDAMETER=http://localhost:8787\n'));
      expect(create, 'one create block').toHaveLength(1);
      expect(tryIt, 'one "Try it" block').toHaveLength(1);
      expect(blocks, 'every shell block is one of the two').toHaveLength(2);

      acmeWithout(helpdesk);
      const created = run(create[0]!);
      const secret = /^Secret \(shown only now[^\n]*\n {2}(.+)$/m.exec(created)?.[1];
      expect(secret, created).toBeDefined();
      expect(created).toContain(`http://localhost:${port}/v1/boards/${BOARD}/connectors/${helpdesk}`);

      const asked = () => JSON.parse(cli(['score', BOARD, '--json'])).asked as number;
      const askedBefore = asked();
      const request = tryIt[0]!.replace(/^SECRET='[^'\n]*'$/m, `SECRET='${secret!.replaceAll("'", `'\\''`)}'`);
      const reply = JSON.parse(run(request));
      expect(reply).toEqual({ accepted: 1, ignored: 0, reasons: [] });

      if (answer) {
        const { responses } = JSON.parse(cli(['responses', BOARD, '--json']));
        expect(responses).toContainEqual(expect.objectContaining(answer));
      }
      // an ask (Front's archived conversation), or the ask that an answer implies
      expect(asked()).toBe(askedBefore + 1);
      const { connectors } = JSON.parse(cli(['connectors', 'list', BOARD, '--json']));
      expect(connectors).toContainEqual(expect.objectContaining({ helpdesk, accepted: 1, ignored: 0 }));
      expect(cli(['connectors', 'list', BOARD])).toMatch(new RegExp(`^con_\\w+ +${helpdesk} +1 +0 `, 'm'));
    });
  }
});

describe('npm run admin -- connectors', () => {
  it('rotates (a new secret, or the one given) and deletes, as typed; says what a pasted secret needs', () => {
    const board = uniqueBoard();
    cli(['boards', 'create', board, '--name', 'Connectors']);
    const made = JSON.parse(cli(['connectors', 'create', board, 'freshdesk', '--json']));
    const rotated = cli(['connectors', 'rotate', board, made.id]);
    expect(rotated).toContain(`Rotated the secret of the freshdesk connector ${made.id} on ${board}.`);
    expect(rotated).toMatch(/^The previous secret stays valid until \d{4}-\d\d-\d\dT/m);
    const fresh = /^ {2}(pmc_\S+)$/m.exec(rotated)?.[1];
    expect(fresh).toBeDefined();
    expect(fresh).not.toBe(made.secret);
    expect(cli(['connectors', 'rotate', board, made.id, '--secret', 'our own secret 42'])).toContain(
      '\n  our own secret 42\n',
    );

    const pasted = admin(dir, ['connectors', 'create', board, 'zendesk']);
    expect(pasted.status).toBe(1);
    expect(pasted.stderr).toMatch(
      /^admin: invalid_body: secret: zendesk makes the signing secret itself.*\(field: secret\)$/m,
    );

    expect(cli(['connectors', 'delete', board, made.id])).toContain(`Deleted connector ${made.id} of ${board}`);
    expect(cli(['connectors', 'list', board])).toContain(`No connectors on ${board}.`);
  });
});

/**
 * Issue 11, items 1–3: every text the API takes is stored exactly as sent or refused with
 * 400 invalid_body naming the field — never rewritten, so an id has one spelling.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TEXT_PATTERN, textProblem, type TextKind } from '../../worker/lib/text';
import { ADMIN, answer, call, createBoard, env, json, mint } from './helpers';
import { BLANK_OR_PADDED, FINE, HOSTILE, HOSTILE_IN_COMMENT } from '../fuzz/hostile';
import { b64url, hmacKey, utf8 } from '../../worker/lib/crypto';
import { RATE_PAGE_WORDS } from '../../i18n';

const stored = async (board: string) =>
  (
    await env.DB.prepare('SELECT interaction, comment, agent FROM responses WHERE board_id = ?1 ORDER BY answered_at')
      .bind(board)
      .all()
  ).results;

/** POSTs `body` as raw JSON text, so lone surrogates travel as `\ud800` escapes, as an attacker sends them. */
const postJson = (path: string, body: string, auth: string | null = null) =>
  call(path, { method: 'POST', raw: body, headers: { 'content-type': 'application/json' }, auth });

/** JSON.stringify keeps lone surrogates as escapes (well-formed JSON.stringify), so this is that text. */
const raw = (v: unknown) => JSON.stringify(v);

async function expectRefused(res: Response, field: string) {
  const body = await json(res);
  expect(res.status, `${field}: ${res.status} ${JSON.stringify(body)}`).toBe(400);
  expect(body.error.field, JSON.stringify(body)).toBe(field);
  expect(body.error.code).toBe('invalid_body');
  expect(body.error.field).toBe(field);
  expect(body.error.message).toMatch(new RegExp(`^${field}: `));
  return body.error.message as string;
}

describe('interaction ids have one spelling', () => {
  it('lone surrogates are refused, not stored as rows nobody can read back or erase', async () => {
    const { id } = await createBoard();
    const token = await mint(id, 'R\ufffd');
    for (const spelling of ['R\ud800', 'R\ud801', 'R\udbff', 'R\udc00']) {
      const message = await expectRefused(
        await postJson(`/v1/boards/${id}/responses`, raw({ interaction: spelling, verdict: 'yes', token })),
        'interaction',
      );
      expect(message).toContain('well-formed Unicode');
    }
    expect(await stored(id)).toEqual([]);
    // U+FFFD itself is a printable character like any other: its own token, its own row, erasable.
    expect((await answer(id, { interaction: 'R\ufffd', verdict: 'yes', token })).status).toBe(201);
    expect(await stored(id)).toEqual([{ interaction: 'R\ufffd', comment: null, agent: null }]);
    const erased = await call(`/v1/boards/${id}/responses/${encodeURIComponent('R\ufffd')}`, {
      method: 'DELETE',
      auth: ADMIN,
    });
    expect(erased.status).toBe(204);
  });

  it('POST …/tokens with a lone surrogate is a 400, not a 500', async () => {
    const { id } = await createBoard();
    for (const interaction of ['\ud800', 'T-\udfff', '\udc00\ud800']) {
      await expectRefused(await postJson(`/v1/boards/${id}/tokens`, raw({ interaction }), ADMIN), 'interaction');
    }
  });

  it('invisible, control, bidi, blank and padded ids are refused by tokens, answers and erasure alike', async () => {
    const open = await createBoard({ require_token: false });
    const { id } = await createBoard();
    const bad = [...HOSTILE.flatMap((ch) => [ch, `T-${ch}1`, `${ch}T-1`, `T-1${ch}`]), ...BLANK_OR_PADDED];
    for (const interaction of bad) {
      await expectRefused(await postJson(`/v1/boards/${id}/tokens`, raw({ interaction }), ADMIN), 'interaction');
      await expectRefused(
        await postJson(`/v1/boards/${open.id}/responses`, raw({ interaction, verdict: 'no' })),
        'interaction',
      );
      if (interaction.isWellFormed()) {
        const del = await call(`/v1/boards/${id}/responses/${encodeURIComponent(interaction)}`, {
          method: 'DELETE',
          auth: ADMIN,
        });
        await expectRefused(del, 'interaction');
      }
    }
    expect(await stored(open.id)).toEqual([]);
  });

  it('"\\u202eevil" is refused rather than shown reversed; a message names the character', async () => {
    const { id } = await createBoard({ require_token: false });
    const message = await expectRefused(await answer(id, { interaction: '\u202eevil', verdict: 'yes' }), 'interaction');
    expect(message).toContain('U+202E');
  });

  it('the token signs exactly the bytes that are stored and returned', async () => {
    const { id, secret } = await createBoard();
    for (const interaction of FINE) {
      const tokenRes = await call(`/v1/boards/${id}/tokens`, { method: 'POST', auth: ADMIN, body: { interaction } });
      expect(tokenRes.status, interaction).toBe(201);
      const { token, rate_url } = await json(tokenRes);
      const res = await answer(id, { interaction, verdict: 'yes', token });
      expect(res.status, interaction).toBe(201);
      expect((await json(res)).interaction).toBe(interaction);
      const row = await env.DB.prepare('SELECT interaction FROM responses WHERE board_id = ?1 AND interaction = ?2')
        .bind(id, interaction)
        .first<{ interaction: string }>();
      expect(row?.interaction).toBe(interaction);
      const [exp, sig] = token.split('.');
      const key = await hmacKey(secret, 'sign');
      const expected = await crypto.subtle.sign('HMAC', key, utf8.encode(`${id}\n${row!.interaction}\n${exp}`));
      expect(b64url(expected)).toBe(sig);
      expect(new URL(rate_url).pathname).toBe(`/rate/${id}/${encodeURIComponent(interaction)}`);
    }
  });
});

describe('agent, comment, board name and badge label follow the same rule', () => {
  it('an agent is refused, not trimmed, when padded, blank or holding hidden characters', async () => {
    const { id } = await createBoard({ require_token: false });
    for (const agent of [...BLANK_OR_PADDED, ...HOSTILE.map((ch) => `mar${ch}ia`)]) {
      await expectRefused(
        await postJson(`/v1/boards/${id}/responses`, raw({ interaction: 'T-1', verdict: 'yes', agent })),
        'agent',
      );
    }
    expect(await stored(id)).toEqual([]);
    const ok = await json(await answer(id, { interaction: 'T-1', verdict: 'yes', agent: 'María José' }));
    expect(ok.agent).toBe('María José');
  });

  it('a comment keeps its tabs and line breaks (CR LF as LF) and is refused with any other hidden character', async () => {
    const { id } = await createBoard({ require_token: false });
    for (const ch of HOSTILE_IN_COMMENT) {
      const message = await expectRefused(
        await postJson(
          `/v1/boards/${id}/responses`,
          raw({ interaction: 'T-1', verdict: 'no', comment: `Took ${ch} days` }),
        ),
        'comment',
      );
      expect(message).toMatch(/well-formed|U\+/);
    }
    expect(await stored(id)).toEqual([]);
    const kept = await json(
      await answer(id, { interaction: 'T-1', verdict: 'no', comment: '  Took\tthree days.\r\nStill open.\rSad.\n ' }),
    );
    expect(kept.comment).toBe('Took\tthree days.\nStill open.\nSad.');
  });

  it('a joiner between two letters is writing, not hiding: Persian ZWNJ and emoji ZWJ sequences are kept', async () => {
    const { id } = await createBoard({ require_token: false });
    const comment = 'کتاب‌ها رسید 👩‍💻';
    expect((await json(await answer(id, { interaction: 'T-2', verdict: 'yes', comment }))).comment).toBe(comment);
    for (const bad of ['\u200cکتاب', 'کتاب\u200c', 'a \u200d b', 'a\u200d\u200db']) {
      await expectRefused(await answer(id, { interaction: 'T-3', verdict: 'yes', comment: bad }), 'comment');
    }
    const name = 'پشتیبانی مشتری‌ها';
    const created = await call('/v1/boards', { method: 'POST', auth: ADMIN, body: { id: 'fa-board', name } });
    expect(created.status).toBe(201);
    expect((await json(created)).board.name).toBe(name);
  });

  it('a board name is refused, not trimmed, on create and on change', async () => {
    const { id } = await createBoard();
    for (const name of [...BLANK_OR_PADDED, ...HOSTILE.map((ch) => `${ch}Acme`), 'Acme\u202e Support']) {
      await expectRefused(await postJson('/v1/boards', raw({ id: 'never-made', name }), ADMIN), 'name');
      const patch = await call(`/v1/boards/${id}`, {
        method: 'PATCH',
        auth: ADMIN,
        raw: raw({ name }),
        headers: { 'content-type': 'application/json' },
      });
      await expectRefused(patch, 'name');
    }
    expect((await call('/v1/boards/never-made', { auth: ADMIN })).status).toBe(404);
    expect((await json(await call(`/v1/boards/${id}`, { auth: ADMIN }))).name).toBe(`Board ${id}`);
  });

  it('a token with hidden characters is a 400 naming the field', async () => {
    const { id } = await createBoard();
    const token = await mint(id, 'T-1');
    await expectRefused(
      await postJson(
        `/v1/boards/${id}/responses`,
        raw({ interaction: 'T-1', verdict: 'yes', token: `${token}\u200b` }),
      ),
      'token',
    );
  });
});

describe('query strings', () => {
  it('a badge label with hidden characters, or percent-encoding that is not UTF-8, is refused', async () => {
    const { id } = await createBoard();
    for (const q of ['%E2%80%AEevil', 'a%00b', '%20padded', '%E2%80%8B']) {
      const res = await call(`/v1/boards/${id}/badge.svg?label=${q}`);
      await expectRefused(res, 'label');
      expect(res.headers.get('access-control-allow-origin')).toBe('*');
    }
    for (const q of ['%ED%A0%80', '%FF', 'a%E2%80']) {
      const res = await call(`/v1/boards/${id}/badge.svg?label=${q}`);
      expect(res.status, q).toBe(400);
      expect((await json(res)).error.code).toBe('invalid_body');
    }
    const ok = await call(`/v1/boards/${id}/badge.svg?label=happy+customers`);
    expect(ok.status).toBe(200);
    expect(await ok.text()).toContain('>happy customers</text>');
  });

  it('stats and answer lists refuse the same', async () => {
    const { id } = await createBoard();
    for (const path of [`stats?interval=day%E2%80%8B`, `responses?verdict=%ED%A0%80`, `stats?from=%00`]) {
      const res = await call(`/v1/boards/${id}/${path}`, { auth: ADMIN });
      expect(res.status, path).toBe(400);
      expect((await json(res)).error.code).toBe('invalid_body');
    }
  });
});

describe('the rating form', () => {
  const form = (board: string, interaction: string, body: string) =>
    call(`/rate/${board}/${encodeURIComponent(interaction)}`, {
      method: 'POST',
      raw: body,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });

  it('a comment with a bidi override comes back on the form with a message, and nothing is stored', async () => {
    const { id } = await createBoard();
    const token = await mint(id, 'T-1');
    const res = await form(id, 'T-1', new URLSearchParams({ token, verdict: 'no', comment: 'fine\u202e' }).toString());
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain(RATE_PAGE_WORDS.en.commentChars);
    expect(html).not.toContain(RATE_PAGE_WORDS.en.commentTooLong);
    expect(await stored(id)).toEqual([]);
  });

  it('a form whose percent-encoding is not UTF-8 is refused, not stored as U+FFFD', async () => {
    const { id } = await createBoard();
    const token = await mint(id, 'T-1');
    const res = await form(id, 'T-1', `token=${encodeURIComponent(token)}&verdict=no&comment=caf%E9`);
    expect(res.status).toBe(400);
    expect(await stored(id)).toEqual([]);
  });

  it('a link whose interaction id has a hidden character does not work', async () => {
    const { id } = await createBoard();
    const res = await call(`/rate/${id}/${encodeURIComponent('\u202eT-1')}?token=x`);
    expect(res.status).toBe(404);
  });
});

describe('the OpenAPI document states the rule', () => {
  it('on the interaction, agent, comment and name of the request schemas', async () => {
    const doc = await json(await call('/v1/openapi.json'));
    const create = doc.components.schemas.ResponseCreate.properties;
    for (const field of ['interaction', 'agent', 'comment', 'token']) {
      expect(create[field].description, field).toMatch(/well-formed Unicode; .*bidi/i);
    }
    expect(doc.components.schemas.BoardCreate.properties.name.description).toMatch(/well-formed Unicode/i);
    expect(doc.components.schemas.TokenCreate.properties.interaction.description).toMatch(/never rewritten/);
  });
});

describe('the text rule as the OpenAPI document states it (TEXT_PATTERN)', () => {
  const kinds: TextKind[] = ['id', 'display', 'comment'];
  /** Characters at every edge of the rule: visible, spaces, joiners, controls, bidi, separators, a lone surrogate. */
  const edgy = ['a', 'Z', '9', ' ', '\u00A0', 'é', '文', 'ک', '👩', '\u200C', '\u200D', '\u200B', '\uFEFF', '\u202E'];
  const more = ['\t', '\n', '\r', '\u0000', '\u007F', '\u2028', '\u2029', '\u3164', '\u00AD', '\uD800', '\uDC00'];
  const strings = fc.oneof(
    fc.string({ unit: fc.constantFrom(...edgy, ...more), maxLength: 6 }),
    fc.string({ unit: 'binary', maxLength: 6 }),
  );

  it.each(kinds)('%s: the pattern accepts exactly what the API accepts', (kind) => {
    const pattern = new RegExp(TEXT_PATTERN[kind], 'u');
    const samples = [...HOSTILE, ...BLANK_OR_PADDED, ...FINE, ...HOSTILE.map((h) => `a${h}b`)];
    for (const s of samples) expect([kind, s, pattern.test(s)]).toEqual([kind, s, textProblem(s, kind) === null]);
    fc.assert(
      fc.property(strings, (s) => pattern.test(s) === (textProblem(s, kind) === null)),
      { seed: 16, numRuns: 3000 },
    );
  });
});

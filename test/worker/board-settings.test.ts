/**
 * A board's settings of this round (SPEC.md POST /v1/boards): reasons after "no", the brand colour,
 * the target, what the public scoreboard shows, the digest's weekday. Each is stored as sent, read
 * back the same way, changed alone by PATCH (null clears it), and refused whole when malformed.
 */
import { describe, expect, it } from 'vitest';
import { ADMIN, call, createBoard, json, uniqueId } from './helpers';

const REASONS = [
  { id: 'slow', label: { en: 'Too slow', de: 'Zu langsam' } },
  { id: 'wrong', label: 'Wrong answer' },
];

describe('board settings', () => {
  it('a new board has the defaults: no reasons, no accent or target, response rate public, no digest', async () => {
    const { id } = await createBoard();
    expect(await json(await call(`/v1/boards/${id}`, { auth: ADMIN }))).toMatchObject({
      reasons: [],
      accent: null,
      target: null,
      public_response_rate: true,
      public_follow_up: false,
      public_target: false,
      digest_day: null,
      middle_rating: 'ignore',
    });
  });

  it('stores every setting on create and reads it back', async () => {
    const id = uniqueId('set');
    const body = {
      id,
      name: 'Acme',
      reasons: REASONS,
      accent: '#0B7A3E',
      target: 95.5,
      public_response_rate: false,
      public_follow_up: true,
      public_target: true,
      digest_day: 'monday',
      middle_rating: 'yes',
    };
    const res = await call('/v1/boards', { method: 'POST', auth: ADMIN, body });
    expect(res.status).toBe(201);
    const expected = { ...body, accent: '#0b7a3e' };
    delete (expected as Partial<typeof expected>).id;
    expect((await json(res)).board).toMatchObject(expected);
    expect(await json(await call(`/v1/boards/${id}`, { auth: ADMIN }))).toMatchObject(expected);
  });

  it('PATCH changes one setting, keeps the others, and null clears a nullable one', async () => {
    const { id } = await createBoard({ reasons: REASONS, accent: '#112233', target: 90, digest_day: 'friday' });
    const patched = await json(
      await call(`/v1/boards/${id}`, { method: 'PATCH', auth: ADMIN, body: { accent: null, public_target: true } }),
    );
    expect(patched).toMatchObject({
      reasons: REASONS,
      accent: null,
      target: 90,
      public_target: true,
      digest_day: 'friday',
    });
    const again = await json(
      await call(`/v1/boards/${id}`, {
        method: 'PATCH',
        auth: ADMIN,
        body: { target: null, digest_day: null, reasons: [] },
      }),
    );
    expect(again).toMatchObject({ reasons: [], accent: null, target: null, digest_day: null, public_target: true });
  });

  it.each([
    [{ reasons: Array.from({ length: 9 }, (_, i) => ({ id: `r${i}`, label: `R ${i}` })) }, 'reasons'],
    [
      {
        reasons: [
          { id: 'slow', label: 'A' },
          { id: 'slow', label: 'B' },
        ],
      },
      'reasons',
    ],
    [{ reasons: [{ id: 'Slow', label: 'A' }] }, 'reasons.0.id'],
    [{ reasons: [{ id: 'slow', label: 'x'.repeat(41) }] }, 'reasons.0.label'],
    [{ reasons: [{ id: 'slow', label: '' }] }, 'reasons.0.label'],
    [{ reasons: [{ id: 'slow', label: 'bad\u202Eone' }] }, 'reasons.0.label'],
    [{ reasons: [{ id: 'slow', label: {} }] }, 'reasons.0.label'],
    [{ reasons: [{ id: 'slow' }] }, 'reasons.0.label'],
    [{ accent: 'green' }, 'accent'],
    [{ accent: '#0b7a3' }, 'accent'],
    [{ target: 0 }, 'target'],
    [{ target: 101 }, 'target'],
    [{ target: 95.55 }, 'target'],
    [{ public_follow_up: 'yes' }, 'public_follow_up'],
    [{ digest_day: 'mon' }, 'digest_day'],
    [{ middle_rating: 'maybe' }, 'middle_rating'],
    [{ middle_rating: null }, 'middle_rating'],
  ])('refuses %j with invalid_body on %s and changes nothing', async (change, field) => {
    const { id } = await createBoard();
    const before = await json(await call(`/v1/boards/${id}`, { auth: ADMIN }));
    const res = await call(`/v1/boards/${id}`, { method: 'PATCH', auth: ADMIN, body: change });
    expect(res.status).toBe(400);
    expect((await json(res)).error).toMatchObject({ code: 'invalid_body', field });
    expect(await json(await call(`/v1/boards/${id}`, { auth: ADMIN }))).toEqual(before);

    const created = await call('/v1/boards', {
      method: 'POST',
      auth: ADMIN,
      body: { id: uniqueId('no'), name: 'x', ...change },
    });
    expect(created.status).toBe(400);
  });
});

import { describe, expect, it } from 'vitest';
import { answer, call, createBoard, json, mint, score } from './helpers';

describe('smoke', () => {
  it('records an answer and shows it in the score', async () => {
    const { id } = await createBoard();
    const token = await mint(id, 'T-1');
    const res = await answer(id, { interaction: 'T-1', verdict: 'yes', token });
    expect(res.status).toBe(201);
    const s = await score(id);
    expect(s).toMatchObject({ responses: 1, satisfied: 1, percent: 100, pandas: { happy: 100, sad: 0 } });
    expect((await call('/healthz')).status).toBe(200);
    expect(await json(await call('/nope'))).toMatchObject({ error: { code: 'not_found' } });
  });
});

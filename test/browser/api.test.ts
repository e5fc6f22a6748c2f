import { describe, expect, it } from 'vitest';
import { api, base, createBoard, mint } from './helpers';

// The running worker (wrangler dev, local D1) answers the contract end to end.
describe('the running worker', () => {
  it('records an answer over HTTP and the score follows', async () => {
    const { id } = await createBoard();
    const token = await mint(id, 'T-1');
    const res = await fetch(`${base()}/v1/boards/${id}/responses`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ interaction: 'T-1', verdict: 'no', token }),
    });
    expect(res.status).toBe(201);
    const score = await api(`/v1/boards/${id}/score`, { auth: null });
    expect(score.body).toMatchObject({ satisfied: 0, unsatisfied: 1, pandas: { happy: 0, sad: 1 } });
  });
});

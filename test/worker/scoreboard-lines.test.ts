/** The scoreboard's lines of issue 17: the response rate, the follow-up record, the target; and the badge's metric. */
import { describe, expect, it } from 'vitest';
import { ADMIN, call, createBoard, mint, say } from './helpers';

const page = async (board: string, lang = 'en') => (await call(`/scoreboard/${board}?lang=${lang}`)).text();

describe('the scoreboard says how many were asked, and how the unhappy ones were followed up', () => {
  it('shows the response rate when the board has asks, the follow-up and target lines when opted in', async () => {
    const { id } = await createBoard({ target: 95 });
    await say(id, 'T-1', 'no');
    await say(id, 'T-2', 'no');
    await say(id, 'T-3', 'yes');
    await mint(id, 'T-4');
    await call(`/v1/boards/${id}/responses/T-1/follow-up`, {
      method: 'PUT',
      auth: ADMIN,
      body: { status: 'contacted', note: 'secret note', by: 'maria' },
    });
    let html = await page(id);
    expect(html).toContain('3 of 4 customers asked answered (75%) · last 30 days');
    expect(html).not.toContain('unhappy');
    // the target line (not the method link's target="_blank")
    expect(html).not.toContain('target 95%');

    await call(`/v1/boards/${id}`, {
      method: 'PATCH',
      auth: ADMIN,
      body: { public_follow_up: true, public_target: true },
    });
    html = await page(id);
    expect(html).toContain('Every unhappy customer is contacted: 1 of 2 within a day (last 30 days)');
    expect(html).toContain('target 95%');
    expect(html).not.toContain('secret note');
    expect(html).not.toContain('maria');
    expect(await page(id, 'de')).toContain('3 von 4 befragten Kunden haben geantwortet (75\u00a0%) · ');
    expect(await page(id, 'ar')).toContain('نتواصل مع كل عميل غير راضٍ');

    await call(`/v1/boards/${id}`, { method: 'PATCH', auth: ADMIN, body: { public_response_rate: false } });
    expect(await page(id)).not.toContain('customers asked');
  });

  it('a board without asks shows no response rate line', async () => {
    const { id } = await createBoard();
    expect(await page(id)).not.toContain('asked');
  });

  it('the badge shows the response rate with ?metric=response_rate', async () => {
    const { id } = await createBoard();
    await say(id, 'T-1', 'yes');
    await mint(id, 'T-2');
    const svg = await (await call(`/v1/boards/${id}/badge.svg?metric=response_rate`)).text();
    expect(svg).toContain('aria-label="response rate: 50%"');
    const none = await createBoard();
    expect(await (await call(`/v1/boards/${none.id}/badge.svg?metric=response_rate`)).text()).toContain('none asked');
    expect((await call(`/v1/boards/${id}/badge.svg?metric=nps`)).status).toBe(400);
  });
});

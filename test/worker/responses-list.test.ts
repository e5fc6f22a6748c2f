import { describe, expect, it } from 'vitest';
import { csvField } from '../../worker/lib/csv';
import { ADMIN, call, createBoard, json, say, score } from './helpers';

describe('GET /v1/boards/{board}/responses', () => {
  it('lists newest first and pages with a cursor, without gaps or repeats', async () => {
    const { id } = await createBoard();
    for (let i = 0; i < 7; i++) await say(id, `T-${i}`, i % 2 ? 'no' : 'yes');
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: any = await json(
        await call(`/v1/boards/${id}/responses?limit=3${cursor ? `&cursor=${cursor}` : ''}`, { auth: ADMIN }),
      );
      expect(page.responses.length).toBeLessThanOrEqual(3);
      seen.push(...page.responses.map((r: { interaction: string }) => r.interaction));
      cursor = page.next_cursor;
    } while (cursor);
    expect(seen).toEqual(['T-6', 'T-5', 'T-4', 'T-3', 'T-2', 'T-1', 'T-0']);
  });

  it('filters by verdict and by dates', async () => {
    const { id } = await createBoard();
    await say(id, 'A', 'yes');
    await say(id, 'B', 'no');
    const no = await json(await call(`/v1/boards/${id}/responses?verdict=no`, { auth: ADMIN }));
    expect(no.responses.map((r: { interaction: string }) => r.interaction)).toEqual(['B']);
    const past = await json(await call(`/v1/boards/${id}/responses?to=2020-01-01`, { auth: ADMIN }));
    expect(past.responses).toEqual([]);
    const bad = await call(`/v1/boards/${id}/responses?limit=501`, { auth: ADMIN });
    expect(bad.status).toBe(400);
    expect((await json(bad)).error.field).toBe('limit');
    expect((await call(`/v1/boards/${id}/responses?cursor=abc`, { auth: ADMIN })).status).toBe(400);
  });

  it('exports RFC 4180 CSV for Accept: text/csv, safe for spreadsheets', async () => {
    const { id } = await createBoard();
    await say(id, 'T-1', 'no', { comment: 'Said "soon", then nothing,\nfor days' });
    await say(id, '=HYPERLINK("http://evil")', 'yes', { comment: '+1 great', agent: '@maria' });
    await say(id, 'T-3', 'yes', { comment: '-5 stars? no: 5 stars' });
    const res = await call(`/v1/boards/${id}/responses`, { auth: ADMIN, headers: { accept: 'text/csv' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toContain('attachment');
    const text = await res.text();
    const lines = text.split('\r\n');
    expect(lines[0]).toBe('interaction,verdict,comment,agent,channel,locale,created_at,updated_at');
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text).toContain(`T-3,yes,'-5 stars? no: 5 stars,,,,`);
    expect(text).toContain(`"'=HYPERLINK(""http://evil"")",yes,'+1 great,'@maria,,,`);
    expect(text).toContain(`T-1,no,"Said ""soon"", then nothing,\nfor days",,,,`);
  });

  it('csvField quotes and neutralises exactly what it must', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField(null)).toBe('');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('a"b')).toBe('"a""b"');
    expect(csvField('line\r\nbreak')).toBe('"line\r\nbreak"');
    expect(csvField('=1+2')).toBe("'=1+2");
    expect(csvField('-2')).toBe("'-2");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('\tx')).toBe("'\tx");
    expect(csvField('a=b')).toBe('a=b');
  });
});

describe('DELETE /v1/boards/{board}/responses/{interaction}', () => {
  it('erases one answer; the score and stats follow; a second erase is 404', async () => {
    const { id } = await createBoard();
    await say(id, 'keep', 'yes', { agent: 'maria' });
    await say(id, 'T/1 private', 'no', { agent: 'maria', comment: 'my phone number is …' });
    expect(await score(id)).toMatchObject({ responses: 2, unsatisfied: 1 });
    const path = `/v1/boards/${id}/responses/${encodeURIComponent('T/1 private')}`;
    expect((await call(path, { method: 'DELETE', auth: ADMIN })).status).toBe(204);
    expect(await score(id)).toMatchObject({ responses: 1, unsatisfied: 0 });
    const stats = await json(await call(`/v1/boards/${id}/stats?group_by=agent`, { auth: ADMIN }));
    expect(stats.totals).toMatchObject({ responses: 1, unsatisfied: 0 });
    expect(stats.groups).toEqual([{ key: 'maria', satisfied: 1, unsatisfied: 0, percent: 100 }]);
    const list = await json(await call(`/v1/boards/${id}/responses`, { auth: ADMIN }));
    expect(JSON.stringify(list)).not.toContain('phone');
    const again = await call(path, { method: 'DELETE', auth: ADMIN });
    expect(again.status).toBe(404);
    expect((await json(again)).error.code).toBe('not_found');
  });

  it('refills an answer-count window from older answers', async () => {
    const { id } = await createBoard({ window: { responses: 10 } });
    for (let i = 0; i < 11; i++) await say(id, `T-${i}`, i === 0 ? 'no' : 'yes');
    expect(await score(id)).toMatchObject({ responses: 10, unsatisfied: 0 });
    await call(`/v1/boards/${id}/responses/T-5`, { method: 'DELETE', auth: ADMIN });
    expect(await score(id)).toMatchObject({ responses: 10, satisfied: 9, unsatisfied: 1 });
  });

  it('needs the admin token: a read key gets 403', async () => {
    const { id } = await createBoard();
    await say(id, 'T-1', 'yes');
    const key = await json(
      await call(`/v1/boards/${id}/keys`, { method: 'POST', auth: ADMIN, body: { scopes: ['read'] } }),
    );
    expect((await call(`/v1/boards/${id}/responses/T-1`, { method: 'DELETE', auth: key.key })).status).toBe(403);
    expect((await score(id)).responses).toBe(1);
  });
});

/** The team's follow-up of a "no": `PUT /v1/boards/{board}/responses/{interaction}/follow-up`. */
import { Hono } from 'hono';
import { setFollowUp } from '../db/follow-up';
import { requireScope } from '../auth';
import { ApiError, unknownBoard } from '../lib/errors';
import type { AppEnv } from '../lib/http';
import { check, jsonBody } from '../lib/validate';
import { boardParam } from '../board';
import { contended } from '../answers';
import { doc, jsonContent } from '../openapi';
import { BoardPath, FollowUpPut, Interaction } from '../schemas';
import { StoredResponse } from '../response-schemas';
import { responseJson } from '../presenters';
import { deliverSoon } from '../webhooks/queue';
import { followUpEvent } from '../webhooks/store';

const followUp = new Hono<AppEnv>();

doc({
  method: 'put',
  path: '/v1/boards/{board}/responses/{interaction}/follow-up',
  operationId: 'setFollowUp',
  summary: 'Set the follow-up of a "no"',
  description:
    'Needs "triage". The first "contacted" or "resolved" is the first contact (stats: hours from the "no"). A note ' +
    'left out stays, "" removes it. 404 when the interaction has no answer; 409 when its answer is now "yes" (the ' +
    'customer resolved it). Webhook event follow_up.changed.',
  auth: true,
  request: {
    params: BoardPath.extend({ interaction: Interaction }),
    body: jsonContent(FollowUpPut, 'The new status'),
  },
  responses: { 200: jsonContent(StoredResponse, 'The answer with its follow-up') },
});
followUp.put('/:board/responses/:interaction/follow-up', async (c) => {
  const id = boardParam(c);
  await requireScope(c, id, 'triage');
  const interaction = check(Interaction, c.req.param('interaction'), 'interaction');
  const input = await jsonBody(c, FollowUpPut);
  const outcome = await setFollowUp(c.env.DB, id, interaction, input, Date.now(), (plan) => ({
    outbox: followUpEvent(plan, input),
  }));
  switch (outcome.kind) {
    case 'gone':
      throw unknownBoard(id);
    case 'missing':
      throw new ApiError('not_found', 'No answer for this interaction.');
    case 'satisfied':
      throw new ApiError('conflict', 'This answer is "yes" now: the customer resolved it; nothing to follow up.');
    case 'contended':
      throw contended();
  }
  if ((outcome.extra.outbox?.meta.changes ?? 0) > 0) deliverSoon(c);
  return c.json(responseJson(outcome.response), 200);
});

export default followUp;

/**
 * The helpdesks' documented example requests, signed as each helpdesk signs them: the test vectors of
 * the connector tests (test/worker/connectors-<helpdesk>.test.ts, whose headers cite each page and the
 * `openssl` command that computed each signature) and of the route test that replays them through the
 * worker (test/worker/connectors-route.test.ts). Kept in one place so both replay the same bytes.
 */
import { webhook } from './connector-helpers';

export const ZENDESK = (() => {
  const SECRET = 'dGhpc19zZWNyZXRfaXNfZm9yX3Rlc3Rpbmdfb25seQ==';
  const TIMESTAMP = '2021-07-25T10:00:00Z';
  const AT = Date.parse(TIMESTAMP);
  const BODY = JSON.stringify({
    event: 'rating',
    ticket_id: '208',
    agent: 'Jane Agent',
    channel: 'Web Form',
    rating: "Good, I'm satisfied",
    comment: 'Awesome support!',
  });
  const signed = webhook('zendesk', BODY, {
    'content-type': 'application/json',
    'X-Zendesk-Webhook-Signature': 'abO3ELxEjmTwvnX2d0z1S4iJr5OQZrxRXRIarpc2HB4=',
    'X-Zendesk-Webhook-Signature-Timestamp': TIMESTAMP,
  });
  return { SECRET, TIMESTAMP, AT, BODY, signed };
})();

export const HELPSCOUT = (() => {
  const SECRET = 'mZ9XbGHodX';
  const RATING = {
    id: 5434,
    customer: {
      id: 449379,
      firstName: 'John',
      lastName: 'Doe',
      emails: [
        { id: 1220012, value: 'john.doe@gmail.com', location: 'work' },
        { id: 1220013, value: 'john.doe@example.com', location: 'work' },
      ],
    },
    ticketId: 1560011,
    threadId: 3002084,
    mailbox: { id: 1234, name: 'My Mailbox' },
    rating: 'Great',
    comments: 'he was really helpful',
    createdAt: '2015-04-13T12:34:12Z',
    modifiedAt: '2015-04-14T20:18:33Z',
  };
  const signed = webhook('helpscout', JSON.stringify(RATING), {
    'content-type': 'application/json',
    'X-HelpScout-Event': 'satisfaction.ratings',
    'X-HelpScout-Signature': 'VL1G5IIowD58LVG59lEsyZx2rc8=',
  });
  return { SECRET, RATING, signed };
})();

export const INTERCOM = (() => {
  const SECRET = 'intercom-client-secret-0123';
  const conversation = (rating: object | null) => ({
    type: 'conversation',
    id: '25182190716',
    created_at: 1577488838,
    updated_at: 1582210239,
    source: { type: 'conversation', delivered_as: 'customer_initiated' },
    assignee: { type: 'admin', id: '3832405', name: 'Testteam' },
    ...(rating && { conversation_rating: rating }),
  });
  const notification = (topic: string, item: object) => ({
    type: 'notification_event',
    app_id: 'tavxk3ub',
    data: { type: 'notification_event_data', item },
    topic,
    id: 'notif_4e3504a3-ba3f-46dc-ab48-8e4d5bdfdf4e',
    created_at: 1582210240,
    delivery_status: 'pending',
    delivery_attempts: 1,
    delivered_at: 0,
    first_sent_at: 1582210240,
    self: null,
  });
  const RATED = {
    rating: 3,
    remark: 'Fine, in the end',
    created_at: 1582210239,
    contact: { type: 'contact', id: '5e0691bc16f62626ff7f4183' },
    teammate: { type: 'admin', id: '3832405' },
  };
  const signed = webhook('intercom', JSON.stringify(notification('conversation.rating.added', conversation(RATED))), {
    'content-type': 'application/json',
    'X-Hub-Signature': 'sha1=ecf9ee2c305f93b531f896e6d7989d2ae50ec9df',
  });
  return { SECRET, conversation, notification, RATED, signed };
})();

export const FRONT = (() => {
  const API_SECRET = 'front-api-secret-0123';
  const APP_SECRET = 'front-app-secret-0123';
  const TIMESTAMP = '1767225600000';
  const AT = Number(TIMESTAMP);
  const LEELA = {
    id: 'tea_55c8c149',
    email: 'leela@planet-express.com',
    username: 'leela',
    first_name: 'Leela',
    last_name: 'Turanga',
  };
  const ARCHIVE = {
    _links: { self: 'https://api2.frontapp.com/events/evt_55c8c149' },
    id: 'evt_55c8c149',
    type: 'archive',
    emitted_at: 1453770984.123,
    source: { _meta: { type: 'teammate' }, data: LEELA },
    conversation: {
      _links: { self: 'https://api2.frontapp.com/conversations/cnv_55c8c149' },
      id: 'cnv_55c8c149',
      subject: 'You broke my heart, Hubert.',
      status: 'archived',
      assignee: LEELA,
    },
  };
  const BODY = JSON.stringify(ARCHIVE);
  const rule = webhook('front', BODY, { 'X-Front-Signature': 'H5BTmSZVBPbWTwEjctMPmwx29dw=' });
  const app = webhook('front', BODY, {
    'X-Front-Signature': 'usHKx9rM1A/5BeCAjBAir2kuVVKQd+ippUW6w8en9u8=',
    'X-Front-Request-Timestamp': TIMESTAMP,
  });
  return { API_SECRET, APP_SECRET, TIMESTAMP, AT, ARCHIVE, BODY, rule, app };
})();

export const FRESHDESK = (() => {
  const SECRET = 'pmc_0123456789abcdefghijklmnopqrstuv';
  const BODY = JSON.stringify({
    event: 'rating',
    ticket_id: '432',
    agent: 'Jane Agent',
    channel: 'Email',
    rating: '103',
    comment: 'Thank you for the quick action',
  });
  const sent = webhook('freshdesk', BODY, { 'content-type': 'application/json', 'X-Pandameter-Secret': SECRET });
  return { SECRET, BODY, sent };
})();

export const HUBSPOT = (() => {
  const SECRET = 'hubspot-client-secret-0123';
  const TIMESTAMP = '1767225600000';
  const AT = Number(TIMESTAMP);
  const BODY = JSON.stringify({
    event: 'rating',
    ticket_id: '1234567',
    agent: 'Jane Agent',
    channel: 'EMAIL',
    rating: 'Positive',
    comment: 'Quick and kind',
  });
  const signed = webhook('hubspot', BODY, {
    'content-type': 'application/json',
    'X-HubSpot-Signature-v3': 'g2WuaupYCunG0BGX/KBx+QOmG11RrEKtkZGuUHidBNA=',
    'X-HubSpot-Request-Timestamp': TIMESTAMP,
  });
  return { SECRET, TIMESTAMP, AT, BODY, signed };
})();

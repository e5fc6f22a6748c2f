/** The six connectors by helpdesk name: the one table the route and the admin API look a helpdesk up in. */
import { freshdesk } from './freshdesk';
import { front } from './front';
import { helpscout } from './helpscout';
import { hubspot } from './hubspot';
import { intercom } from './intercom';
import type { Connector, Helpdesk } from './types';
import { zendesk } from './zendesk';

export const CONNECTORS: Record<Helpdesk, Connector> = { zendesk, helpscout, intercom, front, freshdesk, hubspot };

export { HELPDESKS, MIDDLE_RATINGS, verdictFor } from './types';
export type { Connector, ConnectorEvent, Helpdesk, MiddleAs, Rating, Verification, WebhookRequest } from './types';
export { newConnectorSecret } from './verify';

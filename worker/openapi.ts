/**
 * The OpenAPI 3.1 document is generated from the zod schemas that validate requests: each route
 * file registers its paths here, next to its handlers, with the same schema objects it validates with.
 */
import { OpenAPIRegistry, OpenApiGeneratorV31, type RouteConfig } from '@asteasolutions/zod-to-openapi';
import type * as z from 'zod';
import { ErrorEnvelope } from './response-schemas';

export const registry = new OpenAPIRegistry();

registry.registerComponent('securitySchemes', 'bearer', {
  type: 'http',
  scheme: 'bearer',
  description: 'The admin token (ADMIN_TOKEN) or a board API key with the needed scope.',
});

const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: ErrorEnvelope } },
});

/** A JSON body or response of `schema`, for `doc()`. */
export const jsonContent = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});

/**
 * Registers a route with the error responses every route shares. `operationId` is the method name a
 * generated client gives the route; `auth` routes take the bearer scheme, and every other route says
 * outright that it needs no credentials (`security: []`), which is what lint rules and client
 * generators read. An `optional` route works without credentials and does more with them (OpenAPI's
 * `[{bearer: []}, {}]`): the answer and ask POSTs, which a key turns into server-to-server calls.
 */
export function doc(route: RouteConfig & { operationId: string; auth?: boolean | 'optional' }): void {
  const { auth, ...rest } = route;
  registry.registerPath({
    ...rest,
    // every body a route declares, it needs (without one it answers 400 or 415)
    ...(rest.request?.body ? { request: { ...rest.request, body: { ...rest.request.body, required: true } } } : {}),
    // 'optional': a key, or none (POST …/asks and …/responses: support systems with a key, the widget without)
    security: auth === 'optional' ? [{ bearer: [] }, {}] : auth ? [{ bearer: [] }] : [],
    responses: {
      ...rest.responses,
      '4XX': errorResponse('The request was refused; nothing was changed. See error.code.'),
      '503': errorResponse('storage_unavailable: the database did not answer; retry after Retry-After seconds.'),
    },
  });
}

let generated: ReturnType<OpenApiGeneratorV31['generateDocument']> | undefined;

/** The OpenAPI document, generated once per isolate; only its server (this deployment's origin) varies. */
export function openapiDocument(serverUrl: string) {
  generated ??= new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: '3.1.0',
    info: {
      title: 'Pandameter API',
      version: '1',
      description:
        'Customer-satisfaction answers and live scores. Errors are always {"error": {"code", "message", "field"?}}.',
    },
  });
  const { openapi, info, ...rest } = generated;
  return { openapi, info, servers: [{ url: serverUrl }], ...rest };
}

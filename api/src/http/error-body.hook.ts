import type { FastifyInstance } from 'fastify';

interface ErrorBody {
  errors: { extensions?: Record<string, unknown> }[];
}

function errorBody(payload: unknown): ErrorBody | undefined {
  if (typeof payload !== 'string' || !payload.includes('"errors"')) return undefined;
  try {
    const body = JSON.parse(payload) as unknown;
    const errors = (body as { errors?: unknown } | null)?.errors;
    return Array.isArray(errors) && errors.every((e) => e && typeof e === 'object')
      ? (body as ErrorBody)
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Apollo answers some requests before any plugin sees them (a malformed
 * batch, a body that is not a GraphQL request, a failure in a plugin hook),
 * so their errors miss the request id that `requestErrorsPlugin` stamps and
 * that the 500 message tells the user to quote. This hook stamps it on every
 * error of a GraphQL error answer (4xx/5xx) that lacks it, and logs the
 * answer under the same id: 5xx at error level, 4xx at info.
 */
export function registerErrorBodyIds(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply, payload) => {
    if (reply.statusCode < 400) return payload;
    const body = errorBody(payload);
    if (!body) return payload;
    const missing = body.errors.filter((e) => e.extensions?.requestId === undefined);
    if (missing.length === 0) return payload;
    for (const error of missing) error.extensions = { ...error.extensions, requestId: request.id };
    const entry = {
      requestId: request.id,
      statusCode: reply.statusCode,
      codes: body.errors.map((e) => e.extensions?.code),
    };
    if (reply.statusCode >= 500) request.log.error(entry, 'graphql request failed');
    else request.log.info(entry, 'graphql request rejected');
    return JSON.stringify(body);
  });
}

import type { FastifyError, FastifyInstance } from 'fastify';

/**
 * Errors Fastify raises outside GraphQL (body too large, body not JSON, a
 * failing route): 4xx keep Fastify's message (written for the client); 5xx
 * are logged with their detail and answer a masked message plus the request
 * id, never a stack trace, a path or a database message.
 */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const status = error.statusCode && error.statusCode >= 400 ? error.statusCode : 500;
    if (status >= 500) {
      request.log.error({ err: error, requestId: request.id }, 'request failed');
      return reply.code(500).send({
        error: 'Internal Server Error',
        message: 'Unexpected error. Quote the requestId when you report it.',
        requestId: request.id,
      });
    }
    request.log.info({ code: error.code, statusCode: status }, 'request rejected');
    return reply.code(status).send({
      error: error.name === 'FastifyError' ? undefined : error.name,
      code: error.code,
      message: error.message,
      requestId: request.id,
    });
  });
}

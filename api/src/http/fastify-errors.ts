import type { FastifyError, FastifyInstance } from 'fastify';
import { BodyTooLargeError, drainBody } from './body-limit.ts';

/**
 * Errors Fastify raises outside GraphQL (body too large, body not JSON, a
 * failing route): 4xx keep Fastify's message (written for the client); 5xx
 * are logged with their detail and answer a masked message plus the request
 * id, never a stack trace, a path or a database message. A body too large is
 * read to its end (within DRAIN_LIMITS) before the 413 goes out, so a client
 * still sending gets the answer, not a reset connection.
 */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler(async (error: FastifyError, request, reply) => {
    const status = error.statusCode && error.statusCode >= 400 ? error.statusCode : 500;
    if (status >= 500) {
      request.log.error({ err: error, requestId: request.id }, 'request failed');
      return reply.code(500).send({
        error: 'Internal Server Error',
        message: 'Unexpected error. Quote the requestId when you report it.',
        requestId: request.id,
      });
    }
    request.log.info(
      { code: error.code, statusCode: status, requestId: request.id },
      'request rejected',
    );
    let message = error.message;
    if (status === 413) {
      await drainBody(request.raw);
      if (!(error instanceof BodyTooLargeError))
        message = `Request body is too large: the limit is ${app.initialConfig.bodyLimit} bytes.`;
      reply.header('connection', 'close');
    }
    return reply.code(status).send({
      error: error.name === 'FastifyError' ? undefined : error.name,
      code: error.code,
      message,
      requestId: request.id,
    });
  });
}

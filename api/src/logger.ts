import { pino, type Logger } from 'pino';

export type { Logger };

/**
 * What the HTTP request log records of a request: method and path only. The
 * query string is dropped (a GET to /graphql carries `variables` there) and
 * no header is logged (so never `authorization` or `cookie`).
 */
export function requestSummary(req: {
  method?: string;
  url?: string;
  ip?: string;
}): Record<string, unknown> {
  const url = req.url ?? '';
  const query = url.indexOf('?');
  return {
    method: req.method,
    path: query === -1 ? url : url.slice(0, query),
    remoteAddress: req.ip,
  };
}

/**
 * The one logger of the process; children are named per concern. Cypher and
 * its parameters are logged by the store at debug level only; GraphQL
 * variables are never logged.
 */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: undefined,
      serializers: { req: requestSummary },
      redact: {
        paths: [
          '*.password',
          '*.authorization',
          '*.cookie',
          '*.variables',
          'variables',
          'req.headers',
        ],
        remove: true,
      },
    },
    destination,
  );
}

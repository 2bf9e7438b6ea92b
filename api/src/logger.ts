import { pino, type Logger } from 'pino';

export type { Logger };

/** The one logger of the process; children are named per concern. */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: undefined,
    redact: { paths: ['*.password', '*.authorization', 'req.headers.authorization'], remove: true },
  });
}

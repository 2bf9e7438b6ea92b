import type { Logger } from './logger.ts';
import type { Services } from './services.ts';

/** What every resolver receives: per-request services and the request's logger. */
export interface Context {
  requestId: string;
  log: Logger;
  services: Services;
}

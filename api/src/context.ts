import type { Logger } from './logger.ts';
import type { Services } from './services.ts';

/** What every resolver receives: the request id, its logger and its services. */
export interface Context {
  requestId: string;
  log: Logger;
  services: Services;
}

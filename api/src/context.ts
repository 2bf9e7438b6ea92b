import type { RequestAuth } from './auth/request-auth.ts';
import type { Actor } from './auth/roles.ts';
import type { Logger } from './logger.ts';
import type { Services } from './services.ts';

/** What every resolver receives: the request id, its logger, its services and who acts. */
export interface Context {
  requestId: string;
  log: Logger;
  services: Services;
  /** The signed-in account, or null for an anonymous request. */
  actor: Actor | null;
  /** The request's session: sign-in rate limits, start and end (api/src/auth/auth.http.ts). */
  auth: RequestAuth;
}

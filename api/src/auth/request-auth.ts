import type { Actor } from './roles.ts';

/** Who the request is and what it may do with its session (Context.auth; request.auth). */
export interface RequestAuth {
  /** The signed-in account, or null (no cookie, or a cookie of an ended session). */
  readonly actor: Actor | null;
  readonly email: string | null;
  /** OpenID Connect sign-in is configured (GET /auth/oidc/login). */
  readonly oidc: boolean;
  /** Counts a sign-in attempt for this address and for `email`; throws TooManyRequestsError over the limit. */
  limitSignIn(email: string): Promise<void>;
  /** Starts a session for the account: sets the session and CSRF cookies on the answer. */
  startSession(accountId: string): Promise<boolean>;
  /** Ends the request's session (if any) and clears the cookies. */
  endSession(): Promise<void>;
}

/** Cookie names (docs/security.md "Accounts and roles"). */
export const SESSION_COOKIE = 'accgraph_session';
export const CSRF_COOKIE = 'accgraph_csrf';
/** The header a state-changing request with a session must carry: the CSRF cookie's value. */
export const CSRF_HEADER = 'x-csrf-token';

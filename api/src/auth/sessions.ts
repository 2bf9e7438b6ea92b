import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { cypher, type Store } from '../store/index.ts';
import { toAccountRecord, toActor } from './account.model.ts';
import type { Actor } from './roles.ts';

const CREATE_SESSION = cypher(import.meta.url, './create-session.cypher');
const SESSION_ACTOR = cypher(import.meta.url, './session-actor.cypher');
const DELETE_SESSION = cypher(import.meta.url, './delete-session.cypher');
const DELETE_EXPIRED_SESSIONS = cypher(import.meta.url, './delete-expired-sessions.cypher');

/** A live session as a request sees it. */
export interface LiveSession {
  /** SHA-256 of the cookie token: the stored session id. */
  id: string;
  actor: Actor;
  email: string;
  /** The token a state-changing request must echo in the x-csrf-token header. */
  csrfToken: string;
  expiresAt: number;
}

/** What a new session gives the client: the cookie token (once) and the CSRF token. */
export interface NewSession {
  token: string;
  csrfToken: string;
  expiresAt: number;
}

/** Sessions are read per request, never cached: their writes leave every cache warm. */
const SESSION_WRITE = { cacheNeutral: true } as const;

const token = (): string => randomBytes(32).toString('base64url');

/** The stored id of a cookie token: its SHA-256 (a read of the store yields no usable cookie). */
export const sessionIdOf = (cookieToken: string): string =>
  createHash('sha256').update(cookieToken).digest('hex');

/** Compares two secrets in constant time. */
export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/**
 * Server-side sessions in the graph store (label :Session): a session is
 * valid while its record exists, has not expired and its account is enabled,
 * so sign-out, expiry and disabling revoke at once, in every API process.
 */
export class Sessions {
  constructor(
    private readonly store: Store,
    private readonly hours: number,
  ) {}

  /** Starts a session of an enabled account; null when the account is unknown or disabled. */
  async start(accountId: string, now = Date.now()): Promise<NewSession | null> {
    const cookieToken = token();
    const csrfToken = token();
    const expiresAt = now + this.hours * 3_600_000;
    const rows = await this.store.writeTransaction(async (tx) => {
      await tx.run(DELETE_EXPIRED_SESSIONS.with({ now }));
      return tx.run(
        CREATE_SESSION.with({ id: sessionIdOf(cookieToken), accountId, csrfToken, now, expiresAt }),
      );
    }, SESSION_WRITE);
    return rows.length === 1 ? { token: cookieToken, csrfToken, expiresAt } : null;
  }

  /** The live session of a cookie token, or null (unknown, ended, expired, account disabled). */
  async resolve(cookieToken: string, now = Date.now()): Promise<LiveSession | null> {
    if (!TOKEN.test(cookieToken)) return null;
    const id = sessionIdOf(cookieToken);
    const [row] = await this.store.read(SESSION_ACTOR.with({ id, now }));
    if (!row) return null;
    const account = toAccountRecord({ ...row, disabled: false });
    return {
      id,
      actor: toActor(account),
      email: account.email,
      csrfToken: String(row.csrfToken),
      expiresAt: Number(row.expiresAt),
    };
  }

  /** Ends a session (sign-out). */
  async end(sessionId: string): Promise<void> {
    await this.store.write(DELETE_SESSION.with({ id: sessionId }), SESSION_WRITE);
  }
}

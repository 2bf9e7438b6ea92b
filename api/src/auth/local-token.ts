import { createHash, timingSafeEqual } from 'node:crypto';
import { userInfo } from 'node:os';
import type { Actor } from './roles.ts';

/**
 * The local admin token (decision 0030): the running server's credential for
 * `npm run seed -- …` on the same machine, published in the discovery file
 * (mode 0600) and new at every start. It is accepted only from a loopback
 * peer (the socket's address, never X-Forwarded-For), compared in constant
 * time (SHA-256 of both sides, then timingSafeEqual), and never logged.
 */
export class LocalToken {
  private readonly digest: Buffer;
  /** Who a request with the token acts as (audit entries name it). */
  readonly actor: Actor;

  constructor(token: string) {
    this.digest = sha256(token);
    this.actor = {
      accountId: 'local-cli',
      displayName: `local cli (${osUser()})`,
      role: 'admin',
      areaRoles: {},
    };
  }

  /** True when `given` is the token (constant time in the token's content). */
  matches(given: string): boolean {
    return timingSafeEqual(sha256(given), this.digest);
  }
}

const sha256 = (text: string): Buffer => createHash('sha256').update(text, 'utf8').digest();

/** The OS user the server runs as: only that user (and root) can read the discovery file. */
export function osUser(): string {
  try {
    return userInfo().username;
  } catch {
    return `uid ${process.getuid?.() ?? '?'}`;
  }
}

/** True for a peer address on the loopback interface (IPv4 127/8, ::1, IPv4-mapped 127/8). */
export function isLoopback(address: string | undefined): boolean {
  if (!address) return false;
  const v4 = address.startsWith('::ffff:') ? address.slice(7) : address;
  return v4.startsWith('127.') || address === '::1';
}

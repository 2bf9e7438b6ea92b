import { hash, verify } from '@node-rs/argon2';
import { LIMITS } from '@accgraph/schema';

/**
 * Passwords: argon2id (@node-rs/argon2, prebuilt, no install script) with
 * OWASP's minimum parameters (19 MiB, 2 passes, 1 lane); the PHC string
 * carries them, so raising them later still verifies old hashes.
 */
const OPTIONS = {
  algorithm: 2, // Algorithm.Argon2id (an ambient const enum: not importable under isolatedModules)
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

/** Why a password is refused, or null when it is acceptable. */
export function passwordProblem(password: string): string | null {
  if (password.length < LIMITS.passwordMinLength) {
    return `a password needs at least ${LIMITS.passwordMinLength} characters (a passphrase of several words is easiest)`;
  }
  if (password.length > LIMITS.passwordMaxLength) {
    return `a password may have at most ${LIMITS.passwordMaxLength} characters`;
  }
  return null;
}

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

/** A hash of no one's password: verified against when the account is unknown, so timing tells nothing. */
let decoy: Promise<string> | undefined;

/**
 * True when `password` matches `phc`. An empty or missing hash (an account
 * that signs in only through OpenID Connect, or no account) still spends one
 * verification, then answers false.
 */
export async function verifyPassword(phc: string | null, password: string): Promise<boolean> {
  if (password.length > LIMITS.passwordMaxLength) return false;
  if (!phc) {
    decoy ??= hashPassword('no account has this password');
    await verify(await decoy, password).catch(() => false);
    return false;
  }
  try {
    return await verify(phc, password);
  } catch {
    return false;
  }
}

import { randomUUID } from 'node:crypto';
import { LIMITS } from '@accgraph/schema';
import { MAX_REASON_LENGTH, recordChange } from '../audit/record.ts';
import {
  BadUserInputError,
  ForbiddenError,
  NotFoundError,
  UnauthenticatedError,
} from '../errors.ts';
import { cypher, type Store, type Tx } from '../store/index.ts';
import type { ServiceDeps } from '../services.ts';
import {
  normaliseEmail,
  serialiseAreaRoles,
  toAccountRecord,
  type AccountRecord,
} from './account.model.ts';
import { osUser } from './local-token.ts';
import { hashPassword, passwordProblem, verifyPassword } from './password.ts';
import { ACCOUNTS_LOG, canAct, type Actor, type Role } from './roles.ts';

const ACCOUNT_BY_EMAIL = cypher(import.meta.url, './account-by-email.cypher');
const ACCOUNT_BY_ID = cypher(import.meta.url, './account-by-id.cypher');
const LIST_ACCOUNTS = cypher(import.meta.url, './list-accounts.cypher');
const CREATE_ACCOUNT = cypher(import.meta.url, './create-account.cypher');
const SET_ACCOUNT_ROLES = cypher(import.meta.url, './set-account-roles.cypher');
const DISABLE_ACCOUNT = cypher(import.meta.url, './disable-account.cypher');
const COUNT_ADMINS = cypher(import.meta.url, './count-admins.cypher');
const DELETE_ACCOUNT_SESSIONS = cypher(import.meta.url, './delete-account-sessions.cypher');

export interface NewAccount {
  email: string;
  displayName?: string | null;
  /** Omitted or null: the account signs in only through OpenID Connect. */
  password?: string | null;
  role?: Role | null;
  areaRoles?: Readonly<Record<string, Role>>;
}

/**
 * Local accounts in the graph store (label :Account, outside the Entity
 * set). Every method that changes an account takes the acting account and
 * checks its role itself, so the CLI and tests call it without a session
 * (`null` actor = the operator at the command line, who owns the store).
 */
export class AccountService {
  private readonly store: Store;

  constructor(deps: Pick<ServiceDeps, 'store'>) {
    this.store = deps.store;
  }

  /** The account whose e-mail and password match, or null (same answer for every kind of mismatch). */
  async verify(email: string, password: string): Promise<AccountRecord | null> {
    const normal = normaliseEmail(email);
    const [row] = normal ? await this.store.read(ACCOUNT_BY_EMAIL.with({ email: normal })) : [];
    const ok = await verifyPassword(row ? String(row.passwordHash ?? '') : null, password);
    if (!row || !ok || row.disabled === true) return null;
    return toAccountRecord(row);
  }

  /** The enabled account with this e-mail (OpenID Connect sign-in), or null. */
  async byEmail(email: string): Promise<AccountRecord | null> {
    const normal = normaliseEmail(email);
    if (!normal) return null;
    const [row] = await this.store.read(ACCOUNT_BY_EMAIL.with({ email: normal }));
    return row && row.disabled !== true ? toAccountRecord(row) : null;
  }

  async byId(id: string): Promise<AccountRecord | null> {
    const [row] = await this.store.read(ACCOUNT_BY_ID.with({ id }));
    return row ? toAccountRecord(row) : null;
  }

  async list(): Promise<AccountRecord[]> {
    return (await this.store.read(LIST_ACCOUNTS.with({}))).map(toAccountRecord);
  }

  /**
   * Creates an account. `actor` 'operator': the operator at the command line, who owns the
   * store (the first admin). Audited in the accounts log (ACCOUNTS_LOG), in the same
   * transaction: who, when, the account (never its password or hash) and `reason`.
   */
  async create(
    actor: Actor | null | 'operator',
    input: NewAccount,
    reason?: string | null,
  ): Promise<AccountRecord> {
    if (actor !== 'operator') requireRole(actor, 'admin', null);
    const why = checkedReason(reason, 'createAccount');
    const email = normaliseEmail(input.email);
    if (!email || input.email.length > LIMITS.emailLength) {
      throw new BadUserInputError(
        `email: "${input.email.slice(0, 80)}" is not an e-mail address (name@example.org, at most ${LIMITS.emailLength} characters)`,
      );
    }
    const displayName = (input.displayName ?? '').trim() || email.split('@')[0]!;
    if (displayName.length > LIMITS.nameLength) {
      throw new BadUserInputError(`displayName: at most ${LIMITS.nameLength} characters`);
    }
    let passwordHash = '';
    if (input.password !== undefined && input.password !== null) {
      const problem = passwordProblem(input.password);
      if (problem) throw new BadUserInputError(`password: ${problem}`);
      passwordHash = await hashPassword(input.password);
    }
    const id = `account/${randomUUID()}`;
    const created = await this.store.writeTransaction(async (tx) => {
      const [existing] = await tx.run(ACCOUNT_BY_EMAIL.with({ email }));
      if (existing) return false;
      await tx.run(
        CREATE_ACCOUNT.with({
          id,
          email,
          displayName,
          passwordHash,
          role: input.role ?? null,
          areaRoles: serialiseAreaRoles(input.areaRoles ?? {}),
          now: Date.now(),
        }),
      );
      await recordChange(tx, {
        areaId: ACCOUNTS_LOG,
        actor: actor === 'operator' ? OPERATOR : actor,
        action: 'account.create',
        target: id,
        before: null,
        after: {
          email,
          displayName,
          role: input.role ?? null,
          areaRoles: input.areaRoles ?? {},
          // whether it has a password, never the password or its hash
          signIn: passwordHash ? 'password' : 'openid-connect',
        },
        reason: why,
      });
      return true;
    });
    if (!created) throw new BadUserInputError(`email: an account for ${email} exists already`);
    return (await this.byId(id))!;
  }

  /**
   * Sets (or with role null, removes) the account's role: for one area when
   * `areaId` is given (needs admin of that area), else the deployment role
   * (needs deployment admin). The last enabled deployment admin keeps the role.
   */
  async setRole(
    actor: Actor | null,
    accountId: string,
    role: Role | null,
    areaId: string | null,
    reason?: string | null,
  ): Promise<AccountRecord> {
    requireRole(actor, 'admin', areaId);
    const why = checkedReason(reason, 'setRole');
    return this.store.writeTransaction(async (tx) => {
      const account = await accountIn(tx, accountId);
      const areaRoles = { ...account.areaRoles };
      let deploymentRole = account.role;
      if (areaId) {
        if (role) areaRoles[areaId] = role;
        else delete areaRoles[areaId];
      } else {
        if (account.role === 'admin' && role !== 'admin') await keepOneAdmin(tx, account);
        deploymentRole = role;
      }
      await tx.run(
        SET_ACCOUNT_ROLES.with({
          id: account.id,
          role: deploymentRole,
          areaRoles: serialiseAreaRoles(areaRoles),
        }),
      );
      await recordChange(tx, {
        areaId: ACCOUNTS_LOG,
        actor,
        action: 'account.role',
        target: account.id,
        before: { email: account.email, role: account.role, areaRoles: account.areaRoles },
        after: { email: account.email, role: deploymentRole, areaRoles },
        reason: why,
      });
      return { ...account, role: deploymentRole, areaRoles };
    });
  }

  /** Disables the account and ends its sessions (a cookie of it is refused from now on). */
  async disable(
    actor: Actor | null,
    accountId: string,
    reason?: string | null,
  ): Promise<AccountRecord> {
    requireRole(actor, 'admin', null);
    const why = checkedReason(reason, 'disableAccount');
    return this.store.writeTransaction(async (tx) => {
      const account = await accountIn(tx, accountId);
      if (account.role === 'admin' && !account.disabled) await keepOneAdmin(tx, account);
      await tx.run(DISABLE_ACCOUNT.with({ id: account.id }));
      await tx.run(DELETE_ACCOUNT_SESSIONS.with({ accountId: account.id }));
      await recordChange(tx, {
        areaId: ACCOUNTS_LOG,
        actor,
        action: 'account.disable',
        target: account.id,
        before: { email: account.email, disabled: account.disabled },
        after: { email: account.email, disabled: true },
        reason: why,
      });
      return { ...account, disabled: true };
    });
  }
}

/** Who the command line acts as in the accounts log (the OS user that owns the store). */
const OPERATOR = { accountId: 'operator', displayName: `command line (${osUser()})` };

/** The reason as logged: trimmed, at most MAX_REASON_LENGTH; none given says which mutation. */
function checkedReason(reason: string | null | undefined, mutation: string): string {
  const text = (reason ?? '').trim();
  if (text.length > MAX_REASON_LENGTH) {
    throw new BadUserInputError(`reason: at most ${MAX_REASON_LENGTH} characters`);
  }
  return text || `${mutation} (no reason given)`;
}

async function accountIn(tx: Tx, accountId: string): Promise<AccountRecord> {
  const [row] = await tx.run(ACCOUNT_BY_ID.with({ id: accountId }));
  if (!row) throw new NotFoundError('account', accountId);
  return toAccountRecord(row);
}

async function keepOneAdmin(tx: Tx, account: AccountRecord): Promise<void> {
  const [row] = await tx.run(COUNT_ADMINS.with({}));
  if (Number(row?.admins ?? 0) <= 1) {
    throw new BadUserInputError(
      `accountId: ${account.email} is the last deployment admin; make another account admin first`,
    );
  }
}

/** The service-level check (the resolvers' @Authorized makes the same one first). */
function requireRole(actor: Actor | null, role: Role, areaId: string | null): void {
  if (canAct(actor, role, areaId)) return;
  if (actor === null) throw new UnauthenticatedError();
  throw new ForbiddenError(
    `This needs the role ${role}${areaId ? ` for area "${areaId}"` : ' for the deployment'}.`,
  );
}

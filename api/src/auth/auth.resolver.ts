import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.ts';
import { UnauthenticatedError } from '../errors.ts';
import type { AccountRecord } from './account.model.ts';
import { AccountService } from './account.service.ts';
import { Account, CreateAccountInput, RoleEnum } from './account.type.ts';
import { ANYONE } from './auth.checker.ts';
import type { Role } from './roles.ts';

function toAccount(record: AccountRecord): Account {
  return {
    ...record,
    areaRoles: Object.keys(record.areaRoles)
      .sort()
      .map((areaId) => ({ areaId, role: record.areaRoles[areaId]! })),
  };
}

const REASON =
  'Why, for the accounts audit log (changes(areaId: "deployment:accounts")); default: "<mutation> (no reason given)".';

const WRONG = 'Wrong e-mail address or password (or the account is disabled).';

@Resolver(() => Account)
export class AuthResolver {
  @Query(() => Account, {
    nullable: true,
    description:
      'The signed-in account, or null when anonymous (always open, even with READ_ACCESS=signed-in).',
  })
  async me(@Ctx() ctx: Context): Promise<Account | null> {
    if (!ctx.actor) return null;
    const record = await ctx.services.get(AccountService).byId(ctx.actor.accountId);
    return record ? toAccount(record) : null;
  }

  @Query(() => Boolean, {
    description:
      'True when "sign in with your organisation" (OpenID Connect: GET /auth/oidc/login) is configured. ' +
      'Always open, like me.',
  })
  oidcSignIn(@Ctx() ctx: Context): boolean {
    return ctx.auth.oidc;
  }

  @Authorized('admin')
  @Query(() => [Account], { description: 'Every account, ordered by e-mail (deployment admins).' })
  async accounts(@Ctx() ctx: Context): Promise<Account[]> {
    return (await ctx.services.get(AccountService).list()).map(toAccount);
  }

  @Authorized(ANYONE)
  @Mutation(() => Account, {
    description:
      'Signs in with e-mail and password: sets the session cookie (HttpOnly) and the CSRF cookie, whose ' +
      'value every later state-changing request repeats in the x-csrf-token header. Rate-limited per ' +
      'address and per account (429 TOO_MANY_REQUESTS).',
  })
  async signIn(
    @Arg('email', () => String) email: string,
    @Arg('password', () => String) password: string,
    @Ctx() ctx: Context,
  ): Promise<Account> {
    await ctx.auth.limitSignIn(email);
    const account = await ctx.services.get(AccountService).verify(email, password);
    if (!account || !(await ctx.auth.startSession(account.id))) {
      throw new UnauthenticatedError(WRONG);
    }
    return toAccount(account);
  }

  @Authorized(ANYONE)
  @Mutation(() => Boolean, {
    description: 'Ends the session (its cookie is refused from now on); true. Anonymous: a no-op.',
  })
  async signOut(@Ctx() ctx: Context): Promise<boolean> {
    await ctx.auth.endSession();
    return true;
  }

  @Authorized('admin')
  @Mutation(() => Account, {
    description:
      'Creates a local account (deployment admins). One entry in the accounts audit log (never the password or its hash).',
  })
  async createAccount(
    @Arg('input', () => CreateAccountInput) input: CreateAccountInput,
    @Arg('reason', () => String, { nullable: true, description: REASON }) reason: string | null,
    @Ctx() ctx: Context,
  ): Promise<Account> {
    const record = await ctx.services
      .get(AccountService)
      .create(ctx.actor, { ...input, role: input.role ?? 'viewer' }, reason);
    return toAccount(record);
  }

  @Authorized('admin')
  @Mutation(() => Account, {
    description:
      "Sets an account's role: for one area when areaId is given (admins of that area), else the " +
      'deployment role (deployment admins). role null removes it. One entry in the accounts audit log.',
  })
  async setRole(
    @Arg('accountId', () => ID) accountId: string,
    @Arg('role', () => RoleEnum, { nullable: true }) role: Role | null,
    @Arg('areaId', () => ID, { nullable: true }) areaId: string | null,
    @Arg('reason', () => String, { nullable: true, description: REASON }) reason: string | null,
    @Ctx() ctx: Context,
  ): Promise<Account> {
    const service = ctx.services.get(AccountService);
    return toAccount(
      await service.setRole(ctx.actor, accountId, role ?? null, areaId ?? null, reason),
    );
  }

  @Authorized('admin')
  @Mutation(() => Account, {
    description:
      'Disables an account and ends its sessions (deployment admins). One entry in the accounts audit log.',
  })
  async disableAccount(
    @Arg('accountId', () => ID) accountId: string,
    @Arg('reason', () => String, { nullable: true, description: REASON }) reason: string | null,
    @Ctx() ctx: Context,
  ): Promise<Account> {
    return toAccount(await ctx.services.get(AccountService).disable(ctx.actor, accountId, reason));
  }
}

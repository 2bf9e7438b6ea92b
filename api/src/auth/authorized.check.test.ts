import 'reflect-metadata';
import { Arg, Authorized, buildSchemaSync, Mutation, Query, Resolver } from 'type-graphql';
import { describe, expect, it } from 'vitest';
import { buildGraphQLSchema } from '../schema.ts';
import { authChecker } from './auth.checker.ts';
import { assertEveryMutationAuthorized } from './authorized.check.ts';

@Resolver()
class GuardedResolver {
  @Query(() => Boolean)
  ping(): boolean {
    return true;
  }

  @Authorized('editor')
  @Mutation(() => Boolean)
  guardedChange(@Arg('areaId', () => String) areaId: string): boolean {
    return areaId.length > 0;
  }
}

@Resolver()
class ForgetfulResolver {
  @Mutation(() => Boolean)
  unguardedChange(): boolean {
    return true;
  }
}

@Authorized('admin')
@Resolver()
class ClassGuardedResolver {
  @Mutation(() => Boolean)
  classGuardedChange(): boolean {
    return true;
  }
}

type Resolvers = Parameters<typeof buildSchemaSync>[0]['resolvers'];
const build = (resolvers: Resolvers) =>
  buildSchemaSync({ resolvers, authChecker, validate: false });

describe('every mutation declares @Authorized (checked when the schema is built)', () => {
  it('passes the real schema', () => {
    expect(() => buildGraphQLSchema()).not.toThrow();
  });

  it('names a mutation without @Authorized and fails', () => {
    const resolvers = [GuardedResolver, ForgetfulResolver] as Resolvers;
    expect(() => assertEveryMutationAuthorized(build(resolvers), resolvers)).toThrow(
      /Mutation without @Authorized: unguardedChange\./,
    );
  });

  it('accepts @Authorized on the method or on the resolver class', () => {
    const resolvers = [GuardedResolver, ClassGuardedResolver] as Resolvers;
    expect(() => assertEveryMutationAuthorized(build(resolvers), resolvers)).not.toThrow();
  });
});

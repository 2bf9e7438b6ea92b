import { AuthResolver } from './auth.resolver.ts';

/** The resolvers of accounts and sessions (registered in api/src/schema.ts). */
export const authResolvers = [AuthResolver] as const;

import { AskResolver } from './ask.resolver.ts';

/** The resolvers of `ask` (registered in api/src/schema.ts). */
export const askResolvers = [AskResolver] as const;

import { FindingsResolver } from './findings.resolver.ts';

/** The resolvers of the findings feature (registered in api/src/schema.ts). */
export const findingsResolvers = [FindingsResolver] as const;

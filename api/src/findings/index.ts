import { FindingFieldsResolver, FindingsResolver } from './findings.resolver.ts';

/** The resolvers of the findings feature (registered in api/src/schema.ts). */
export const findingsResolvers = [FindingsResolver, FindingFieldsResolver] as const;

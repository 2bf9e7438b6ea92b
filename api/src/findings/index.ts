/** The resolvers of the findings feature (registered in api/src/schema.ts). */
export const findingsResolvers = [] as const;

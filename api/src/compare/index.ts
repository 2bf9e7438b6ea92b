/** The resolvers of the compare feature (registered in api/src/schema.ts). */
export const compareResolvers = [] as const;

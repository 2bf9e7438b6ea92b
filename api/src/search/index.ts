/** The resolvers of the search feature (registered in api/src/schema.ts). */
export const searchResolvers = [] as const;

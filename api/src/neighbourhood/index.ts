/** The resolvers of the neighbourhood feature (registered in api/src/schema.ts). */
export const neighbourhoodResolvers = [] as const;

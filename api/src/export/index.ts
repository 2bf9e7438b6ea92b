/** The resolvers of the export feature (registered in api/src/schema.ts). */
export const exportResolvers = [] as const;

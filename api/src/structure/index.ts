/** The resolvers of the structure feature (registered in api/src/schema.ts). */
export const structureResolvers = [] as const;

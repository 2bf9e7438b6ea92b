/** The resolvers of the diff feature (registered in api/src/schema.ts). */
export const diffResolvers = [] as const;

import { NeighbourhoodResolver } from './neighbourhood.resolver.ts';

/** The resolvers of the neighbourhood feature (registered in api/src/schema.ts). */
export const neighbourhoodResolvers = [NeighbourhoodResolver] as const;

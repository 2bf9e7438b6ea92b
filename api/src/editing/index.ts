import { EditingResolver } from './editing.resolver.ts';

/** The resolvers of editing and versions (registered in api/src/schema.ts). */
export const editingResolvers = [EditingResolver] as const;

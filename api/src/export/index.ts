import { ExportResolver } from './export.resolver.ts';

/** The resolvers of the export feature (registered in api/src/schema.ts). */
export const exportResolvers = [ExportResolver] as const;

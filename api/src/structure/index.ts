import { AgentStructureResolver, PersonStructureResolver } from './agent-structure.resolver.ts';
import { AreaDetailsResolver } from './area-details.resolver.ts';
import { BodyStructureResolver } from './body-structure.resolver.ts';
import { ReportingLinesResolver } from './reporting.resolver.ts';

/** The resolvers of the structure feature (registered in api/src/schema.ts). */
export const structureResolvers = [
  AreaDetailsResolver,
  BodyStructureResolver,
  AgentStructureResolver,
  PersonStructureResolver,
  ReportingLinesResolver,
] as const;

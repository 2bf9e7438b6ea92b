import {
  DocumentTextResolver,
  EvidenceResolver,
  NodeResolver,
  RelationshipResolver,
  ReportsToResolver,
} from './node.resolver.ts';
import { NodeRelationshipsResolver } from './relationships.resolver.ts';

export const graphResolvers = [
  NodeResolver,
  RelationshipResolver,
  ReportsToResolver,
  EvidenceResolver,
  DocumentTextResolver,
  NodeRelationshipsResolver,
] as const;

import { toNode, toNodeOf, toRelationship } from '../graph/map.ts';
import type { Body } from '../graph/node.types.ts';
import type {
  ChairsRelationship,
  MemberOfRelationship,
  ReportsToRelationship,
  SubgroupOfRelationship,
} from '../graph/relationship.types.ts';
import { Chairing, Membership, SubgroupLink, SubgroupTreeNode } from './membership.type.ts';
import { ReportingLine } from './reporting.type.ts';
import type { LinkData, ReportingLineData, SubgroupTreeData } from './structure.model.ts';

/** The structure services' plain records as GraphQL objects. */

export function toMembership(l: LinkData): Membership {
  const relationship = toRelationship(l.record) as MemberOfRelationship;
  return Object.assign(new Membership(), {
    member: toNode(l.from),
    body: toNode(l.to) as Body,
    capacity: relationship.capacity,
    relationship,
  });
}

export function toChairing(l: LinkData): Chairing {
  return Object.assign(new Chairing(), {
    chair: toNode(l.from),
    body: toNode(l.to) as Body,
    relationship: toRelationship(l.record) as ChairsRelationship,
  });
}

export function toSubgroupLink(l: LinkData): SubgroupLink {
  return Object.assign(new SubgroupLink(), {
    subgroup: toNode(l.from) as Body,
    parent: toNode(l.to) as Body,
    relationship: toRelationship(l.record) as SubgroupOfRelationship,
  });
}

export function toSubgroupTree(t: SubgroupTreeData): SubgroupTreeNode {
  return Object.assign(new SubgroupTreeNode(), {
    body: toNode(t.link.from) as Body,
    depth: t.depth,
    relationship: toRelationship(t.link.record) as SubgroupOfRelationship,
    subgroups: t.subgroups.map(toSubgroupTree),
  });
}

export function toReportingLine(l: ReportingLineData): ReportingLine {
  const relationship = toRelationship(l.relationship) as ReportsToRelationship;
  return Object.assign(new ReportingLine(), {
    direction: l.direction,
    counterpart: toNode(l.counterpart),
    artefact: relationship.artefact,
    cadence: relationship.cadence,
    timing: relationship.timing,
    presenter: toNodeOf(l.presenter, 'Post'),
    evidence: relationship.evidence,
    relationship,
  });
}

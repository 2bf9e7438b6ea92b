import { toNode, toRelationship } from '../graph/map.ts';
import type { Body, Obligation, Post, StatutoryProvision } from '../graph/node.types.ts';
import type { NodeRecord } from '../graph/records.ts';
import type {
  BasedOnRelationship,
  DischargedThroughRelationship,
  HasObligationRelationship,
} from '../graph/relationship.types.ts';
import type { EndData, PostObligationsData } from './obligations.model.ts';
import { ObligationBasis, ObligationChannel, ObligationHolder } from './obligation.type.ts';
import { ObligationGroup, PostObligations } from './post-obligations.type.ts';

/** The obligations services' plain records as GraphQL objects. */

export const toObligation = (r: NodeRecord) => toNode(r) as Obligation;

export function toHolder({ record, node }: EndData): ObligationHolder {
  const relationship = toRelationship(record) as HasObligationRelationship;
  return Object.assign(new ObligationHolder(), {
    holder: toNode(node),
    lead: relationship.lead === true,
    relationship,
  });
}

export function toBasis({ record, node }: EndData): ObligationBasis {
  return Object.assign(new ObligationBasis(), {
    provision: toNode(node) as StatutoryProvision,
    evidence: record.evidence,
    relationship: toRelationship(record) as BasedOnRelationship,
  });
}

export function toChannel({ record, node }: EndData): ObligationChannel {
  return Object.assign(new ObligationChannel(), {
    body: toNode(node) as Body,
    evidence: record.evidence,
    relationship: toRelationship(record) as DischargedThroughRelationship,
  });
}

export function toPostObligations(data: PostObligationsData): PostObligations {
  return Object.assign(new PostObligations(), {
    post: toNode(data.post) as Post,
    asOf: data.asOf,
    groups: data.groups.map((g) =>
      Object.assign(new ObligationGroup(), {
        body: g.body ? (toNode(g.body) as Body) : null,
        via: g.via.map(toRelationship),
        obligations: g.obligations.map(toObligation),
      }),
    ),
  });
}

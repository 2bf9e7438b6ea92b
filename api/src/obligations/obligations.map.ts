import { derivedOnce } from '../cache.ts';
import { toNode, toRelationship } from '../graph/map.ts';
import type { Body, DutyType, Obligation, Post, StatutoryProvision } from '../graph/node.types.ts';
import type { NodeRecord } from '../graph/records.ts';
import type {
  BasedOnRelationship,
  DischargedThroughRelationship,
  HasObligationRelationship,
} from '../graph/relationship.types.ts';
import type { EndData, PostObligationsData } from './obligations.model.ts';
import { ObligationBasis, ObligationChannel, ObligationHolder } from './obligation.type.ts';
import { GroupedObligation, ObligationGroup, PostObligations } from './post-obligations.type.ts';

/** The obligations services' plain records as GraphQL objects. */

export const toObligation = (r: NodeRecord) => toNode(r) as Obligation;

/**
 * Duty types resolved before shaping (ObligationService.dutyTypesOf), by the
 * Obligation object they belong to: the `dutyTypes` field answers from here
 * at once instead of reading per obligation (obligation.resolver.ts).
 */
export const resolvedDutyTypes = new WeakMap<Obligation, DutyType[]>();

/** The DutyType objects of one record, shaped once per record (records live one write generation). */
export const toDutyType = derivedOnce((r: NodeRecord) => toNode(r) as DutyType);

/** An obligation whose duty types are already known (`dutyTypes`: by obligation id). */
function toObligationWith(r: NodeRecord, dutyTypes?: Map<string, NodeRecord[]>): Obligation {
  const o = toObligation(r);
  const types = dutyTypes?.get(r.id);
  if (types) resolvedDutyTypes.set(o, types.map(toDutyType));
  return o;
}

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

export function toPostObligations(
  data: PostObligationsData,
  dutyTypes?: Map<string, NodeRecord[]>,
): PostObligations {
  const groups = data.groups.map((g) =>
    Object.assign(new ObligationGroup(), {
      body: g.body ? (toNode(g.body) as Body) : null,
      via: g.via.map(toRelationship),
      obligations: g.obligations.map((o) => toObligationWith(o, dutyTypes)),
      obligationCount: g.obligations.length,
    }),
  );
  return Object.assign(new PostObligations(), {
    post: toNode(data.post) as Post,
    asOf: data.asOf,
    groups,
    grouped: groups.flatMap((g, group) =>
      g.obligations.map((obligation) =>
        Object.assign(new GroupedObligation(), { group, obligation }),
      ),
    ),
  });
}

import type { RelationshipRecord } from './records.ts';
import { bool, num, str } from './records.ts';
import { RELATIONSHIP_CLASSES, type Relationship } from './relationship.types.ts';

/** The GraphQL object for a stored relationship (its class carries its type's fields). */
export function toRelationship(r: RelationshipRecord): Relationship {
  const p = r.props;
  const base = {
    id: r.id,
    type: r.type,
    fromId: r.from,
    toId: r.to,
    documentId: str(p, 'documentId'),
    areaId: str(p, 'areaId'),
    validFrom: str(p, 'validFrom'),
    validTo: str(p, 'validTo'),
    key: str(p, 'key'),
    evidence: r.evidence,
  };
  const extra: Record<string, unknown> = {
    capacity: str(p, 'capacity'),
    note: str(p, 'note'),
    joint: bool(p, 'joint'),
    mode: str(p, 'mode'),
    artefact: str(p, 'artefact'),
    cadence: str(p, 'cadence'),
    timing: str(p, 'timing'),
    presenterId: str(p, 'presenter'),
    subject: str(p, 'subject'),
    route: str(p, 'route'),
    step: num(p, 'step'),
    date: str(p, 'date'),
    lead: bool(p, 'lead'),
  };
  const Class = RELATIONSHIP_CLASSES[r.type];
  return Object.assign(new Class(), base, extra);
}

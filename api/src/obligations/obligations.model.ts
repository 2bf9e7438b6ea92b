import type { NodeRecord, RelationshipRecord } from '../graph/records.ts';

/** What the obligations services return: plain records (obligations.map.ts shapes them). */

/** A statement and the record of the node at its other end. */
export interface EndData {
  record: RelationshipRecord;
  node: NodeRecord;
}

/** Obligations a post carries at a date, from one source: itself (body null) or one body. */
export interface ObligationGroupData {
  body: NodeRecord | null;
  /** The MEMBER_OF / CHAIRS statements that seat the post on `body`, by id. */
  via: RelationshipRecord[];
  obligations: NodeRecord[];
}

export interface PostObligationsData {
  post: NodeRecord;
  asOf: string;
  groups: ObligationGroupData[];
}

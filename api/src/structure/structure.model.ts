import type { NodeRecord, RelationshipRecord } from '../graph/records.ts';

/** What the structure services return: plain records (structure.map.ts shapes them). */

/** How many of each kind of thing an area has at a date. */
export interface AreaCountsData {
  asOf: string;
  documents: number;
  bodies: number;
  posts: number;
  organisations: number;
  persons: number;
  obligations: number;
  relationships: number;
}

/** A relationship with the records of both its ends. */
export interface LinkData {
  record: RelationshipRecord;
  from: NodeRecord;
  to: NodeRecord;
}

/** One level of a sub-group tree: the SUBGROUP_OF link into its parent, and its own sub-groups. */
export interface SubgroupTreeData {
  link: LinkData;
  depth: number;
  subgroups: SubgroupTreeData[];
}

/** One REPORTS_TO statement seen from one node. */
export interface ReportingLineData {
  direction: 'OUT' | 'IN';
  counterpart: NodeRecord;
  /** The post that presents the report, when the statement names one. */
  presenter: NodeRecord | null;
  relationship: RelationshipRecord;
}

/**
 * The shapes the explorer reads from the GraphQL API, named for the graph
 * logic. Every one is derived from the operation types that `npm run
 * codegen` generates from schema/schema.graphql (../gql, decision 0009), so
 * a change to the schema or to a query changes them too. Types only: no
 * framework, so the graph logic is tested without a browser.
 */
import type {
  ExplorerAccountabilityQuery,
  ExplorerAreaQuery,
  ExplorerAreasQuery,
  ExplorerCompareQuery,
  ExplorerDiffQuery,
  ExplorerFindingFlagsQuery,
  ExplorerFindingsQuery,
  ExplorerNeighbourhoodQuery,
  ExplorerNodeQuery,
  ExplorerDocumentTextQuery,
  ExplorerRelationshipsQuery,
  ExplorerSearchQuery,
  ExplorerPostObligationsQuery,
  EvidenceFieldsFragment,
  FindingSeverity,
} from '../gql/graphql';

type AllKeys<T> = T extends unknown ? keyof T : never;
type ValueAt<T, K extends PropertyKey> = T extends unknown
  ? K extends keyof T
    ? T[K]
    : never
  : never;
type FlatObject<T> = { [K in keyof T]: Flat<T[K]> } & {
  [K in Exclude<AllKeys<T>, keyof T>]?: Flat<ValueAt<T, K>>;
};

/**
 * A generated selection on an interface is a union with one member per
 * concrete type (`{ id } | { id; name }`). `Flat` reads it as one object:
 * the fields every member has, plus the others as optional fields. Every
 * generated value is assignable to its `Flat` type. Arrays become readonly.
 */
export type Flat<T> =
  | Exclude<T, object>
  | ([Extract<T, object>] extends [never]
      ? never
      : [Extract<T, object>] extends [readonly (infer E)[]]
        ? readonly Flat<E>[]
        : FlatObject<Extract<T, object>>);

/** Node labels the API returns today; other labels are drawn generically. */
export type KnownNodeLabel = 'Body' | 'Post' | 'Organisation' | 'Person';

/** `Area.graph`: the nodes and edges drawn on the canvas. */
export type ApiAreaGraph = Flat<NonNullable<ExplorerAreaQuery['area']>['graph']>;
export type ApiGraphNode = ApiAreaGraph['nodes'][number];
export type ApiGraphEdge = ApiAreaGraph['edges'][number];

/** An area and its documents, as the area picker and the as-of switch need them. */
export type ApiAreaSummary = Flat<ExplorerAreasQuery['areas'][number]>;
export type ApiAreaDocument = ApiAreaSummary['documents'][number];

/** A verbatim quote: `document.text.slice(start, end) === quote`. */
export type ApiEvidence = Flat<EvidenceFieldsFragment>;

export type ApiAccountability = Flat<ExplorerAccountabilityQuery['accountability']>;
export type ApiChain = ApiAccountability['chains'][number];
export type ApiHop = ApiChain['hops'][number];
/** A node named where the query asked for a name (`... on Agent { name }`). */
export type ApiNodeRef = ApiHop['from'];
export type ApiRelationshipRef = ApiHop['relationship'];

export type ApiPostObligations = Flat<NonNullable<ExplorerPostObligationsQuery['postObligations']>>;

export type Severity = FindingSeverity;
export type ApiFindingFlag = Flat<ExplorerFindingFlagsQuery['findingFlags'][number]>;
export type ApiFinding = Flat<ExplorerFindingsQuery['findings']['edges'][number]['node']>;
export type ApiFindingRule = Flat<ExplorerFindingsQuery['findingRules'][number]>;

export type ApiGovernanceDiff = Flat<ExplorerDiffQuery['diffDocuments']>;

export type ApiAreaComparison = Flat<ExplorerCompareQuery['compareAreas']>;
export type ApiCoverageCell = ApiAreaComparison['rows'][number]['cells'][number];
export type CoverageStatus = ApiCoverageCell['status'];

/** What the details panel reads of a node (`node(id)`). */
export type ApiNodeDetails = Flat<NonNullable<ExplorerNodeQuery['node']>>;
/** A relationship with every property the details panel shows. */
export type ApiRelationshipDetails = Flat<
  NonNullable<ExplorerRelationshipsQuery['node']>['relationships']['edges'][number]['node']
>;
export type ApiDocumentText = Flat<NonNullable<ExplorerDocumentTextQuery['node']>>;
/** One search hit and the node it found. */
export type ApiSearchHit = Flat<ExplorerSearchQuery['search']['edges'][number]['node']>;
/** `neighbourhood(id, hops: 1)`: the nodes and statements around one node. */
export type ApiNeighbourhood = Flat<NonNullable<ExplorerNeighbourhoodQuery['neighbourhood']>>;

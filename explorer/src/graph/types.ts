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
  ExplorerAreaDocumentsQuery,
  AreaDocumentFieldsFragment,
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

/** An area as the area picker lists it: its name, its documents' years and titles. */
export type ApiAreaSummary = Flat<ExplorerAreasQuery['areas'][number]>;
/** The shown area: its documents (the as-of switch, the URL's ?doc=, the diff) and provenance. */
export type ApiAreaDetails = Flat<NonNullable<ExplorerAreaDocumentsQuery['area']>>;
export type ApiAreaDocument = Flat<AreaDocumentFieldsFragment>;

/** A verbatim quote: `document.text.slice(start, end) === quote`. */
export type ApiEvidence = Flat<EvidenceFieldsFragment>;

/** One page of chains as sent: each quote once in `evidence`, hops naming theirs by id (decision 0028). */
export type ApiAccountabilityPage = Flat<ExplorerAccountabilityQuery['accountability']>;
type SentChain = ApiAccountabilityPage['chainPage']['chains'][number];
type SentHop = SentChain['hops'][number];
/** A hop with its relationship's quotes put back (graph/pages.ts). */
export type ApiHop = Omit<SentHop, 'evidenceIds' | 'relationship'> & {
  relationship: SentHop['relationship'] & { evidence: readonly ApiEvidence[] };
};
export type ApiChain = Omit<SentChain, 'hops'> & { hops: readonly ApiHop[] };
/** The chains loaded so far (every page asked for), each hop with its quotes. */
export type ApiAccountability = Omit<ApiAccountabilityPage, 'chainPage'> & {
  chains: readonly ApiChain[];
  /** Chains in the whole answer (more than `chains` holds until every page is loaded). */
  totalCount?: number;
};
/** A node named where the query asked for a name (`... on Agent { name }`). */
export type ApiNodeRef = ApiHop['from'];
export type ApiRelationshipRef = ApiHop['relationship'];

/** One page of a post's obligations as sent: the groups with the first page only (decision 0028). */
export type ApiPostObligationsPage = Flat<
  NonNullable<ExplorerPostObligationsQuery['postObligations']>
>;
type SentGroup = NonNullable<ApiPostObligationsPage['groups']>[number];
export type ApiObligation =
  ApiPostObligationsPage['obligationPage']['edges'][number]['node']['obligation'];
/** A group with the obligations loaded so far (`obligationCount`: how many it lists in all). */
export type ApiObligationGroup = SentGroup & { obligations: readonly ApiObligation[] };
/** What a post carries, its obligations put back under their groups (graph/pages.ts). */
export type ApiPostObligations = Omit<ApiPostObligationsPage, 'groups' | 'obligationPage'> & {
  groups: readonly ApiObligationGroup[];
  /** Every obligation of the answer (more than the groups hold until every page is loaded). */
  totalCount: number;
  /** True once every page is loaded. */
  complete: boolean;
};

export type Severity = FindingSeverity;
/** The badges as sent: each finding id once, flags naming theirs by position (decision 0028). */
export type ApiFindingFlagSet = Flat<ExplorerFindingFlagsQuery['findingFlagSet']>;
type SentFlag = ApiFindingFlagSet['flags'][number];
/** A flag with its finding ids put back (graph/pages.ts). */
export type ApiFindingFlag = Omit<SentFlag, 'findings'> & { findingIds: readonly string[] };
/** One page of findings as sent (the rules come with the first page only). */
export type ApiFindingsPage = Flat<ExplorerFindingsQuery>;
export type ApiFinding = ApiFindingsPage['findings']['edges'][number]['node'];
export type ApiFindingRule = NonNullable<ApiFindingsPage['findingRules']>[number];

/**
 * A page of a diff as sent: the first page also carries the bodies, the
 * changed relationships and the obligation counts; each quote of the page's
 * added and removed relationships once, named by `evidenceIds`.
 */
export type ApiSentDiff = Flat<ExplorerDiffQuery['diffDocuments']>;
type SentDiffRelationship = ApiSentDiff['relationships']['page']['added'][number];
/** A relationship added or removed, with its quotes put back (graph/pages.ts). */
export type ApiDiffRelationship = Omit<SentDiffRelationship, 'evidenceIds'> & {
  evidence: readonly ApiEvidence[];
};
/** A diff as the panel and the canvas read it (graph/pages.ts `diffFromPages`). */
export type ApiGovernanceDiff = {
  bodies: NonNullable<ApiSentDiff['bodies']>;
  obligations: NonNullable<ApiSentDiff['obligations']>;
  relationships: {
    addedCount: number;
    removedCount: number;
    changed: NonNullable<ApiSentDiff['relationships']['changed']>;
    unchanged: number;
    added: ApiDiffRelationship[];
    removed: ApiDiffRelationship[];
  };
  /** True once every page is loaded (until then `added` and `removed` are partial). */
  complete: boolean;
};

/** One page of comparison rows as sent: each obligation and quote once, referred to by id. */
export type ApiComparisonPage = Flat<ExplorerCompareQuery['compareAreas']>;
type SentRow = ApiComparisonPage['rowPage']['rows'][number];
type SentCell = SentRow['cells'][number];
type SentHolder = SentCell['holders'][number];
type SentObligation = ApiComparisonPage['rowPage']['obligations'][number]['obligation'];
/** A holder with its obligations and their quotes put back (graph/pages.ts). */
export type ApiCoverageHolder = Omit<SentHolder, 'obligationIds'> & {
  obligations: readonly (SentObligation & { evidence: readonly ApiEvidence[] })[];
};
export type ApiCoverageCell = Omit<SentCell, 'holders'> & {
  holders: readonly ApiCoverageHolder[];
};
/** The rows loaded so far (every page asked for), each holder with its obligations and quotes. */
export type ApiAreaComparison = Omit<ApiComparisonPage, 'rowPage'> & {
  rows: readonly (Omit<SentRow, 'cells'> & { cells: readonly ApiCoverageCell[] })[];
  /** Rows in the whole comparison. */
  totalCount?: number;
};
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

import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildGraphQLSchema } from '@accgraph/api/schema';
import { forgetCorpus } from '../../api/src/fulltext/corpus.ts';
import { signIn } from './helpers/auth.ts';
import { startCountingApp, type CountingApp } from './support/counting-store.ts';

/**
 * The catalogue statements each API operation runs on a cold request (every
 * graph cache empty), in the spirit of neo4j/graphql's TCK, which pins the
 * Cypher each operation generates. One operation per Query field of the
 * schema: a new field without a pin here fails the first test. Statements are
 * listed by catalogue name (the .cypher file's path under api/src without
 * `.cypher`) in the order they are sent; statements sent concurrently keep the order of the
 * request's own code. A change here is a change in what a request costs:
 * say why in the commit.
 */
interface Pin {
  query: string;
  variables?: Record<string, unknown>;
  reads: string[];
  /**
   * What the operation reads on a store without a write generation (Neo4j), where no graph
   * cache keeps anything (decision 0008), when that differs from `reads`.
   */
  uncachedReads?: string[];
  /** Reads the ask corpus (fulltext/corpus.ts): cold here; on a store without a write generation (Neo4j) it reads the areas' seed hashes first. */
  corpus?: true;
  /** Sent by a signed-in account of this role (its session is read first: auth/session-actor). */
  signedIn?: 'admin';
  /** The answer is this error (e.g. NOT_FOUND for an id no store holds): what the refusal costs. */
  errorCode?: string;
}

/** One read transaction of the ask corpus: two areas' graphs and their documents' stored texts. */
const CORPUS_BATCH = [
  'canonical/read-area-nodes',
  'canonical/read-area-relationships',
  'canonical/read-nodes-by-id',
  // the documents' stored texts (decision 0022), in the batch's read transaction
  'documents/read-document-texts',
];
/**
 * What building the ask corpus reads (fulltext/corpus.ts): the area list, then every area once
 * per write generation, two areas per read transaction (so the store thread never builds the
 * national set as one answer): the four bundled areas are two batches.
 */
const CORPUS_READS = ['area/list-areas', ...CORPUS_BATCH, ...CORPUS_BATCH];

const PINS: Record<string, Pin> = {
  areas: {
    query: '{ areas { id name documents { id year status } } }',
    reads: [
      'area/list-areas',
      'canonical/read-nodes-by-id',
      'area/area-documents',
      // the picker's listing is built whole once per write (area/listing.ts), provenance included
      'area/area-provenance',
      'canonical/read-nodes-by-id',
    ],
  },
  area: {
    query: `{ area(id: "wiltshire") {
      id name
      documents { id title year status }
      counts(asOf: "2015-01-01") { bodies posts obligations relationships }
      bodies(asOf: "2015-01-01", first: 10) { edges { node { id name } } }
    } }`,
    reads: [
      'canonical/read-nodes-by-id',
      'area/area-documents',
      'structure/area-agents',
      'structure/area-obligation-periods',
      'structure/area-relationship-periods',
      'canonical/read-nodes-by-id',
      'canonical/read-nodes-by-id',
    ],
  },
  node: {
    query: `{ node(id: "wiltshire/wscb") { id ... on Body { name evidence { quote } } } }`,
    reads: ['canonical/read-nodes-by-id'],
  },
  nodes: {
    query: '{ nodes(ids: ["wiltshire/wscb", "walsall/wscb", "nowhere/x"]) { id } }',
    reads: ['canonical/read-nodes-by-id'],
  },
  reportingLines: {
    query: `{ reportingLines(id: "wiltshire/wscb", asOf: "2015-01-01") {
      direction counterpart { id } relationship { id evidence { quote } }
    } }`,
    reads: [
      'canonical/read-nodes-by-id',
      'graph/relationships-from',
      'graph/relationships-to',
      'canonical/read-nodes-by-id',
    ],
  },
  search: {
    query:
      '{ search(text: "safeguarding board") { totalCount edges { node { score node { id } } } } }',
    // cold: every candidate once (graph cache `search`, filtered in memory until the next write);
    // GRAPH_CACHES=off and Neo4j still run search-names / search-obligations per request
    reads: [
      'search/search-haystack-names',
      'search/search-haystack-obligations',
      'canonical/read-nodes-by-id',
    ],
    uncachedReads: [
      'search/search-names',
      'search/search-obligations',
      'canonical/read-nodes-by-id',
    ],
  },
  accountability: {
    query: `{ accountability(id: "wiltshire/childrens-trust", direction: HOLDERS, asOf: "2015-01-01") {
      subject { id } chains { end { id } hops { kind from { id } to { id } relationship { id evidence { quote } } } }
    } }`,
    reads: ['accountability/accountability-edges', 'canonical/read-nodes-by-id'],
  },
  accountabilityPath: {
    query: `{ accountabilityPath(from: "wiltshire/wscb", to: "wiltshire/childrens-trust", asOf: "2015-01-01") {
      length hops { from { id } to { id } relationship { id } }
    } }`,
    reads: ['accountability/accountability-edges', 'canonical/read-nodes-by-id'],
  },
  escalationRoute: {
    query: `{ escalationRoute(areaId: "wiltshire", asOf: "2015-01-01") {
      route endsAt { id } steps { step from { id } to { id } relationship { id } }
    } }`,
    reads: ['accountability/accountability-edges', 'canonical/read-nodes-by-id'],
  },
  escalation: {
    // Today Wiltshire states no route: the answer also reads the area's documents
    // (and their nodes) to count the 2014 protocol's routes (the bundle read serves both dates).
    query: `{ escalation(areaId: "wiltshire") {
      asOf routes { route } elsewhere { document { id } count }
    } }`,
    reads: [
      'accountability/accountability-edges',
      'canonical/read-nodes-by-id',
      'area/area-documents',
      'canonical/read-nodes-by-id',
    ],
  },
  postObligations: {
    query: `{ postObligations(postId: "wiltshire/dcs", asOf: "2015-01-01") {
      post { id } groups { body { id } obligations { id dutyTypes { code } } }
    } }`,
    reads: [
      'canonical/read-nodes-by-id',
      'graph/relationships-from',
      'canonical/read-nodes-by-id',
      'graph/relationships-from',
      'canonical/read-nodes-by-id',
      'graph/relationships-from',
      'canonical/read-nodes-by-id',
    ],
  },
  obligationsByPostKind: {
    query: `{ obligationsByPostKind(kind: "dcs", asOf: "2015-01-01") {
      totalCount edges { node { post { id } groups { obligations { id } } } }
    } }`,
    reads: [
      'obligations/posts-by-kind',
      'canonical/read-nodes-by-id',
      'graph/relationships-from',
      'canonical/read-nodes-by-id',
      'graph/relationships-from',
      'canonical/read-nodes-by-id',
    ],
  },
  compareAreas: {
    query: `{ compareAreas(areaIds: ["wiltshire", "oxfordshire"], asOf: "2015-01-01") {
      rows { dutyType { code } cells { status holders { holder { id } obligations { id } } } }
    } }`,
    reads: ['compare/compare-obligations', 'canonical/read-nodes-by-id'],
  },
  diff: {
    query: `{ diff(areaId: "wiltshire", from: "2015-01-01", to: "2020-01-01") {
      relationships { added { id } removed { id } }
    } }`,
    reads: ['canonical/read-nodes-by-id', 'diff/area-statements', 'canonical/read-nodes-by-id'],
  },
  diffDocuments: {
    query: `{ diffDocuments(fromDocumentId: "wiltshire/2014", toDocumentId: "wiltshire/2019") {
      relationships { added { id } removed { id } }
    } }`,
    reads: ['canonical/read-nodes-by-id', 'diff/area-statements', 'canonical/read-nodes-by-id'],
  },
  exportArea: {
    query: '{ exportArea(id: "walsall") }',
    reads: [
      'canonical/read-nodes-by-id',
      'canonical/read-area-nodes',
      'canonical/read-area-relationships',
      'canonical/read-nodes-by-id',
      'documents/read-document-texts',
    ],
  },
  neighbourhood: {
    query: `{ neighbourhood(id: "wiltshire/wscb", hops: 1, asOf: "2015-01-01") {
      truncated nodes { id } edges { id }
    } }`,
    reads: [
      'canonical/read-nodes-by-id',
      'graph/relationships-from',
      'graph/relationships-to',
      'graph/relationships-from',
      'graph/relationships-to',
      'canonical/read-nodes-by-id',
    ],
  },
  findingRules: {
    query: '{ findingRules { id } }',
    reads: [],
  },
  findings: {
    query: `{ findings(area: "wiltshire", asOf: "2015-01-01", first: 5) {
      totalCount edges { node { id nodes { id } evidence { quote } } }
    } }`,
    reads: [
      'area/list-areas',
      'findings/finding-agents',
      'findings/finding-documents',
      'findings/finding-obligations',
      'findings/finding-holders',
      'findings/finding-duty-types',
      'findings/finding-statements',
      'canonical/read-nodes-by-id',
      'graph/relationships-from',
    ],
  },
  findingFlags: {
    query: '{ findingFlags(area: "wiltshire", asOf: "2015-01-01") { subjectId } }',
    reads: [
      'area/list-areas',
      'findings/finding-agents',
      'findings/finding-documents',
      'findings/finding-obligations',
      'findings/finding-holders',
      'findings/finding-duty-types',
      'findings/finding-statements',
    ],
  },
  findingFlagSet: {
    query:
      '{ findingFlagSet(area: "wiltshire", asOf: "2015-01-01") { findingIds flags { subjectId findings } } }',
    reads: [
      'area/list-areas',
      'findings/finding-agents',
      'findings/finding-documents',
      'findings/finding-obligations',
      'findings/finding-holders',
      'findings/finding-duty-types',
      'findings/finding-statements',
    ],
  },
  searchText: {
    query: '{ searchText(query: "hold to account") { hits { documentId snippet } } }',
    // The corpus (fulltext/corpus.ts): read once per write generation, here cold.
    corpus: true,
    reads: CORPUS_READS,
  },
  ask: {
    query: `{ ask(question: "Who holds the Children's Trust to account in Wiltshire?") { kind text evidence { quote } } }`,
    // The corpus (fulltext/corpus.ts): read once per write generation, here cold.
    corpus: true,
    reads: CORPUS_READS,
  },
  findingsSummary: {
    query: '{ findingsSummary(asOf: "2015-01-01") { total } }',
    reads: [
      'area/list-areas',
      'findings/finding-agents',
      'findings/finding-documents',
      'findings/finding-obligations',
      'findings/finding-holders',
      'findings/finding-duty-types',
      'findings/finding-statements',
    ],
  },
  // accounts (decision 0023): anonymous me and oidcSignIn read nothing
  me: { query: '{ me { id } }', reads: [] },
  oidcSignIn: { query: '{ oidcSignIn }', reads: [] },
  accounts: {
    query: '{ accounts { id } }',
    signedIn: 'admin',
    reads: ['auth/session-actor', 'auth/list-accounts'],
  },
  // versions and the audit trail (decision 0024)
  areaVersions: {
    query: '{ areaVersions(areaId: "wiltshire") { current } }',
    reads: [
      'canonical/read-nodes-by-id',
      'editing/latest-area-version',
      'editing/list-area-versions',
    ],
  },
  changes: {
    query: '{ changes(areaId: "wiltshire", first: 5) { totalCount } }',
    reads: ['audit/list-changes', 'audit/count-changes', 'canonical/read-nodes-by-id'],
  },
  changesExport: {
    query: '{ changesExport(areaId: "wiltshire") }',
    reads: ['audit/export-changes', 'canonical/read-nodes-by-id'],
  },
  // drafts (decision 0025): editors only; an unknown draft is NOT_FOUND
  drafts: {
    query: '{ drafts(areaId: "wiltshire") { id } }',
    signedIn: 'admin',
    reads: ['auth/session-actor', 'drafts/list-drafts'],
  },
  draft: {
    query: '{ draft(id: "no-such-draft", areaId: "wiltshire") { id } }',
    signedIn: 'admin',
    errorCode: 'NOT_FOUND',
    reads: ['auth/session-actor', 'drafts/read-draft'],
  },
  // the vocabularies edits are checked against (decision 0031): constants and the taxonomy file
  editVocabulary: { query: '{ editVocabulary { modalities dutyTypes { code } } }', reads: [] },
};

describe('statements per operation (cold request, embedded store)', () => {
  let t: CountingApp;
  beforeAll(async () => {
    t = await startCountingApp({ caches: true });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('pins every Query field of the schema', () => {
    const fields = Object.keys(buildGraphQLSchema().getQueryType()?.getFields() ?? {});
    expect(fields.length).toBeGreaterThan(15);
    expect(Object.keys(PINS).sort()).toEqual([...fields].sort());
  });

  it('reads no session for the explorer files and the probes, even when a session cookie comes along', async () => {
    const caller = await signIn(t, 'viewer');
    for (const url of ['/', '/index.html', '/no/such/page', '/healthz', '/readyz']) {
      t.counting.reset();
      const response = await t.app.inject({ method: 'GET', url, headers: caller.headers });
      expect(response.statusCode, url).toBeLessThan(500);
      expect(t.counting.reads, url).toEqual([]);
    }
  });

  it.each(Object.entries(PINS))('%s', async (field, pin) => {
    const caller = pin.signedIn ? await signIn(t, pin.signedIn) : null;
    t.counting.forgetCaches();
    if (pin.corpus) forgetCorpus(t.counting);
    t.counting.reset();
    const response = caller
      ? await caller.graphql(pin.query, pin.variables)
      : await t.graphql(pin.query, pin.variables);
    if (pin.errorCode) {
      expect(
        response.body.errors?.map((e: { extensions?: { code?: string } }) => e.extensions?.code),
      ).toEqual([pin.errorCode]);
    } else {
      expect(response.body.errors, JSON.stringify(response.body.errors)).toBeUndefined();
      expect(Object.keys(response.body.data ?? {})).toEqual([field]);
    }
    const cached = Boolean(t.counting.writeGeneration);
    const reads = !cached && pin.uncachedReads ? pin.uncachedReads : pin.reads;
    const expected = pin.corpus && !cached ? ['canonical/read-area-hashes', ...reads] : reads;
    expect(t.counting.reads.map((name) => name.replace(/^api\/src\//, ''))).toEqual(expected);
  });
});

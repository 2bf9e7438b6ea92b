/**
 * The publish operation of `npm run crash` (issue 16 point 7): the real
 * server (`api/src/main.ts`, the embedded store on its worker thread) is
 * started on the shared database file; once it serves, a client signs in as
 * an editor, uploads a bundled source document for each of two areas
 * (`POST /uploads`), drafts it (`draftArea`), accepts proposals
 * (`reviewProposal`, one mutation each) and then sends `publishDraft` for
 * each area, one after the other. The kill is timed from the moment the
 * first `publishDraft` is sent, so it lands in the publishes (or just before
 * or after them).
 *
 * Each run publishes the other of two versions of an area, so a publish that
 * did not commit is told apart from one that did:
 * - version A: every node and every relationship accepted;
 * - version B: every node accepted, no relationship (they are left out).
 * An area is whole when its stored graph is exactly the version published
 * last (committed) or the one this run tried (if its publish committed);
 * absent only while it was never published; and its draft says PUBLISHED
 * exactly when the stored area is that draft's version (the draft's status
 * and the area's graph are written in one transaction).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { AccountService } from '@accgraph/api/auth';
import { listAreas, storedContentHash } from '@accgraph/api/canonical';
import { REPO_ROOT } from '@accgraph/api/config';
import { openStore } from '@accgraph/api/store';

export type PublishVersion = 'A' | 'B';

/** The areas the publish operation writes, each drafted from one bundled source. */
export const PUBLISH_AREAS = [
  {
    areaId: 'crashpub-walsall',
    year: '2017',
    source: 'walsall-2017-inter-board-safeguarding-protocol.txt',
  },
  {
    areaId: 'crashpub-oxford',
    year: '2009',
    source: 'oxfordshire-2009-oscb-ocypt-working-arrangements.txt',
  },
] as const;

const EMAIL = 'crash-editor@crash.example';
const PASSWORD = 'crash test editor password';

/** Creates the editor account the driver signs in with (once per database file). */
export async function prepareEditor(dbPath: string): Promise<void> {
  const store = await openStore({ kind: 'embedded', path: dbPath });
  try {
    await store.ensureSchema();
    const accounts = new AccountService({ store });
    if (!(await accounts.byEmail(EMAIL))) {
      await accounts.create('operator', { email: EMAIL, password: PASSWORD, role: 'editor' });
    }
  } finally {
    await store.close();
  }
}

interface Session {
  base: string;
  headers: Record<string, string>;
}

async function graphql<T>(
  s: Session,
  query: string,
  variables: Record<string, unknown>,
): Promise<T> {
  const response = await fetch(`${s.base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...s.headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length || !body.data) {
    throw new Error(
      `${query.trim().split(/[({]/)[0]}: ${response.status} ${JSON.stringify(body.errors)}`,
    );
  }
  return body.data;
}

async function signIn(base: string): Promise<Session> {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation ($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }',
      variables: { e: EMAIL, p: PASSWORD },
    }),
  });
  if (response.status !== 200)
    throw new Error(`signIn: ${response.status} ${await response.text()}`);
  const cookies = response.headers.getSetCookie().map((c) => c.split(';')[0]!);
  const csrf = cookies.find((c) => c.startsWith('accgraph_csrf='))?.slice('accgraph_csrf='.length);
  if (!csrf) throw new Error('signIn: no CSRF cookie');
  return { base, headers: { cookie: cookies.join('; '), 'x-csrf-token': csrf } };
}

const DRAFT_AREA = `mutation ($u: ID!, $a: String!, $y: String!) {
  draftArea(uploadId: $u, areaId: $a, year: $y) {
    id revision nodes { key } relationships { key }
  }
}`;
const REVIEW = `mutation ($a: String!, $d: ID!, $k: ID!, $s: ReviewState!, $r: Int!) {
  reviewProposal(areaId: $a, draftId: $d, key: $k, state: $s, revision: $r) {
    revision problems { key }
  }
}`;
const PUBLISH = `mutation ($a: String!, $d: ID!, $r: Int!) {
  publishDraft(areaId: $a, draftId: $d, revision: $r, reason: "crash test publish") {
    nodes relationships draft { status }
  }
}`;

/** What a publish run drafted: each area's draft id (to check its status after a kill). */
export type Drafted = Map<string, string>;

/**
 * The client side of one publish run against the server at `base`
 * (http://127.0.0.1:port): drafts each publish area's version (`versions`), calls
 * `mark()` and publishes them one after the other. Fills `drafted` as it goes.
 */
export async function drivePublish(
  base: string,
  versions: ReadonlyMap<string, PublishVersion>,
  drafted: Drafted,
  mark: () => void,
): Promise<void> {
  const s = await signIn(base);
  const ready: { areaId: string; draftId: string; revision: number }[] = [];
  for (const area of PUBLISH_AREAS) {
    const form = new FormData();
    const bytes = readFileSync(path.join(REPO_ROOT, 'graph-seed/sources', area.source));
    form.append('file', new Blob([new Uint8Array(bytes)]), area.source);
    const up = await fetch(`${base}/uploads`, { method: 'POST', body: form, headers: s.headers });
    const upBody = (await up.json()) as { id?: string; message?: string };
    if (up.status !== 201 || !upBody.id) throw new Error(`upload: ${up.status} ${upBody.message}`);
    const { draftArea } = await graphql<{
      draftArea: {
        id: string;
        revision: number;
        nodes: { key: string }[];
        relationships: { key: string }[];
      };
    }>(s, DRAFT_AREA, { u: upBody.id, a: area.areaId, y: area.year });
    drafted.set(area.areaId, draftArea.id);
    let revision = draftArea.revision;
    const keys = [
      ...draftArea.nodes.map((n) => n.key),
      ...(versions.get(area.areaId) === 'A' ? draftArea.relationships.map((r) => r.key) : []),
    ];
    // accepted one at a time; a proposal that the checks find a problem in
    // (a relationship whose ends have the wrong kinds) is rejected again
    const review = async (key: string, state: 'ACCEPTED' | 'REJECTED') => {
      const { reviewProposal } = await graphql<{
        reviewProposal: { revision: number; problems: { key: string | null }[] };
      }>(s, REVIEW, { a: area.areaId, d: draftArea.id, k: key, s: state, r: revision });
      revision = reviewProposal.revision;
      return reviewProposal.problems.some((p) => p.key === key);
    };
    for (const key of keys) {
      if ((await review(key, 'ACCEPTED')) && key.startsWith('r')) await review(key, 'REJECTED');
    }
    ready.push({ areaId: area.areaId, draftId: draftArea.id, revision });
  }
  mark();
  for (const r of ready) {
    await graphql(s, PUBLISH, { a: r.areaId, d: r.draftId, r: r.revision });
  }
}

/** Each publish area as stored: its content hash (undefined: absent) and its drafts' statuses by id. */
export interface PublishState {
  hash?: string;
  /** A node with the area's id but no Area node (never right). */
  orphanNodes: number;
  draftStatus: Map<string, string>;
}

/** Opens the store (throws if it does not) and reads each publish area's state. */
export async function readPublishAreas(dbPath: string): Promise<Map<string, PublishState>> {
  const store = await openStore({ kind: 'embedded', path: dbPath });
  try {
    const present = new Set(await listAreas(store));
    const out = new Map<string, PublishState>();
    for (const { areaId } of PUBLISH_AREAS) {
      const drafts = await store.read({
        text: 'MATCH (d:ReviewDraft) WHERE d.areaId = $area RETURN d.id AS id, d.status AS status',
        name: 'crash/publish-drafts',
        params: { area: areaId },
      });
      const draftStatus = new Map(drafts.map((d) => [String(d.id), String(d.status)]));
      if (!present.has(areaId)) {
        const [row] = await store.read({
          text: 'MATCH (n:Entity) WHERE n.areaId = $area RETURN count(n) AS count',
          name: 'crash/area-node-count',
          params: { area: areaId },
        });
        out.set(areaId, { orphanNodes: Number(row?.count ?? 0), draftStatus });
        continue;
      }
      const hash = await store.readTransaction((tx) => storedContentHash(tx, areaId));
      out.set(areaId, { hash, orphanNodes: 0, draftStatus });
    }
    return out;
  } finally {
    await store.close();
  }
}

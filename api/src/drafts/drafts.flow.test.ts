import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../auth/roles.ts';
import { readGraph } from '../canonical/index.ts';
import { openStore, type Store } from '../store/index.ts';
import { storeUpload } from '../uploads/index.ts';
import { addAliases, addFact, mergeNodes, renameNode, setState } from './draft.review.ts';
import {
  createDraft,
  draftView,
  listDrafts,
  publishDraft,
  reviewDraft,
  type DraftView,
} from './drafts.service.ts';

// The whole review flow on a real embedded store with the real reader thread:
// upload a bundled source, draft it, review, publish.
const SOURCE = new URL(
  '../../../graph-seed/sources/walsall-2017-inter-board-safeguarding-protocol.txt',
  import.meta.url,
);
const EDITOR: Actor = { accountId: 'acc-1', displayName: 'Ed', role: 'editor', areaRoles: {} };
const AREA = 'testshire';

let dir: string;
let store: Store;
let draft: DraftView;

const areaNodes = async () =>
  (
    await store.read({
      text: 'MATCH (n:Entity) WHERE n.areaId = $a RETURN count(n) AS n',
      params: { a: AREA },
    })
  )[0]?.n;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'accgraph-drafts-'));
  store = await openStore({ kind: 'embedded', path: path.join(dir, 'graph.grafeo') });
  await store.ensureSchema();
  const upload = await storeUpload(store, EDITOR, {
    name: 'walsall-2017-protocol.txt',
    bytes: readFileSync(SOURCE),
  });
  draft = await createDraft(store, EDITOR, { uploadId: upload.id, areaId: AREA, year: '2017' });
}, 120_000);
afterAll(async () => {
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The draft's revision now, as a client that has just read it would send. */
const latest = async (): Promise<number> => (await draftView(store, draft.id)).revision;

const review = async (
  op: Parameters<typeof reviewDraft>[4],
  revision?: number,
): Promise<DraftView> =>
  reviewDraft(
    store,
    EDITOR,
    { draftId: draft.id, areaId: AREA, revision: revision ?? (await latest()) },
    'test',
    op,
  );

describe('a draft from an upload', () => {
  it('proposes nodes, relationships and obligations whose quotes slice the stored text', () => {
    expect(draft.body.nodes.length).toBeGreaterThan(3);
    expect(draft.body.relationships.length).toBeGreaterThan(3);
    for (const item of [
      ...draft.body.nodes,
      ...draft.body.relationships,
      ...draft.body.obligations,
    ]) {
      expect(item.state).toBe('PROPOSED');
      expect(item.proposal?.rule).toBeTruthy();
      for (const e of item.evidence) expect(draft.text.slice(e.start, e.end)).toBe(e.quote);
    }
    expect(draft.problems).toEqual([]);
  });

  it('is listed for its area', async () => {
    expect((await listDrafts(store, AREA)).map((d) => d.id)).toEqual([draft.id]);
    expect(await listDrafts(store, 'elsewhere')).toEqual([]);
  });

  it('adds a fact by offsets: the quote is the stored text there, trimmed; no heading before is refused', async () => {
    const heading = draft.body.headings[1]!;
    const start = heading.end + 2;
    const view = await review((b, text) =>
      addFact(b, text, {
        kind: 'NODE',
        start: start - 1,
        end: start + 30,
        name: 'Test Body',
        label: 'Body',
      }),
    );
    const added = view.body.nodes.at(-1)!;
    expect(added.proposal).toBeNull();
    expect(added.state).toBe('ACCEPTED');
    const e = added.evidence[0]!;
    expect(view.text.slice(e.start, e.end)).toBe(e.quote);
    expect(e.quote).toBe(e.quote.trim());
    expect(e.section).toBe(heading.section);
    await expect(
      review((b, text) => addFact(b, text, { kind: 'NODE', start: 0, end: 1, name: 'X' })),
    ).rejects.toThrow(/no section heading|blank/);
    await expect(
      review((b, text) =>
        addFact(b, text, { kind: 'NODE', start: 10, end: 10_000_000, name: 'X' }),
      ),
    ).rejects.toThrow(/outside the document text/);
    draft = view;
  });

  it('refuses a stale revision and saves nothing', async () => {
    const stale = draft.revision - 1;
    await expect(review((b) => setState(b, 'n1', 'REJECTED'), stale)).rejects.toMatchObject({
      message: expect.stringMatching(/changed since you loaded it/),
      extensions: { code: 'CONFLICT', currentVersion: draft.revision },
    });
    expect((await draftView(store, draft.id)).body.nodes[0]!.state).toBe('PROPOSED');
  });

  it('renames, aliases and merges duplicate nodes (relationships follow the kept node)', async () => {
    const [a, b] = draft.body.nodes;
    let view = await review((body) => renameNode(body, a!.key, `${a!.name} (renamed)`));
    expect(view.body.nodes[0]!.aliases).toContain(a!.name);
    view = await review((body) => addAliases(body, a!.key, ['Alias One']));
    expect(view.body.nodes[0]!.aliases).toContain('Alias One');
    view = await review((body) => mergeNodes(body, a!.key, b!.key));
    expect(view.body.nodes.find((n) => n.key === b!.key)).toBeUndefined();
    expect(view.body.nodes[0]!.aliases).toContain(b!.name);
    for (const r of view.body.relationships) {
      expect(r.from).not.toBe(b!.id);
      expect(r.to).not.toBe(b!.id);
    }
    draft = view;
  });

  it('shows a problem on the proposal whose endpoint was rejected, and refuses to publish it', async () => {
    const rel = draft.body.relationships[0]!;
    const endpoint = draft.body.nodes.find((n) => n.id === rel.from)!;
    let view = await review((b) => setState(b, endpoint.key, 'REJECTED'));
    const onRel = view.problems.filter((p) => p.key === rel.key);
    expect(onRel.length).toBeGreaterThan(0);
    expect(onRel[0]!.path).toMatch(/^\$\.relationships\[\d+\]/);
    view = await review((b) => setState(b, rel.key, 'ACCEPTED'));
    view = await review((b) => setState(b, view.body.nodes.at(-1)!.key, 'ACCEPTED'));
    await expect(
      publishDraft(store, EDITOR, {
        draftId: draft.id,
        areaId: AREA,
        reason: 'first version',
        revision: await latest(),
      }),
    ).rejects.toThrow(/problem\(s\); nothing was published/);
    expect(await areaNodes()).toBe(0);
    // put it right: the endpoint back in, the relationship stays accepted
    draft = await review((b) => setState(b, endpoint.key, 'ACCEPTED'));
  });

  it('refuses to publish a forged quote (a tampered draft) with its path, and writes nothing', async () => {
    const [row] = await store.read({
      text: 'MATCH (d:ReviewDraft {id: $id}) RETURN d.body AS body',
      params: { id: draft.id },
    });
    const original = String(row!.body);
    const body = JSON.parse(original) as DraftView['body'];
    const node = body.nodes.find((n) => n.state === 'ACCEPTED')!;
    node.evidence[0]!.quote = `${node.evidence[0]!.quote.slice(0, -3)}xyz`;
    const write = (b: string) =>
      store.write({
        text: 'MATCH (d:ReviewDraft {id: $id}) SET d.body = $body RETURN d.id AS id',
        params: { id: draft.id, body: b },
      });
    await write(JSON.stringify(body));
    await expect(
      publishDraft(store, EDITOR, {
        draftId: draft.id,
        areaId: AREA,
        reason: 'forged',
        revision: await latest(),
      }),
    ).rejects.toThrow(
      /\$\.nodes\[\d+\]\.evidence\[0\]\.quote.*nothing was published|nothing was published.*\$\.nodes/,
    );
    expect(await areaNodes()).toBe(0);
    await write(original);
  });

  it('publishes the accepted facts as the area; rejected and unreviewed ones are left out', async () => {
    const rejected = draft.body.relationships.find((r) => r.state === 'PROPOSED')!;
    draft = await review((b) => setState(b, rejected.key, 'REJECTED'));
    const out = await publishDraft(store, EDITOR, {
      draftId: draft.id,
      areaId: AREA,
      reason: 'reviewed in test',
      revision: await latest(),
    });
    expect(out.draft.status).toBe('PUBLISHED');
    expect(out.nodes).toBeGreaterThan(0);
    expect(out.leftOut).toBeGreaterThan(0);
    const graph = await store.readTransaction((tx) => readGraph(tx, { areas: [AREA] }));
    const ids = new Set(graph.nodes.map((n) => n.id));
    for (const n of draft.body.nodes.filter((x) => x.state === 'ACCEPTED'))
      expect(ids.has(n.id)).toBe(true);
    for (const n of draft.body.nodes.filter((x) => x.state !== 'ACCEPTED'))
      expect(ids.has(n.id)).toBe(false);
    await expect(review((b) => setState(b, 'n1', 'ACCEPTED'))).rejects.toThrow(/already published/);
  });
});

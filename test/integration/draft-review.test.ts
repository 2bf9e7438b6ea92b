import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, type SignedIn } from './helpers/auth.ts';
import { upload } from './helpers/uploads.ts';
import { startTestApp, type TestApp } from './support/app.ts';

// Upload -> draft -> review -> publish through the real HTTP app (sessions,
// CSRF, multipart, the reader thread, the embedded store), as the review
// screen does it.
const SOURCE = new URL(
  '../../graph-seed/sources/walsall-2017-inter-board-safeguarding-protocol.txt',
  import.meta.url,
);
const AREA = 'reviewshire';

const DRAFT_AREA = `mutation ($u: ID!, $a: String!, $y: String!) {
  draftArea(uploadId: $u, areaId: $a, year: $y) {
    id revision status
    nodes { key id name state evidence { quote start end } }
    relationships { key from to type state problems }
  }
}`;
const REVIEW = `mutation ($a: String!, $d: ID!, $k: ID!, $s: ReviewState!, $r: Int!) {
  reviewProposal(areaId: $a, draftId: $d, key: $k, state: $s, revision: $r) { revision }
}`;
const PUBLISH = `mutation ($a: String!, $d: ID!, $r: Int!) {
  publishDraft(areaId: $a, draftId: $d, revision: $r, reason: "reviewed in the integration test") {
    nodes relationships leftOut draft { status }
  }
}`;

let t: TestApp;
let editor: SignedIn;
let viewer: SignedIn;

const changes = async () =>
  Number(
    (
      await t.store.read({
        text: 'MATCH (c:Change) WHERE c.areaId = $a RETURN count(c) AS n',
        params: { a: AREA },
      })
    )[0]?.n ?? 0,
  );

beforeAll(async () => {
  t = await startTestApp({ embedded: true });
  editor = await signIn(t, 'editor');
  viewer = await signIn(t, 'viewer');
}, 60_000);
afterAll(async () => {
  await t?.close();
});

describe('adding an area through the API', () => {
  it('refuses uploads without a session (401), from a viewer (403), and over 20 MB (413)', async () => {
    const bytes = readFileSync(SOURCE);
    expect((await upload(t.url, null, bytes, 'a.txt')).status).toBe(401);
    expect((await upload(t.url, viewer, bytes, 'a.txt')).status).toBe(403);
    const big = await upload(t.url, editor, Buffer.alloc(50 * 1024 * 1024, 0x61), 'big.txt');
    expect(big.status).toBe(413);
    expect(String(big.body.message)).toMatch(/too large/i);
  }, 60_000);

  it('uploads, drafts, reviews (one change each) and publishes the area', async () => {
    const up = await upload(t.url, editor, readFileSync(SOURCE), 'walsall protocol.txt');
    expect(up.status).toBe(201);

    const refused = await viewer.graphql(DRAFT_AREA, { u: up.body.id, a: AREA, y: '2017' });
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const drafted = await editor.graphql(DRAFT_AREA, { u: up.body.id, a: AREA, y: '2017' });
    expect(drafted.body.errors).toBeUndefined();
    const draft = drafted.body.data!.draftArea as {
      id: string;
      revision: number;
      nodes: { key: string; id: string; state: string }[];
      relationships: { key: string; from: string; to: string; state: string }[];
    };
    expect(draft.nodes.length).toBeGreaterThan(2);
    expect(await changes()).toBe(1);

    let revision = draft.revision;
    const accept = async (key: string, state = 'ACCEPTED') => {
      const r = await editor.graphql(REVIEW, {
        a: AREA,
        d: draft.id,
        k: key,
        s: state,
        r: revision,
      });
      expect(r.body.errors).toBeUndefined();
      revision = (r.body.data!.reviewProposal as { revision: number }).revision;
    };
    for (const n of draft.nodes) await accept(n.key);
    const [keep, drop] = draft.relationships;
    await accept(keep!.key);
    await accept(drop!.key, 'REJECTED');
    expect(await changes()).toBe(1 + draft.nodes.length + 2);

    // a second editor working from an old revision is told, and nothing is saved
    const stale = await editor.graphql(REVIEW, {
      a: AREA,
      d: draft.id,
      k: keep!.key,
      s: 'REJECTED',
      r: draft.revision,
    });
    expect(stale.body.errors?.[0]?.message).toMatch(/changed since you loaded it/);
    expect(stale.body.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(stale.status).toBe(409);
    expect(await changes()).toBe(1 + draft.nodes.length + 2);

    const published = await editor.graphql(PUBLISH, { a: AREA, d: draft.id, r: revision });
    expect(published.body.errors).toBeUndefined();
    expect(published.body.data!.publishDraft).toMatchObject({
      nodes: draft.nodes.length,
      relationships: 1,
      draft: { status: 'PUBLISHED' },
    });
    expect(await changes()).toBe(1 + draft.nodes.length + 2 + 1);

    const areas = await t.graphql('{ areas { id documents { id } } }');
    expect(areas.body.data!.areas).toEqual(
      expect.arrayContaining([{ id: AREA, documents: [{ id: `${AREA}/2017` }] }]),
    );
  }, 120_000);
});

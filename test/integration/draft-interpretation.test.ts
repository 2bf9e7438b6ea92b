import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, type SignedIn } from './helpers/auth.ts';
import { upload } from './helpers/uploads.ts';
import { startTestApp, type TestApp } from './support/app.ts';

// Issue 13/14: a reading the reader draws beyond the words ("both bodies" resolved
// from the document's title) is proposed as an interpretation with its reason, and
// publishing it stores basis INTERPRETED with that reason; a stated proposal
// publishes STATED. Real HTTP app, real reader thread, real embedded store.
const SOURCE = new URL(
  '../../graph-seed/sources/wiltshire-2014-wscb-childrens-trust-protocol.txt',
  import.meta.url,
);
const AREA = 'interpshire';
const YEAR = '2014';

interface RelP {
  key: string;
  type: string;
  from: string;
  to: string;
  rule: string;
  interpretation: string | null;
}
interface NodeP {
  key: string;
  id: string;
  interpretation: string | null;
}
interface DraftP {
  id: string;
  revision: number;
  nodes: NodeP[];
  relationships: RelP[];
}

const DRAFT_AREA = `mutation ($u: ID!, $a: String!, $y: String!) {
  draftArea(uploadId: $u, areaId: $a, year: $y) {
    id revision
    nodes { key id interpretation }
    relationships { key type from to rule interpretation }
  }
}`;
const REVIEW = `mutation ($a: String!, $d: ID!, $k: ID!, $s: ReviewState!, $r: Int!) {
  reviewProposal(areaId: $a, draftId: $d, key: $k, state: $s, revision: $r) { revision }
}`;
const PUBLISH = `mutation ($a: String!, $d: ID!, $r: Int!) {
  publishDraft(areaId: $a, draftId: $d, revision: $r, reason: "interpretations reviewed") {
    relationships draft { status }
  }
}`;
const RELS = `query ($id: ID!) {
  node(id: $id) {
    relationships(first: 50, direction: OUT, allTime: true) {
      edges { node { type fromId toId basis interpretation } }
    }
  }
}`;

let t: TestApp;
let editor: SignedIn;
let draft: DraftP;

beforeAll(async () => {
  t = await startTestApp({ embedded: true });
  editor = await signIn(t, 'editor');
  const up = await upload(t.url, editor, readFileSync(SOURCE), 'protocol.txt');
  expect(up.status).toBe(201);
  const id = up.body.id as string;
  const drafted = await editor.graphql(DRAFT_AREA, { u: id, a: AREA, y: YEAR });
  expect(drafted.body.errors).toBeUndefined();
  draft = drafted.body.data!.draftArea as DraftP;
}, 180_000);
afterAll(async () => {
  await t?.close();
});

describe('a drafted interpretation through the API', () => {
  it('is proposed with its reason, and publishes as basis INTERPRETED with that reason', async () => {
    const interpreted = draft.relationships.find((r) =>
      /"both bodies"/.test(r.interpretation ?? ''),
    );
    expect(interpreted, 'a relationship read from "both bodies"').toBeDefined();
    // A stated proposal between other nodes, to see it stays STATED.
    const stated = draft.relationships.find(
      (r) => r.interpretation === null && !['HOLDS_POST', 'SIGNED', 'REPRESENTS'].includes(r.type),
    );
    expect(stated).toBeDefined();
    const ids = new Set([interpreted!.from, interpreted!.to, stated!.from, stated!.to]);
    const keys = [
      ...draft.nodes.filter((n) => ids.has(n.id)).map((n) => n.key),
      interpreted!.key,
      stated!.key,
    ];
    let revision = draft.revision;
    for (const k of keys) {
      const r = await editor.graphql(REVIEW, {
        a: AREA,
        d: draft.id,
        k,
        s: 'ACCEPTED',
        r: revision,
      });
      expect(r.body.errors).toBeUndefined();
      revision = (r.body.data!.reviewProposal as { revision: number }).revision;
    }
    const pub = await editor.graphql(PUBLISH, { a: AREA, d: draft.id, r: revision });
    expect(pub.body.errors).toBeUndefined();
    const relsOf = async (id: string) => {
      const out = await editor.graphql(RELS, { id });
      expect(out.body.errors).toBeUndefined();
      return (
        out.body.data!.node as {
          relationships: {
            edges: {
              node: {
                type: string;
                fromId: string;
                toId: string;
                basis: string;
                interpretation: string | null;
              };
            }[];
          };
        }
      ).relationships.edges.map((e) => e.node);
    };
    const rels = [...(await relsOf(interpreted!.from)), ...(await relsOf(stated!.from))];
    const find = (r: RelP) =>
      rels.find((x) => x.type === r.type && x.fromId === r.from && x.toId === r.to);
    expect(find(interpreted!)).toMatchObject({
      basis: 'INTERPRETED',
      interpretation: interpreted!.interpretation,
    });
    expect(find(stated!)).toMatchObject({ basis: 'STATED', interpretation: null });
  });
});

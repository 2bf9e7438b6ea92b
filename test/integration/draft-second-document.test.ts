import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedAreas } from '@accgraph/graph-seed';
import { signIn, type SignedIn } from './helpers/auth.ts';
import { upload } from './helpers/uploads.ts';
import { startTestApp, type TestApp } from './support/app.ts';
import { freshEmbeddedStore } from './support/stores.ts';

// Issue 14: a second document for an area that already has one. Wiltshire is
// loaded with its 2014 protocol only; an editor corrects it (a user edit),
// then uploads the 2019 plan, drafts it as Wiltshire 2019, reviews it (adds an
// obligation with its duty type and a document fact by selection) and
// publishes: the area gains the 2019 document and its facts as a new version;
// the 2014 document, its facts and the user's edit stay, and 2014 now ends
// where 2019 begins (decision 0004).
const AREAS = new URL('../../graph-seed/areas/', import.meta.url);
const SOURCE_2019 = new URL(
  '../../graph-seed/sources/wiltshire-2019-safeguarding-plan-svpp.txt',
  import.meta.url,
);

const DRAFT = `
  id revision text
  nodes { key id label name state problems }
  relationships { key from to type state problems }
  obligations { key id state dutyTypes modality problems }
  facts { key category kind value state evidence { quote start end } }
  problems { key path message }`;

let t: TestApp;
let editor: SignedIn;
let dir: string;
let dispose: () => Promise<void>;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'accgraph-areas-'));
  copyFileSync(new URL('wiltshire-2014.yaml', AREAS), join(dir, 'wiltshire-2014.yaml'));
  const fresh = await freshEmbeddedStore();
  dispose = fresh.dispose;
  const seeded = await seedAreas(fresh.store, { areasDir: dir });
  if (!seeded.ok) throw new Error(JSON.stringify(seeded.problems.slice(0, 3)));
  t = await startTestApp({ store: fresh.store });
  editor = await signIn(t, 'editor');
}, 120_000);
afterAll(async () => {
  await t?.app.close();
  await dispose?.();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function ok<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  const r = await editor.graphql(query, variables);
  if (r.body.errors) throw new Error(JSON.stringify(r.body.errors));
  return r.body.data as T;
}

interface DraftShape {
  id: string;
  revision: number;
  text: string;
  nodes: { key: string; id: string; state: string; problems: string[] }[];
  relationships: { key: string; from: string; to: string; state: string; problems: string[] }[];
  obligations: { key: string; id: string; dutyTypes: string[]; problems: string[] }[];
  facts: { key: string; category: string; kind: string; value: string; state: string }[];
  problems: { key: string | null; path: string; message: string }[];
}

describe('drafting a second document into an area', () => {
  it('publishes the 2019 plan beside the 2014 protocol, keeping it and the user edits', async () => {
    const before = await ok<{
      area: { documents: { id: string }[] };
      node: { aliases: string[] };
      areaVersions: { current: number };
    }>(
      `{ area(id: "wiltshire") { documents { id } }
         node(id: "wiltshire/wscb") { ... on Body { aliases } }
         areaVersions(areaId: "wiltshire") { current } }`,
      {},
    );
    expect(before.area.documents.map((d) => d.id)).toEqual(['wiltshire/2014']);
    const relsOf = async (documentId: string) =>
      Number(
        (
          await t.store.read({
            text: 'MATCH ()-[r]->() WHERE r.documentId = $d RETURN count(r) AS n',
            params: { d: documentId },
          })
        )[0]?.n ?? 0,
      );
    const rels2014 = await relsOf('wiltshire/2014');

    // a user edit of the published area, which the new document must not undo
    await ok(`mutation ($i: EditNodeInput!) { editNode(input: $i) { version } }`, {
      i: {
        areaId: 'wiltshire',
        expectedVersion: before.areaVersions.current,
        reason: 'the board is also called the Safeguarding Board',
        id: 'wiltshire/wscb',
        aliases: [...before.node.aliases, 'the Safeguarding Board'],
      },
    });

    const up = await upload(t.url, editor, readFileSync(SOURCE_2019), 'wiltshire 2019 plan.txt');
    expect(up.status).toBe(201);
    const uploadId = up.body.id as string;

    let draft = (
      await ok<{ draftArea: DraftShape }>(
        `mutation ($u: ID!) { draftArea(uploadId: $u, areaId: "wiltshire", year: "2019") { ${DRAFT} } }`,
        { u: uploadId },
      )
    ).draftArea;
    const target = () => ({ a: 'wiltshire', d: draft.id, r: draft.revision });
    const review = async (key: string, state: string) => {
      draft = (
        await ok<{ reviewProposal: DraftShape }>(
          `mutation ($a: String!, $d: ID!, $r: Int!, $k: ID!, $s: ReviewState!) {
            reviewProposal(areaId: $a, draftId: $d, revision: $r, key: $k, state: $s) { ${DRAFT} } }`,
          { ...target(), k: key, s: state },
        )
      ).reviewProposal;
    };
    // accept the nodes and the relationships between them that have no problems; reject the rest
    for (const n of draft.nodes) await review(n.key, n.problems.length ? 'REJECTED' : 'ACCEPTED');
    const accepted = new Set(draft.nodes.filter((n) => n.state === 'ACCEPTED').map((n) => n.id));
    for (const r of draft.relationships) {
      const fine = r.problems.length === 0 && accepted.has(r.from) && accepted.has(r.to);
      await review(r.key, fine ? 'ACCEPTED' : 'REJECTED');
    }
    for (const o of draft.obligations) await review(o.key, 'REJECTED');

    // an obligation and a document fact by selecting text: quotes are the text at the offsets
    const text = draft.text;
    const add = async (input: Record<string, unknown>) => {
      draft = (
        await ok<{ addDraftFact: DraftShape }>(
          `mutation ($i: AddDraftFactInput!) { addDraftFact(input: $i) { ${DRAFT} } }`,
          { i: { areaId: 'wiltshire', draftId: draft.id, revision: draft.revision, ...input } },
        )
      ).addDraftFact;
    };
    const meets = 'The SVPP will meet every 8-12 weeks';
    const at = text.indexOf(meets);
    expect(at).toBeGreaterThan(0);
    await add({
      kind: 'NODE',
      start: at + 4,
      end: at + 8,
      name: 'SVPP',
      label: 'Body',
      nodeKind: 'safeguarding-partnership',
    });
    const svpp = draft.nodes.find((n) => n.id === 'wiltshire/svpp')!;
    await add({
      kind: 'OBLIGATION',
      start: at,
      end: at + meets.length,
      holders: [svpp.id],
      modality: 'will',
      dutyTypes: ['GOVERNANCE_REVIEW'],
    });
    const year = text.indexOf('2019');
    await add({
      kind: 'DOCUMENT_FACT',
      start: year,
      end: year + 4,
      category: 'date',
      factKind: 'year',
      value: '2019',
    });
    expect(draft.facts).toEqual([
      expect.objectContaining({ category: 'date', kind: 'year', value: '2019', state: 'ACCEPTED' }),
    ]);
    const published = await editor.graphql(
      `mutation ($a: String!, $d: ID!, $r: Int!) {
        publishDraft(areaId: $a, draftId: $d, revision: $r, reason: "the 2019 plan joins the area") {
          nodes relationships obligations draft { status } } }`,
      target(),
    );
    expect(published.body.errors).toBeUndefined();

    const after = await ok<{
      area: {
        documents: { id: string; effectiveTo: string | null; supersededBy: string | null }[];
      };
      node: { aliases: string[] };
      areaVersions: { current: number };
    }>(
      `{ area(id: "wiltshire") { documents { id effectiveTo supersededBy } }
         node(id: "wiltshire/wscb") { ... on Body { aliases } }
         areaVersions(areaId: "wiltshire") { current } }`,
      {},
    );
    expect(after.area.documents.map((d) => d.id).sort()).toEqual([
      'wiltshire/2014',
      'wiltshire/2019',
    ]);
    const d2014 = after.area.documents.find((d) => d.id === 'wiltshire/2014')!;
    expect(d2014).toMatchObject({ effectiveTo: '2019', supersededBy: 'wiltshire/2019' });
    // the user's edit and every 2014 statement are kept; 2019 adds its own
    expect(after.node.aliases).toContain('the Safeguarding Board');
    expect(await relsOf('wiltshire/2014')).toBe(rels2014);
    expect(await relsOf('wiltshire/2019')).toBeGreaterThan(0);
    expect(after.areaVersions.current).toBe(before.areaVersions.current + 2);
    const ob = await ok<{ node: { modality: string; dutyTypes: { code: string }[] } | null }>(
      `{ node(id: "${draft.obligations.find((o) => o.dutyTypes.includes('GOVERNANCE_REVIEW'))!.id}") { ... on Obligation { modality dutyTypes { code } } } }`,
      {},
    );
    expect(ob.node).toMatchObject({ modality: 'will', dutyTypes: [{ code: 'GOVERNANCE_REVIEW' }] });
  }, 240_000);
});

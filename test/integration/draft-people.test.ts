import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readGraph } from '@accgraph/api/canonical';
import { draftCommand } from '@accgraph/graph-seed/reader';
import { signIn, type SignedIn } from './helpers/auth.ts';
import { upload } from './helpers/uploads.ts';
import { startTestApp, type TestApp } from './support/app.ts';

// Issue 14 with decision 0035: a draft made through the API (upload, draftArea)
// proposes the same people, posts held (HOLDS_POST) and signatures (SIGNED,
// signatureBlank) as `seed draft` on the same file; the reviewer accepts,
// corrects a name (the quote stays the document's words) and publishes them
// with their evidence checked (a forged quote is refused). Real HTTP app,
// real reader thread, real embedded store.
const SOURCES = new URL('../../graph-seed/sources/', import.meta.url);
/** Every bundled source document; the Wiltshire 2019 plan has a signature block of three. */
const FILES = readdirSync(SOURCES).filter((f) => f.endsWith('.txt'));
const SOURCE = fileURLToPath(new URL('wiltshire-2019-safeguarding-plan-svpp.txt', SOURCES));
const AREA = 'signshire';
const YEAR = '2019';
/** The facts about people decision 0035 gates on the document id. */
const KINDS = new Set(['HOLDS_POST', 'SIGNED', 'REPRESENTS']);

const EVIDENCE = 'evidence { quote section start end }';
const PROPOSAL = `key state rule confidence problems ${EVIDENCE}`;
const DRAFT_FIELDS = `id revision text
  nodes { ${PROPOSAL} id label name kind aliases }
  relationships { ${PROPOSAL} type from to properties }`;
const DRAFT_AREA = `mutation ($u: ID!, $a: String!, $y: String!) {
  draftArea(uploadId: $u, areaId: $a, year: $y) { ${DRAFT_FIELDS} }
}`;
const REVIEW = `mutation ($a: String!, $d: ID!, $k: ID!, $s: ReviewState!, $r: Int!) {
  reviewProposal(areaId: $a, draftId: $d, key: $k, state: $s, revision: $r) { revision }
}`;
const RENAME = `mutation ($a: String!, $d: ID!, $k: ID!, $n: String!, $r: Int!) {
  renameDraftNode(areaId: $a, draftId: $d, key: $k, name: $n, revision: $r) { ${DRAFT_FIELDS} }
}`;
const PUBLISH = `mutation ($a: String!, $d: ID!, $r: Int!) {
  publishDraft(areaId: $a, draftId: $d, revision: $r, reason: "people reviewed") {
    nodes relationships draft { status }
  }
}`;

interface Ev {
  quote: string;
  section: string;
  start: number;
  end: number;
}
interface NodeP {
  key: string;
  id: string;
  label: string;
  name: string;
  kind: string;
  aliases: string[];
  rule: string;
  confidence: number;
  problems: string[];
  evidence: Ev[];
}
interface RelP {
  key: string;
  type: string;
  from: string;
  to: string;
  properties: string;
  rule: string;
  confidence: number;
  problems: string[];
  evidence: Ev[];
}
interface DraftP {
  id: string;
  revision: number;
  text: string;
  nodes: NodeP[];
  relationships: RelP[];
}

interface CliArea {
  nodes: {
    id: string;
    label: string;
    name: string;
    proposed: { rule: string; confidence: number };
    evidence: Ev[];
  }[];
  relationships: {
    type: string;
    from: string;
    to: string;
    signatureBlank?: boolean;
    [property: string]: unknown;
    proposed: { rule: string; confidence: number };
    evidence: Ev[];
  }[];
}

let t: TestApp;
let editor: SignedIn;
let dir: string;
let draft: DraftP;
/** The area file `seed draft` wrote for the same file. */
let cli: CliArea;

/** `npm run seed -- draft <file> --area <area> --year <year>`, into a scratch directory. */
async function seedDraft(file: string, area: string): Promise<CliArea> {
  const out: string[] = [];
  const areaFile = join(dir, 'areas', `${area}-${YEAR}.yaml`);
  const code = await draftCommand(
    file,
    { area, year: YEAR, out: areaFile },
    { sourcesDir: join(dir, 'sources', area), areasDir: join(dir, 'areas') },
    { out: (l) => out.push(l), err: (l) => out.push(l) },
  );
  expect(code, out.join('\n')).toBe(0);
  return parse(readFileSync(areaFile, 'utf8')) as CliArea;
}

/** Upload the file over HTTP and draft it with the `draftArea` mutation, as the review screen does. */
async function apiDraft(file: string, area: string): Promise<DraftP> {
  const up = await upload(t.url, editor, readFileSync(file), 'uploaded document.txt');
  expect(up.status).toBe(201);
  const id = up.body.id as string;
  const drafted = await editor.graphql(DRAFT_AREA, { u: id, a: area, y: YEAR });
  expect(drafted.body.errors).toBeUndefined();
  return drafted.body.data!.draftArea as DraftP;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'accgraph-people-'));
  t = await startTestApp({ embedded: true });
  editor = await signIn(t, 'editor');
  cli = await seedDraft(SOURCE, AREA);
  draft = await apiDraft(SOURCE, AREA);
}, 180_000);
afterAll(async () => {
  await t?.close();
  rmSync(dir, { recursive: true, force: true });
});

const ev = (e: Ev) => ({ quote: e.quote, section: e.section, start: e.start, end: e.end });
const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
const factKey = (r: { type: string; from: string; to: string; evidence: Ev[] }) =>
  `${r.type} ${r.from} ${r.to} ${r.evidence[0]?.start ?? ''}`;

/** The people and the facts about them in both drafts, in one order, comparable. */
function peopleFacts(draft: DraftP, cli: CliArea) {
  const apiPeople = draft.nodes
    .filter((n) => n.label === 'Person')
    .map((n) => ({
      id: n.id,
      name: n.name,
      rule: n.rule,
      confidence: n.confidence,
      evidence: n.evidence.map(ev),
    }))
    .sort(byId);
  const cliPeople = cli.nodes
    .filter((n) => n.label === 'Person')
    .map((n) => ({
      id: n.id,
      name: n.name,
      rule: n.proposed.rule,
      confidence: n.proposed.confidence,
      evidence: n.evidence.map(ev),
    }))
    .sort(byId);
  const apiRels = draft.relationships
    .filter((r) => KINDS.has(r.type))
    .map((r) => ({
      type: r.type,
      from: r.from,
      to: r.to,
      props: JSON.parse(r.properties) as Record<string, unknown>,
      rule: r.rule,
      confidence: r.confidence,
      evidence: r.evidence.map(ev),
    }))
    .sort((a, b) => factKey(a).localeCompare(factKey(b)));
  const cliRels = cli.relationships
    .filter((r) => KINDS.has(r.type))
    .map((r) => ({
      type: r.type,
      from: r.from,
      to: r.to,
      // every property the area file gives the relationship (signatureBlank, date, subject, ...)
      props: Object.fromEntries(
        Object.entries(r).filter(
          ([k]) => !['type', 'from', 'to', 'proposed', 'evidence'].includes(k),
        ),
      ),
      rule: r.proposed.rule,
      confidence: r.proposed.confidence,
      evidence: r.evidence.map(ev),
    }))
    .sort((a, b) => factKey(a).localeCompare(factKey(b)));
  return { apiPeople, cliPeople, apiRels, cliRels };
}

describe('people, posts held and signatures in a draft made through the API', () => {
  it('proposes the same people, HOLDS_POST and SIGNED facts as `seed draft` on the same file', () => {
    const { apiPeople, cliPeople, apiRels, cliRels } = peopleFacts(draft, cli);
    expect(cliPeople.map((p) => p.name)).toEqual([
      'Kier Pritchard',
      'Linda Prosser',
      'Terence Herbert',
    ]);
    expect(apiPeople).toEqual(cliPeople);

    expect(cliRels.filter((r) => r.type === 'SIGNED').length).toBe(3);
    expect(cliRels.filter((r) => r.type === 'HOLDS_POST').length).toBeGreaterThanOrEqual(3);
    expect(apiRels).toEqual(cliRels);
    // every signature cell of this document is blank, and the draft says so
    for (const r of apiRels.filter((r) => r.type === 'SIGNED')) {
      expect(r.to).toBe(`${AREA}/${YEAR}`);
      expect(r.props).toEqual({ signatureBlank: true });
    }
    // a person has no kind; every quote slices the stored text
    for (const n of draft.nodes.filter((n) => n.label === 'Person')) {
      expect(n.kind).toBe('');
      expect(n.problems).toEqual([]);
    }
    for (const x of [...draft.nodes, ...draft.relationships])
      for (const e of x.evidence) expect(draft.text.slice(e.start, e.end)).toBe(e.quote);
  });

  it.each(FILES)(
    '%s: the API draft proposes the people, HOLDS_POST, SIGNED and REPRESENTS facts `seed draft` does',
    async (file) => {
      const area = `people-${FILES.indexOf(file) + 1}`;
      const path = fileURLToPath(new URL(file, SOURCES));
      const api = await apiDraft(path, area);
      const { apiPeople, cliPeople, apiRels, cliRels } = peopleFacts(
        api,
        await seedDraft(path, area),
      );
      expect(apiPeople).toEqual(cliPeople);
      expect(apiRels).toEqual(cliRels);
      // and the review finds nothing wrong with them
      const theirs = [
        ...api.nodes.filter((n) => n.label === 'Person'),
        ...api.relationships.filter((r) => KINDS.has(r.type)),
      ];
      expect(theirs.filter((x) => x.problems.length > 0)).toEqual([]);
    },
    120_000,
  );

  it('publishes accepted people, posts held and signatures with their quotes; a corrected name keeps the quote; a forged quote is refused', async () => {
    let revision = draft.revision;
    const accept = async (key: string) => {
      const r = await editor.graphql(REVIEW, {
        a: AREA,
        d: draft.id,
        k: key,
        s: 'ACCEPTED',
        r: revision,
      });
      expect(r.body.errors).toBeUndefined();
      revision = (r.body.data!.reviewProposal as { revision: number }).revision;
    };
    const rels = draft.relationships.filter((r) => KINDS.has(r.type));
    const ends = new Set(rels.flatMap((r) => [r.from, r.to]));
    const nodes = draft.nodes.filter((n) => ends.has(n.id));
    for (const n of nodes) await accept(n.key);
    for (const r of rels) await accept(r.key);

    // a name correction: the person's name changes, the quote stays the document's words
    const terence = draft.nodes.find((n) => n.name === 'Terence Herbert')!;
    const renamed = await editor.graphql(RENAME, {
      a: AREA,
      d: draft.id,
      k: terence.key,
      n: 'Terence Herbert (Corporate Director)',
      r: revision,
    });
    expect(renamed.body.errors).toBeUndefined();
    const after = renamed.body.data!.renameDraftNode as DraftP;
    revision = after.revision;
    const person = after.nodes.find((n) => n.key === terence.key)!;
    expect(person.name).toBe('Terence Herbert (Corporate Director)');
    expect(person.evidence.map(ev)).toEqual(terence.evidence.map(ev));
    expect(person.evidence[0]!.quote).toBe('Terence Herbert');
    expect(person.problems).toEqual([]);

    // A forged quote (written into the stored draft behind the API's back) is refused at publish.
    const [row] = await t.store.read({
      text: 'MATCH (d:ReviewDraft {id: $id}) RETURN d.body AS body',
      params: { id: draft.id },
    });
    const body = String(row!.body);
    const forged = JSON.parse(body) as { nodes: { key: string; evidence: Ev[] }[] };
    forged.nodes.find((n) => n.key === terence.key)!.evidence[0]!.quote = 'Terence Herbert signed';
    await t.store.write({
      text: 'MATCH (d:ReviewDraft {id: $id}) SET d.body = $body RETURN d.id AS id',
      params: { id: draft.id, body: JSON.stringify(forged) },
    });
    const refused = await editor.graphql(PUBLISH, { a: AREA, d: draft.id, r: revision });
    expect(refused.body.errors?.[0]?.message).toMatch(/nothing was published/);
    expect(refused.body.errors?.[0]?.message).toMatch(/quote/);
    const none = await t.store.readTransaction((tx) => readGraph(tx, { areas: [AREA] }));
    expect(none.nodes.filter((n) => n.labels[0] === 'Person')).toEqual([]);
    await t.store.write({
      text: 'MATCH (d:ReviewDraft {id: $id}) SET d.body = $body RETURN d.id AS id',
      params: { id: draft.id, body },
    });

    const published = await editor.graphql(PUBLISH, { a: AREA, d: draft.id, r: revision });
    expect(published.body.errors).toBeUndefined();
    const graph = await t.store.readTransaction((tx) => readGraph(tx, { areas: [AREA] }));
    const people = graph.nodes.filter((n) => n.labels[0] === 'Person');
    expect(people.map((p) => p.properties.name).sort()).toEqual([
      'Kier Pritchard',
      'Linda Prosser',
      'Terence Herbert (Corporate Director)',
    ]);
    const herbert = people.find((p) => p.id === terence.id)!;
    expect(herbert.evidence.map((e) => e.quote)).toEqual(['Terence Herbert']);
    const signed = graph.relationships.filter((r) => r.type === 'SIGNED');
    expect(signed.map((r) => r.from).sort()).toEqual(people.map((p) => p.id).sort());
    for (const r of signed) {
      expect(r.to).toBe(`${AREA}/${YEAR}`);
      expect(r.properties.signatureBlank).toBe(true);
      expect(r.evidence.length).toBeGreaterThan(0);
    }
    const holds = graph.relationships.filter((r) => r.type === 'HOLDS_POST');
    expect(holds.length).toBe(rels.filter((r) => r.type === 'HOLDS_POST').length);
    for (const r of holds) {
      expect(people.some((p) => p.id === r.from)).toBe(true);
      expect(graph.nodes.find((n) => n.id === r.to)?.labels[0]).toBe('Post');
    }
  }, 180_000);
});

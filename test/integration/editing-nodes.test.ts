import { beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from './support/app.ts';
import type { SignedIn } from './helpers/auth.ts';
import { editingFixture, type ExportedArea } from './helpers/editing.ts';

/**
 * Adding a node to a published area through the real HTTP server (issue 14
 * point 3): a body with its kind, aliases and the statutory status its
 * document states, on a passage selected by offsets (the quote is the stored
 * text at them); a post as an interpretation with its written reason; and
 * the refusals (no passage and no interpretation, a reason-less
 * interpretation, a statutory status on a post or without the passage that
 * says it, a made-up status), each changing nothing.
 */

const AREA = 'wiltshire';
const DOC = 'wiltshire/2014';
const ADD_NODE = `mutation ($input: AddNodeInput!) {
  addNode(input: $input) { version action targetId }
}`;
const STATE = `query ($id: ID!) {
  exportArea(id: $id)
  areaVersions(areaId: $id) { current }
  changes(areaId: $id, first: 200) { totalCount }
}`;

describe('adding a node to a published area (real server, real store)', () => {
  let t: TestApp;
  let editor: SignedIn;
  let text: string;

  const state = async () => {
    const r = await editor.graphql(STATE, { id: AREA });
    expect(r.body.errors).toBeUndefined();
    return r.body.data as { exportArea: string; areaVersions: { current: number } };
  };
  const at = (quote: string) => {
    const start = text.indexOf(quote);
    expect(start, `in the stored text: ${quote}`).toBeGreaterThanOrEqual(0);
    return { documentId: DOC, start, end: start + quote.length };
  };
  const refused = async (input: Record<string, unknown>, message: RegExp) => {
    const before = await state();
    const r = await editor.graphql(ADD_NODE, { input });
    expect(r.body.errors?.[0]?.extensions?.code, JSON.stringify(r.body.errors)).toBe(
      'BAD_USER_INPUT',
    );
    expect(r.body.errors?.[0]?.message).toMatch(message);
    expect(await state()).toEqual(before);
  };

  const fixture = editingFixture(DOC);
  beforeAll(() => {
    ({ t, editor, text } = fixture);
  });

  const QUOTE = 'The WSCB is a statutory body created under the Children Act 2004.';
  const common = () => ({ areaId: AREA, reason: 'Named in section 2' });

  it('adds a body with kind, aliases and the statutory status its selected passage states', async () => {
    const { current } = (await state()).areaVersions;
    const r = await editor.graphql(ADD_NODE, {
      input: {
        ...common(),
        expectedVersion: current,
        label: 'Body',
        slug: 'wscb-statutory-test',
        name: 'Statutory Test Board',
        aliases: ['STB'],
        kind: 'safeguarding-children-board',
        statutory: 'statutory',
        evidence: [at(QUOTE)],
      },
    });
    expect(r.body.errors).toBeUndefined();
    expect(r.body.data?.addNode).toEqual({
      version: current + 1,
      action: 'node.add',
      targetId: 'wiltshire/wscb-statutory-test',
    });
    const node = (JSON.parse((await state()).exportArea) as ExportedArea).nodes.find(
      (n) => n.id === 'wiltshire/wscb-statutory-test',
    )!;
    expect(node.properties).toMatchObject({
      name: 'Statutory Test Board',
      aliases: ['STB'],
      kind: 'safeguarding-children-board',
      statutory: 'statutory',
    });
    expect(node.properties.basis).toBeUndefined();
    expect(node.evidence).toHaveLength(1);
    expect(node.evidence[0]!.quote).toBe(QUOTE);
    expect(text.slice(node.evidence[0]!.start, node.evidence[0]!.end)).toBe(QUOTE);
    // The API reads it back as a body with its status.
    const read = await t.graphql(
      `{ node(id: "wiltshire/wscb-statutory-test") { ... on Body { statutory basis } } }`,
    );
    expect(read.body.data?.node).toEqual({ statutory: 'statutory', basis: 'STATED' });
  });

  it('draws the added body on the area canvas even though no relationship ties it yet', async () => {
    // the canvas asks for the area's graph as of today (the default) and for every period
    for (const args of ['', '(allTime: true)']) {
      const r = await t.graphql(`{ area(id: "${AREA}") { graph${args} { nodes { id name } } } }`);
      expect(r.body.errors).toBeUndefined();
      const nodes = (r.body.data as { area: { graph: { nodes: { id: string; name: string }[] } } })
        .area.graph.nodes;
      expect(nodes, `graph${args}`).toContainEqual({
        id: 'wiltshire/wscb-statutory-test',
        name: 'Statutory Test Board',
      });
    }
  });

  it('adds a post as an interpretation with its written reason, citing no passage', async () => {
    const { current } = (await state()).areaVersions;
    const r = await editor.graphql(ADD_NODE, {
      input: {
        ...common(),
        expectedVersion: current,
        label: 'Post',
        slug: 'trust-vice-chair',
        name: 'Vice-Chair of the Children’s Trust',
        kind: 'chair',
        basis: 'INTERPRETED',
        interpretation:
          'The protocol names "a representative" of the Chair; we read it as a vice-chair.',
      },
    });
    expect(r.body.errors).toBeUndefined();
    const read = await t.graphql(
      `{ node(id: "wiltshire/trust-vice-chair") { name basis interpretation evidence { quote } } }`,
    );
    expect(read.body.data?.node).toEqual({
      name: 'Vice-Chair of the Children’s Trust',
      basis: 'INTERPRETED',
      interpretation:
        'The protocol names "a representative" of the Chair; we read it as a vice-chair.',
      evidence: [],
    });
  });

  it('refuses, changing nothing: no passage, a reading without its reason, a status the text does not give', async () => {
    const { current } = (await state()).areaVersions;
    const base = {
      ...common(),
      expectedVersion: current,
      label: 'Body',
      slug: 'refused-panel',
      name: 'Refused Panel',
    };
    await refused(base, /input\.evidence: select at least one passage/);
    await refused({ ...base, basis: 'INTERPRETED' }, /written reason/);
    await refused(
      { ...base, basis: 'INTERPRETED', interpretation: 'Our reading', statutory: 'statutory' },
      /input\.statutory: "statutory" is what the document states; select the passage/,
    );
    await refused(
      { ...base, statutory: 'sort-of', evidence: [at(QUOTE)] },
      /input\.statutory: "sort-of" is not a statutory status; allowed: statutory, non-statutory, not-stated/,
    );
    await refused(
      { ...base, label: 'Post', statutory: 'statutory', evidence: [at(QUOTE)] },
      /input\.statutory: a Post has no statutory status/,
    );
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from './support/app.ts';
import { signIn, type SignedIn } from './helpers/auth.ts';
import { editingFixture, type ExportedArea } from './helpers/editing.ts';

/**
 * Editing a published area through the real HTTP server (issue 14 points 2, 3
 * and 6; decision 0024): evidence selected by offsets from the stored text,
 * optimistic concurrency, versions and restore, and every refusal leaving the
 * store exactly as it was.
 */

const AREA = 'wiltshire';
const DOC = 'wiltshire/2014';

const STATE = `query ($id: ID!) {
  exportArea(id: $id)
  areaVersions(areaId: $id) { current versions { version provenance reason actorName } }
  changes(areaId: $id, first: 200) { totalCount }
}`;

const EDIT_NODE = `mutation ($input: EditNodeInput!) {
  editNode(input: $input) { areaId version action targetId }
}`;
const ADD_RELATIONSHIP = `mutation ($input: AddRelationshipInput!) {
  addRelationship(input: $input) { version action targetId }
}`;
const CORRECT_RELATIONSHIP = `mutation ($input: CorrectRelationshipInput!) {
  correctRelationship(input: $input) { version action targetId }
}`;
const RESTORE = `mutation ($areaId: ID!, $version: Int!, $reason: String!, $expectedVersion: Int) {
  restoreAreaVersion(areaId: $areaId, version: $version, reason: $reason, expectedVersion: $expectedVersion) { version action }
}`;
const CHANGES = `query ($id: ID!, $first: Int, $after: String) {
  changes(areaId: $id, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { seq action targetId accountId actorName reason before after at } }
  }
}`;

interface State {
  exportArea: string;
  areaVersions: { current: number; versions: { version: number }[] };
  changes: { totalCount: number };
}

type Graph = ExportedArea;

describe('editing a published area (real server, real store)', () => {
  let t: TestApp;
  let editor: SignedIn;
  let text: string;

  const state = async (): Promise<State> => {
    const r = await editor.graphql(STATE, { id: AREA });
    expect(r.body.errors).toBeUndefined();
    return r.body.data as unknown as State;
  };
  const graph = async (): Promise<Graph> => JSON.parse((await state()).exportArea) as Graph;
  const at = (quote: string) => {
    const start = text.indexOf(quote);
    expect(start, `quote in the stored text: ${quote}`).toBeGreaterThanOrEqual(0);
    return { documentId: DOC, start, end: start + quote.length };
  };
  /** Runs a mutation that must be refused with `code`, and checks the store did not move. */
  const refused = async (
    query: string,
    variables: Record<string, unknown>,
    code: string,
    message?: RegExp,
  ) => {
    const before = await state();
    const r = await editor.graphql(query, variables);
    expect(r.body.errors?.[0]?.extensions?.code, JSON.stringify(r.body.errors)).toBe(code);
    if (message) expect(r.body.errors?.[0]?.message).toMatch(message);
    expect(await state()).toEqual(before);
    return r;
  };

  const fixture = editingFixture(DOC);
  beforeAll(() => {
    ({ t, editor, text } = fixture);
  });

  it('a loaded area is version 1 with no kept versions and an empty log', async () => {
    const s = await state();
    expect(s.areaVersions).toEqual({ current: 1, versions: [] });
    expect(s.changes.totalCount).toBe(0);
  });

  it('renames a node: version 2, the loaded state kept as version 1, one change with who/what/why', async () => {
    const r = await editor.graphql(EDIT_NODE, {
      input: {
        areaId: AREA,
        expectedVersion: 1,
        reason: 'The document calls it the Board throughout.',
        id: 'wiltshire/wscb',
        name: 'Wiltshire Safeguarding Children Board',
        aliases: ['WSCB', 'the Board'],
      },
    });
    expect(r.body.errors).toBeUndefined();
    expect(r.status).toBe(200);
    expect(r.body.data?.editNode).toEqual({
      areaId: AREA,
      version: 2,
      action: 'node.edit',
      targetId: 'wiltshire/wscb',
    });
    const s = await state();
    expect(s.areaVersions.current).toBe(2);
    expect(s.areaVersions.versions.map((v) => v.version)).toEqual([2, 1]);
    const node = (await graph()).nodes.find((n) => n.id === 'wiltshire/wscb')!;
    expect(node.properties.aliases).toEqual(['WSCB', 'the Board']);
    const log = await editor.graphql(CHANGES, { id: AREA, first: 10 });
    const entries = (
      log.body.data as {
        changes: { edges: { node: Record<string, string | number | null> }[] };
      }
    ).changes.edges.map((e) => e.node);
    expect(entries).toHaveLength(1);
    const [entry] = entries;
    expect(entry).toMatchObject({
      seq: 1,
      action: 'node.edit',
      targetId: 'wiltshire/wscb',
      accountId: editor.accountId,
      reason: 'The document calls it the Board throughout.',
    });
    expect(JSON.parse(String(entry!.before)).properties.aliases).not.toEqual(['WSCB', 'the Board']);
    expect(JSON.parse(String(entry!.after)).properties.aliases).toEqual(['WSCB', 'the Board']);
    expect(Number.isNaN(Date.parse(String(entry!.at)))).toBe(false);
  });

  it('a stale expectedVersion answers CONFLICT (409) and changes nothing', async () => {
    const r = await refused(
      EDIT_NODE,
      {
        input: {
          areaId: AREA,
          expectedVersion: 1,
          reason: 'a second editor, late',
          id: 'wiltshire/wscb',
          name: 'Something else',
        },
      },
      'CONFLICT',
      /version 2, not 1/,
    );
    expect(r.status).toBe(409);
    expect(r.body.errors?.[0]?.extensions?.currentVersion).toBe(2);
  });

  it('adds a relationship whose quote and section the server takes from the stored text', async () => {
    const quote =
      'The Lead Member will provide the political leadership needed for the effective coordination of work';
    const r = await editor.graphql(ADD_RELATIONSHIP, {
      input: {
        areaId: AREA,
        expectedVersion: 2,
        reason: 'Stated in section 5.',
        documentId: DOC,
        type: 'SUPPORTS',
        from: 'wiltshire/lead-member',
        to: 'wiltshire/wscb',
        properties: JSON.stringify({ subject: 'political leadership' }),
        evidence: [at(quote)],
      },
    });
    expect(r.body.errors).toBeUndefined();
    const id = 'wiltshire/2014:SUPPORTS:wiltshire/lead-member->wiltshire/wscb';
    expect(r.body.data?.addRelationship).toEqual({
      version: 3,
      action: 'relationship.add',
      targetId: id,
    });
    const rel = (await graph()).relationships.find((x) => x.id === id)!;
    expect(rel.evidence).toHaveLength(1);
    expect(rel.evidence[0]!.quote).toBe(quote);
    expect(text.slice(rel.evidence[0]!.start, rel.evidence[0]!.end)).toBe(quote);
    expect(rel.evidence[0]!.section).toMatch(/^5\. Role of the Director of Children's Services/);
    expect(rel.properties).toMatchObject({
      areaId: AREA,
      documentId: DOC,
      subject: 'political leadership',
    });
  });

  it('refuses, changing nothing: a duplicate, unknown ids, offsets past the text, blank reason, a reading without its reason', async () => {
    const base = {
      areaId: AREA,
      expectedVersion: 3,
      reason: 'again',
      documentId: DOC,
      type: 'SUPPORTS',
      from: 'wiltshire/lead-member',
      to: 'wiltshire/wscb',
      evidence: [at('The Lead Member will provide the political leadership')],
    };
    await refused(ADD_RELATIONSHIP, { input: base }, 'BAD_USER_INPUT', /already exists/);
    await refused(
      ADD_RELATIONSHIP,
      { input: { ...base, key: 'x', to: 'wiltshire/nobody' } },
      'NOT_FOUND',
      /wiltshire\/nobody/,
    );
    await refused(
      ADD_RELATIONSHIP,
      {
        input: {
          ...base,
          key: 'x',
          evidence: [{ documentId: DOC, start: text.length - 2, end: text.length + 40 }],
        },
      },
      'BAD_USER_INPUT',
      /outside the text/,
    );
    await refused(
      ADD_RELATIONSHIP,
      {
        input: {
          ...base,
          key: 'x',
          evidence: [{ documentId: 'walsall/2017', start: 0, end: 10 }],
        },
      },
      'BAD_USER_INPUT',
      /not a document of area "wiltshire"/,
    );
    await refused(
      ADD_RELATIONSHIP,
      { input: { ...base, key: 'x', reason: '  ' } },
      'BAD_USER_INPUT',
      /say why/,
    );
    await refused(
      ADD_RELATIONSHIP,
      { input: { ...base, key: 'x', evidence: [], basis: 'INTERPRETED' } },
      'BAD_USER_INPUT',
      /written reason/,
    );
    await refused(
      CORRECT_RELATIONSHIP,
      {
        input: {
          areaId: AREA,
          expectedVersion: 3,
          reason: 'r',
          id: 'wiltshire/2014:SUPPORTS:a->b',
          basis: 'STATED',
        },
      },
      'NOT_FOUND',
    );
    await refused(
      EDIT_NODE,
      { input: { areaId: 'nowhere', expectedVersion: 1, reason: 'r', id: 'nowhere/x', name: 'X' } },
      'NOT_FOUND',
      /area "nowhere"/,
    );
  });

  it('marks a relationship INTERPRETED with its written reason (no quote needed)', async () => {
    const id = 'wiltshire/2014:SUPPORTS:wiltshire/lead-member->wiltshire/wscb';
    const r = await editor.graphql(CORRECT_RELATIONSHIP, {
      input: {
        areaId: AREA,
        expectedVersion: 3,
        reason: 'Reading, not words',
        id,
        evidence: [],
        basis: 'INTERPRETED',
        interpretation: 'Leadership of coordination is read as support of the Board.',
      },
    });
    expect(r.body.errors).toBeUndefined();
    const rel = (await graph()).relationships.find((x) => x.id === id)!;
    expect(rel.properties).toMatchObject({
      basis: 'INTERPRETED',
      interpretation: 'Leadership of coordination is read as support of the Board.',
    });
    expect(rel.evidence).toEqual([]);
  });

  it('restores version 1: a new version equal to the loaded area, recorded as a restore', async () => {
    const before = await state();
    const v1 = await editor.graphql(`{ areaVersions(areaId: "${AREA}") { versions { version } } }`);
    expect(v1.body.errors).toBeUndefined();
    const r = await editor.graphql(RESTORE, {
      areaId: AREA,
      version: 1,
      reason: 'Back to the bundled reading',
      expectedVersion: 4,
    });
    expect(r.body.errors).toBeUndefined();
    expect(r.body.data?.restoreAreaVersion).toEqual({ version: 5, action: 'area.restore' });
    const after = await state();
    expect(after.changes.totalCount).toBe(before.changes.totalCount + 1);
    const g = JSON.parse(after.exportArea) as Graph;
    expect(g.relationships.some((x) => x.id.includes('SUPPORTS:wiltshire/lead-member'))).toBe(
      false,
    );
    expect(g.nodes.find((n) => n.id === 'wiltshire/wscb')!.properties.aliases).not.toEqual([
      'WSCB',
      'the Board',
    ]);
    await refused(
      RESTORE,
      { areaId: AREA, version: 99, reason: 'r', expectedVersion: 5 },
      'BAD_USER_INPUT',
      /no kept version 99/,
    );
  });

  it('pages the log newest first and exports it as JSON Lines', async () => {
    const first = await editor.graphql(CHANGES, { id: AREA, first: 2 });
    const page = (
      first.body.data as {
        changes: {
          totalCount: number;
          pageInfo: { hasNextPage: boolean; endCursor: string };
          edges: { node: { seq: number } }[];
        };
      }
    ).changes;
    expect(page.totalCount).toBe(4);
    expect(page.edges.map((e) => e.node.seq)).toEqual([4, 3]);
    expect(page.pageInfo.hasNextPage).toBe(true);
    const second = await editor.graphql(CHANGES, {
      id: AREA,
      first: 2,
      after: page.pageInfo.endCursor,
    });
    expect(
      (second.body.data as { changes: { edges: { node: { seq: number } }[] } }).changes.edges.map(
        (e) => e.node.seq,
      ),
    ).toEqual([2, 1]);
    const exported = await editor.graphql(`{ changesExport(areaId: "${AREA}") }`);
    const lines = String((exported.body.data as { changesExport: string }).changesExport)
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as { seq: number; action: string });
    expect(lines.map((l) => [l.seq, l.action])).toEqual([
      [1, 'node.edit'],
      [2, 'relationship.add'],
      [3, 'relationship.correct'],
      [4, 'area.restore'],
    ]);
  });

  it('a viewer may read the log but not edit (FORBIDDEN, nothing written)', async () => {
    const viewer = await signIn(t, 'viewer');
    const before = await state();
    const r = await viewer.graphql(EDIT_NODE, {
      input: { areaId: AREA, expectedVersion: 5, reason: 'r', id: 'wiltshire/wscb', name: 'X' },
    });
    expect(r.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await state()).toEqual(before);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CanonicalGraph, serialiseGraph } from '@accgraph/schema';
import { readGraph } from '@accgraph/api/canonical';
import {
  listAreaVersions,
  publishAreaVersion,
  readAreaVersion,
  VERSIONS_KEPT,
  versionsToKeep,
} from '../../api/src/editing/versions.ts';
import { startSeededApp } from './support/seeded.ts';
import type { TestApp } from './support/app.ts';

/**
 * publishAreaVersion (BRIEF contract 3, decision 0024), what the review
 * helper's publish calls: evidence checked against the stored texts before
 * anything is written, the previous state kept, one change recorded.
 */

const actor = { accountId: 'acct-test', displayName: 'Test Editor' };
const AREA = 'walsall';

describe('publishAreaVersion', () => {
  let t: TestApp;
  const read = () => t.store.readTransaction((tx) => readGraph(tx, { areas: [AREA] }));
  const log = async () => {
    const r = await t.graphql(`{ changes(areaId: "${AREA}") { totalCount } }`);
    return (r.body.data as { changes: { totalCount: number } }).changes.totalCount;
  };
  const versions = () => t.store.readTransaction((tx) => listAreaVersions(tx, AREA));

  beforeAll(async () => {
    t = await startSeededApp({ embedded: true });
  }, 120_000);
  afterAll(async () => {
    await t?.close();
  });

  it('refuses a forged quote with its JSON path and what the text says; nothing is written', async () => {
    const graph = await read();
    const at = graph.relationships.findIndex((r) => r.evidence.length > 0);
    const forged: CanonicalGraph = structuredClone(graph);
    forged.relationships[at]!.evidence[0]!.quote = 'The board shall do whatever it likes';
    const before = { graph: JSON.stringify(graph), log: await log(), versions: await versions() };
    const error = await t.store
      .writeTransaction((tx) =>
        publishAreaVersion(tx, {
          areaId: AREA,
          graph: forged,
          actor,
          reason: 'forged',
          provenance: 'edited',
        }),
      )
      .then(
        () => null,
        (e: unknown) => e as { extensions: { code: string; problems: { path: string }[] } },
      );
    expect(error?.extensions.code).toBe('BAD_USER_INPUT');
    expect(error?.extensions.problems.map((p) => p.path)).toEqual([
      `$.relationships[${at}].evidence[0].quote`,
    ]);
    expect(JSON.stringify(await read())).toBe(before.graph);
    expect(await log()).toBe(before.log);
    expect(await versions()).toEqual(before.versions);
  });

  it('refuses a graph of another area, or of two', async () => {
    const graph = await read();
    await expect(
      t.store.writeTransaction((tx) =>
        publishAreaVersion(tx, {
          areaId: 'wiltshire',
          graph,
          actor,
          reason: 'wrong area',
          provenance: 'edited',
        }),
      ),
    ).rejects.toThrow(/a version is of one area, "wiltshire"/);
  });

  it('publishes: keeps the loaded state as version 1, writes version 2, records one change', async () => {
    const graph = await read();
    const next = structuredClone(graph);
    const doc = next.nodes.find((n) => n.labels[0] === 'Document')!;
    doc.properties.title = `${String(doc.properties.title)} (reviewed)`;
    const made = await t.store.writeTransaction((tx) =>
      publishAreaVersion(tx, {
        areaId: AREA,
        graph: next,
        actor,
        reason: 'reviewed',
        provenance: 'edited',
      }),
    );
    expect(made.version).toBe(2);
    expect((await versions()).map((v) => [v.version, v.provenance, v.actorName])).toEqual([
      [2, 'edited', 'Test Editor'],
      [1, 'bundled', null],
    ]);
    expect(await log()).toBe(1);
    const kept = await t.store.readTransaction((tx) => readAreaVersion(tx, AREA, 1));
    expect(kept && serialiseGraph(kept) === serialiseGraph(graph)).toBe(true);
    const now = await read();
    expect(now.nodes.find((n) => n.id === doc.id)!.properties.title).toMatch(/\(reviewed\)$/);
    const area = await t.graphql(
      `{ changes(areaId: "${AREA}", first: 1) { edges { node { action after } } } }`,
    );
    const entry = (
      area.body.data as { changes: { edges: { node: { action: string; after: string } }[] } }
    ).changes.edges[0]!.node;
    expect(entry.action).toBe('area.publish');
    expect(JSON.parse(entry.after)).toMatchObject({ version: 2 });
  });

  it('a stale expectedVersion is a CONFLICT and writes nothing', async () => {
    const graph = await read();
    await expect(
      t.store.writeTransaction((tx) =>
        publishAreaVersion(tx, {
          areaId: AREA,
          graph,
          actor,
          reason: 'late',
          provenance: 'edited',
          expectedVersion: 1,
        }),
      ),
    ).rejects.toMatchObject({ extensions: { code: 'CONFLICT', currentVersion: 2 } });
    expect((await versions()).length).toBe(2);
    expect(await log()).toBe(1);
  });

  it('keeps a bounded number of versions: the newest, the first and the last published; the log keeps every change', async () => {
    const edits = VERSIONS_KEPT + 3;
    for (let i = 1; i <= edits; i++) {
      const next = await read();
      const doc = next.nodes.find((n) => n.labels[0] === 'Document')!;
      doc.properties.title = `${String(doc.properties.title).replace(/ \(edit \d+\)$/, '')} (edit ${i})`;
      await t.store.writeTransaction((tx) =>
        publishAreaVersion(tx, {
          areaId: AREA,
          graph: next,
          actor,
          reason: `edit ${i}`,
          provenance: 'edited',
          change: { action: 'document.edit', target: doc.id, before: null, after: { i } },
        }),
      );
    }
    const newest = 2 + edits;
    const kept = (await versions()).map((v) => v.version);
    // versions 3, 4 and 5 are dropped; 1 (as first stored) and 2 (the publish) stay
    expect(kept).toEqual([...Array.from({ length: VERSIONS_KEPT }, (_, i) => newest - i), 2, 1]);
    // what the history panel lists is exactly what can be restored
    const panel = await t.graphql(
      `{ areaVersions(areaId: "${AREA}") { current versions { version } } }`,
    );
    const listed = panel.body.data as {
      areaVersions: { current: number; versions: { version: number }[] };
    };
    expect(listed.areaVersions.current).toBe(newest);
    expect(listed.areaVersions.versions.map((v) => v.version)).toEqual(kept);
    for (const v of kept) {
      expect(await t.store.readTransaction((tx) => readAreaVersion(tx, AREA, v))).not.toBeNull();
    }
    expect(await t.store.readTransaction((tx) => readAreaVersion(tx, AREA, 3))).toBeNull();
    expect(await log()).toBe(1 + edits);
  }, 240_000);

  it('the retention rule keeps a version made before actions were recorded as a publish', () => {
    const v = (version: number, action: string | null) => ({ version, action });
    expect(
      versionsToKeep(
        [v(1, 'area.load'), v(2, null), v(3, 'node.add'), v(4, 'node.add'), v(5, 'node.add')],
        2,
      ),
    ).toEqual([1, 2, 4, 5]);
    expect(
      versionsToKeep([v(1, 'area.load'), v(2, 'area.publish'), v(3, 'area.publish'), v(4, 'x')], 1),
    ).toEqual([1, 3, 4]);
    expect(versionsToKeep([], 2)).toEqual([]);
  });
});

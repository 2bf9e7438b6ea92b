import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  CORPUS_AREAS_PER_READ,
  corpusAreaBuilds,
  corpusBuilds,
  forgetCorpus,
  warmCorpus,
} from '../../api/src/fulltext/corpus.ts';
import { ASK_QUERY, type AskAnswer } from '../ask/questions.ts';
import type { TestApp } from './support/app.ts';
import { dataOf, startSeededApp } from './support/seeded.ts';

/**
 * The ask corpus and its indexes are built ahead of the first question (the
 * server warms them after startup and after each write, api/src/main.ts): a
 * question then never starts a build, and questions arriving during a build
 * wait for that one build. Real HTTP server, embedded store, bundled areas.
 */
describe('ask: the index is built before the first question', () => {
  let t: TestApp;
  const ask = async (question: string) => {
    const response = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: ASK_QUERY, variables: { question } }),
    });
    return dataOf<{ ask: AskAnswer }>({
      status: response.status,
      body: (await response.json()) as { data?: unknown; errors?: unknown[] },
    }).ask;
  };

  beforeAll(async () => {
    t = await startSeededApp({ embedded: true });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('answers the first question after the startup warm-up without building again', async () => {
    const before = corpusBuilds(t.store);
    expect(await warmCorpus(t.store)).toBe(4);
    expect(corpusBuilds(t.store)).toBe(before + 1);
    const answer = await ask("Who holds the Children's Trust to account in Wiltshire?");
    expect(answer.kind).toBe('ANSWER');
    expect(answer.text).toContain('Wiltshire Safeguarding Children Board');
    expect(corpusBuilds(t.store)).toBe(before + 1);
  });

  it('after a write, the warm-up and the questions arriving during it share one build that shows the write', async () => {
    await t.store.writeTransaction((tx) =>
      tx.run({
        text: "MATCH (n {id: 'wiltshire/childrens-trust'}) SET n.aliases = coalesce(n.aliases, []) + ['Zephyr Partnership']",
        name: 'test/add-alias',
      }),
    );
    const before = corpusBuilds(t.store);
    const [areas, answer, again] = await Promise.all([
      warmCorpus(t.store),
      ask('Who holds the Zephyr Partnership to account?'),
      ask('Who holds the Zephyr Partnership to account?'),
    ]);
    expect(areas).toBe(4);
    expect(corpusBuilds(t.store)).toBe(before + 1);
    for (const a of [answer, again]) {
      expect(a.kind).toBe('ANSWER');
      expect(a.interpretation.linked.map((l) => l.id)).toContain('wiltshire/childrens-trust');
    }
  });

  it('a write that names its area rebuilds only that area; the other areas answer as before', async () => {
    const walsall = 'What does the DCS carry in Walsall?';
    await warmCorpus(t.store);
    const walsallBefore = await ask(walsall);
    const areasBefore = corpusAreaBuilds(t.store);
    await t.store.writeTransaction(
      (tx) =>
        tx.run({
          text: "MATCH (n {id: 'wiltshire/childrens-trust'}) SET n.aliases = coalesce(n.aliases, []) + ['Quillon Partnership']",
          name: 'test/add-alias',
        }),
      { areas: ['wiltshire'] },
    );
    const answer = await ask('Who holds the Quillon Partnership to account?');
    expect(answer.kind).toBe('ANSWER');
    expect(answer.interpretation.linked.map((l) => l.id)).toContain('wiltshire/childrens-trust');
    // one area read and indexed again, not four
    expect(corpusAreaBuilds(t.store) - areasBefore).toBe(1);
    expect(await ask(walsall)).toEqual(walsallBefore);

    // a write that does not say which area it changes rebuilds every area
    const again = corpusAreaBuilds(t.store);
    await t.store.writeTransaction((tx) =>
      tx.run({
        text: "MATCH (n {id: 'walsall/wscb'}) SET n.aliases = coalesce(n.aliases, []) + ['Ostrava Board']",
        name: 'test/add-alias',
      }),
    );
    expect(await warmCorpus(t.store)).toBe(4);
    expect(corpusAreaBuilds(t.store) - again).toBe(4);
    const ostrava = await ask('Who holds the Ostrava Board to account?');
    expect(ostrava.interpretation.linked.map((l) => l.id)).toContain('walsall/wscb');
  });

  it('reads a few areas per read transaction, not every area in one (bounded memory, issue 16)', async () => {
    forgetCorpus(t.store);
    const spy = vi.spyOn(t.store, 'readTransaction');
    try {
      expect(await warmCorpus(t.store)).toBe(4);
      const reads = spy.mock.calls
        .map(([, options]) => options?.metadata)
        .filter((m) => m?.action === 'corpus')
        .map((m) => String(m?.areas).split(','));
      expect(CORPUS_AREAS_PER_READ).toBeLessThan(4);
      expect(reads.flat().sort()).toEqual(['oxfordshire', 'peterborough', 'walsall', 'wiltshire']);
      for (const areas of reads) expect(areas.length).toBeLessThanOrEqual(CORPUS_AREAS_PER_READ);
    } finally {
      spy.mockRestore();
    }
  });
});

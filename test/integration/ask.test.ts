import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, validate } from 'graphql';
import { REPO_ROOT } from '@accgraph/api/config';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildGraphQLSchema } from '@accgraph/api/schema';
import { ASK_QUERY, judge, loadQuestions, score, type AskAnswer } from '../ask/questions.ts';
import type { TestApp } from './support/app.ts';
import { dataOf, startSeededApp } from './support/seeded.ts';

/**
 * `ask` and `searchText` over the real HTTP server (a loopback socket) and
 * the five bundled documents: the whole question set of test/ask/questions.yaml,
 * what every answer promises (quotes at their offsets, a runnable operation),
 * and full-text search finding the documents' own words.
 */
describe('ask: plain-words questions answered with their quotes', () => {
  let t: TestApp;
  const texts = new Map<string, string>();
  const post = async (query: string, variables?: Record<string, unknown>) => {
    const response = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    return {
      status: response.status,
      body: (await response.json()) as {
        data?: Record<string, unknown>;
        errors?: { message: string; extensions?: { code?: string } }[];
      },
    };
  };
  const ask = async (question: string, extra: Record<string, unknown> = {}) =>
    dataOf<{ ask: AskAnswer }>(
      await post(
        ASK_QUERY.replace(
          'ask(question: $question)',
          `ask(question: $question${Object.keys(extra)
            .map((k) => `, ${k}: ${JSON.stringify(extra[k])}`)
            .join('')})`,
        ),
        { question },
      ),
    ).ask;

  beforeAll(async () => {
    t = await startSeededApp();
    const data = dataOf<{ areas: { documents: { id: string; text: string | null }[] }[] }>(
      await post('{ areas { documents { id text } } }'),
    );
    for (const d of data.areas.flatMap((a) => a.documents)) if (d.text) texts.set(d.id, d.text);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('answers at least 90% of the question set with the right quote, and says "not stated" where the documents do', async () => {
    const questions = loadQuestions();
    expect(questions.length).toBeGreaterThanOrEqual(150);
    const schema = buildGraphQLSchema();
    const failures: string[] = [];
    const verdicts = [];
    for (const question of questions) {
      const answer = await ask(question.q);
      const verdict = judge(question, answer);
      verdicts.push(verdict);
      if (!verdict.right) failures.push(`${question.q}: ${verdict.why.join('; ')}`);
      // What every answer promises, right or not.
      expect(answer.evidence.length, question.q).toBeLessThanOrEqual(10);
      for (const e of answer.evidence) {
        const text = texts.get(e.documentId);
        if (text && e.start >= 0) expect(text.slice(e.start, e.end), question.q).toBe(e.quote);
      }
      if (answer.interpretation.operation) {
        const errors = validate(schema, parse(answer.interpretation.operation));
        expect(
          errors.map((x) => x.message),
          `${question.q}\n${answer.interpretation.operation}`,
        ).toEqual([]);
      }
      if (answer.kind === 'AMBIGUOUS')
        expect(answer.alternatives.length, question.q).toBeGreaterThan(1);
    }
    const s = score(verdicts);
    expect(s.right / s.total, failures.join('\n')).toBeGreaterThanOrEqual(0.9);
    expect(s.notStated.ok / s.notStated.of).toBeGreaterThanOrEqual(0.9);
  }, 120_000);

  it('gives the answers the README shows for its three asked questions', async () => {
    const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
    const block = /<!-- ask-examples -->([\s\S]*?)<!-- \/ask-examples -->/.exec(readme)?.[1] ?? '';
    const examples = [...block.matchAll(/- \*(.+?)\*\n\s+→ ([A-Z_]+): (.+)\n\s+> "(.+)"/g)];
    expect(examples).toHaveLength(3);
    for (const [, question, kind, text, quote] of examples) {
      const answer = await ask(question!);
      expect(answer.kind, question).toBe(kind);
      expect(answer.text, question).toBe(text);
      expect(
        answer.evidence.some((e) => e.quote.includes(quote!)),
        question,
      ).toBe(true);
    }
  });

  it('says which quotes support an interpretation, and why (basis INTERPRETED)', async () => {
    const query = ASK_QUERY.replace(
      'evidence { documentId quote section start end }',
      'evidence { documentId quote section start end interpretation }',
    );
    type Quoted = Omit<AskAnswer, 'evidence'> & {
      evidence: (AskAnswer['evidence'][number] & { interpretation: string | null })[];
    };
    const answerTo = async (question: string) =>
      dataOf<{ ask: Quoted }>(await post(query, { question })).ask;
    // The police answering to the OPCC is our pairing of partner and mandate holder.
    const read = await answerTo('Who is Wiltshire Police accountable to?');
    expect(read.kind).toBe('ANSWER');
    const reasons = read.evidence.map((e) => e.interpretation).filter(Boolean);
    expect(reasons.join(' ')).toContain('our reading');
    // A stated tie carries no interpretation.
    const stated = await answerTo("Who holds the Children's Trust to account in Wiltshire?");
    expect(stated.evidence.every((e) => e.interpretation === null)).toBe(true);
  });

  it('reads a superseded document when only it names the body, and says so', async () => {
    const answer = await ask("Who holds the Children's Trust to account in Wiltshire?");
    expect(answer.kind).toBe('ANSWER');
    expect(answer.interpretation.documentId).toBe('wiltshire/2014');
    expect(answer.text).toContain('2014 protocol (superseded)');
    expect(answer.text).toContain('Wiltshire Safeguarding Children Board');
    expect(answer.nodes.map((n) => n.id)).toEqual(
      expect.arrayContaining([
        'wiltshire/childrens-trust',
        'wiltshire/wscb',
        'wiltshire/trust-chair',
      ]),
    );
    expect(answer.evidence[0]?.quote).toContain('Hold the Trust Chair to account');
  });

  it('offers the choices when a name means bodies of several areas, and each choice answers', async () => {
    const answer = await ask("Who holds the Children's Trust to account?");
    expect(answer.kind).toBe('AMBIGUOUS');
    expect(answer.evidence).toEqual([]);
    const wiltshire = answer.alternatives.find((a) => a.nodeId === 'wiltshire/childrens-trust');
    expect(wiltshire).toBeDefined();
    const again = await ask(wiltshire!.question);
    expect(again.kind).toBe('ANSWER');
    expect(again.interpretation.linked.map((l) => l.id)).toContain('wiltshire/childrens-trust');
  });

  it('honours documentId over the default document', async () => {
    const answer = await ask('Who sits on the WSCB?', { documentId: 'wiltshire/2014' });
    expect(answer.interpretation.documentId).toBe('wiltshire/2014');
    expect(
      answer.evidence.some((e) =>
        e.quote.includes('The DCS and the Lead Member will be members of both'),
      ),
    ).toBe(true);
  });

  it('answers "not stated" with the note that says why, never with an invented date', async () => {
    const answer = await ask('What is the review date of the Wiltshire 2019 plan?');
    expect(answer.kind).toBe('NOT_STATED');
    expect(answer.text).toMatch(/does not give a review date/);
    expect(answer.text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  it('says BAD_USER_INPUT for an empty question and NOT_FOUND for an unknown document', async () => {
    const short = await post('{ ask(question: " ") { kind } }');
    expect(short.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(short.body.errors?.[0]?.message).toContain('"question" must be 2 to 300 characters');
    const unknown = await post(
      '{ ask(question: "Who chairs it?", documentId: "atlantis/2020") { kind } }',
    );
    expect(unknown.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe("searchText: the documents' own words", () => {
  let t: TestApp;
  const search = async (query: string, extra = '') => {
    const { body } = await t.graphql(
      `query S($q: String!) { searchText(query: $q${extra}) { understood hits { kind documentId current section snippet start end score highlights { start end } } } }`,
      { q: query },
    );
    return dataOf<{
      searchText: {
        understood: string;
        hits: {
          kind: string;
          documentId: string;
          current: boolean;
          section: string;
          snippet: string;
          start: number;
          end: number;
          score: number;
          highlights: { start: number; end: number }[];
        }[];
      };
    }>({ status: 200, body }).searchText;
  };
  beforeAll(async () => {
    t = await startSeededApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  it.each([
    ['hold to account', 'hold individual organisations to account'],
    ['Royal Assent', 'Royal Assent'],
    ['review date', 'Review Date: 02.10.2015'],
    ['governance diagram', 'read in conjunction with the governance diagram'],
  ])('finds what the documents say: "%s"', async (query, words) => {
    const result = await search(query);
    expect(result.hits.slice(0, 5).some((h) => h.snippet.includes(words))).toBe(true);
  });

  it('finds a phrase in every document that says it, current or superseded, with offsets into the text', async () => {
    const result = await search('"does not duplicate"');
    const docs = result.hits.map((h) => h.documentId).sort();
    expect(docs).toEqual(['oxfordshire/2009', 'wiltshire/2014']);
    const wiltshire = result.hits.find((h) => h.documentId === 'wiltshire/2014')!;
    expect(wiltshire.current).toBe(false);
    const { body } = await t.graphql('{ node(id: "wiltshire/2014") { ... on Document { text } } }');
    const text = (body.data?.node as { text: string }).text;
    expect(text.slice(wiltshire.start, wiltshire.end)).toBe(wiltshire.snippet);
    const marked = wiltshire.highlights.map((h) =>
      wiltshire.snippet.slice(h.start, h.end).toLowerCase(),
    );
    expect(marked).toEqual(expect.arrayContaining(['duplicate']));
  });

  it('stems ("holds" finds "held") and takes prefixes ("ratif*")', async () => {
    const held = await search('held to account', ', areaId: "oxfordshire"');
    expect(held.hits.some((h) => /\bhold\b/i.test(h.snippet))).toBe(true);
    const prefix = await search('ratif*', ', documentId: "walsall/2017"');
    expect(prefix.understood).toBe('ratif*');
    expect(prefix.hits.length).toBeGreaterThan(0);
    expect(prefix.hits.every((h) => h.documentId === 'walsall/2017')).toBe(true);
    expect(prefix.hits.some((h) => /ratifi/i.test(h.snippet))).toBe(true);
  });

  it('ranks hits best first', async () => {
    const result = await search('annual report');
    const scores = result.hits.map((h) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });
});

import { describe, expect, it } from 'vitest';
import { checkEvidence, checkQuote, headingLines, notAHeading } from './evidence-check.ts';
import type { CanonicalGraph, Evidence } from './graph.ts';

const TEXT = [
  'Contents',
  '3. Governance ........ 7',
  '4. Responsibilities\t9',
  '',
  '## **3. Governance**',
  '',
  'The Board will hold the Trust to account. It meets quarterly.',
  '',
  '### 4. Responsibilities',
  '',
  '- Publish an annual report.',
  'Appendix 1',
].join('\n');

const at = (quote: string, section: string, from = 0): Evidence => {
  const start = TEXT.indexOf(quote, from);
  return { documentId: 'testshire/2020', quote, section, start, end: start + quote.length };
};

describe('heading lines', () => {
  it('are whole lines without markup, not contents-page lines, sentences or list items', () => {
    expect(headingLines(TEXT).map((h) => h.heading)).toEqual([
      'Contents',
      '3. Governance',
      '4. Responsibilities',
      'Appendix 1',
    ]);
    expect(notAHeading('3. Governance ........ 7')).toMatch(/contents-page/);
    expect(notAHeading('4. Responsibilities\t9')).toMatch(/page number/);
    expect(notAHeading('The Board will hold the Trust to account. It meets quarterly.')).toMatch(
      /more than one sentence/,
    );
    expect(notAHeading('- Publish an annual report.')).toMatch(/list item/);
    expect(notAHeading('the Trust Chair to account for action taken by the Trust,')).toMatch(
      /runs on/,
    );
    expect(notAHeading("### **5. Role of the Director of Children's Services**")).toBeNull();
    expect(notAHeading('The overall role of the WSCB is to:')).toBeNull();
  });
});

describe('checkQuote', () => {
  it('accepts a quote at its offsets under a heading line before it', () => {
    expect(checkQuote(TEXT, at('hold the Trust to account', '3. Governance'))).toBeNull();
    expect(checkQuote(TEXT, at('hold the Trust to account', '## **3. Governance**'))).toBeNull();
  });

  it('says what the text at the offsets is when the quote was edited', () => {
    const ev = {
      ...at('hold the Trust to account', '3. Governance'),
      quote: 'abolish the Trust entirely',
    };
    const fault = checkQuote(TEXT, ev);
    expect(fault?.field).toBe('quote');
    expect(fault?.message).toContain('is "hold the Trust to account", not the quote');
    expect(fault?.message).toContain('does not occur in the document');
  });

  it('refuses shifted offsets, offsets past the end and an unknown document', () => {
    const ev = at('hold the Trust to account', '3. Governance');
    expect(checkQuote(TEXT, { ...ev, start: ev.start + 1, end: ev.end + 1 })?.message).toContain(
      `(the quote occurs at ${ev.start}-${ev.end})`,
    );
    expect(checkQuote(TEXT, { ...ev, start: TEXT.length, end: TEXT.length + 5 })?.field).toBe(
      'end',
    );
    expect(checkQuote(TEXT, { ...ev, start: 5, end: 2 })?.field).toBe('start');
    expect(checkQuote(null, ev)?.field).toBe('documentId');
  });

  it('refuses a section that is a contents-page line, the middle of a sentence, or after the quote', () => {
    const quote = 'hold the Trust to account';
    expect(checkQuote(TEXT, at(quote, '3. Governance ........ 7'))?.message).toMatch(
      /is not a heading: it is a contents-page line/,
    );
    expect(checkQuote(TEXT, at(quote, 'The Board will'))?.message).toMatch(/only inside line 7/);
    expect(checkQuote(TEXT, at(quote, '4. Responsibilities'))?.message).toMatch(
      /comes only after the quote/,
    );
    expect(checkQuote(TEXT, at(quote, 'Nowhere'))?.message).toMatch(/is not a line of/);
  });
});

describe('checkEvidence', () => {
  it('gives a JSON path per faulty entry and checks every node and relationship', () => {
    const good = at('Publish an annual report.', '4. Responsibilities');
    const graph: CanonicalGraph = {
      format: 'accgraph-export/1',
      areas: ['testshire'],
      nodes: [{ id: 'testshire/b', labels: ['Body'], properties: {}, evidence: [good] }],
      relationships: [
        { id: 'r0', type: 'SUPPORTS', from: 'a', to: 'b', properties: {}, evidence: [good] },
        {
          id: 'r1',
          type: 'SUPPORTS',
          from: 'a',
          to: 'b',
          properties: {},
          evidence: [good, { ...good, quote: 'Publish nothing.' }, { ...good, documentId: 'x/1' }],
        },
      ],
    };
    const textOf = (id: string) => (id === 'testshire/2020' ? TEXT : null);
    const problems = checkEvidence(graph, textOf);
    expect(problems.map((p) => p.path)).toEqual([
      '$.relationships[1].evidence[1].quote',
      '$.relationships[1].evidence[2].documentId',
    ]);
    expect(checkEvidence(graph, textOf, { basePath: '$.graph' })[0]?.path).toBe(
      '$.graph.relationships[1].evidence[1].quote',
    );
  });
});

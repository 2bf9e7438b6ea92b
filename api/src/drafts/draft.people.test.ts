import { describe, expect, it } from 'vitest';
import { checkDraft } from './draft.check.ts';
import type { DraftBody } from './draft.model.ts';
import { addFact, editItem, renameNode } from './draft.review.ts';

// People in a draft (decision 0035): a Person has no kind, a reviewer may add
// one by selection, a name correction keeps the quote, and a published
// signature keeps signatureBlank. The same validator as every area file.
const TEXT = 'Introduction\n\nWe agree.\n\nSigned:\n\nJo Bloggs\nDirector of Children’s Services\n';
const at = (s: string) => ({ start: TEXT.indexOf(s), end: TEXT.indexOf(s) + s.length });
const quote = (s: string) => ({ quote: s, section: 'Introduction', ...at(s) });
/** What every proposal of the fixture shares: accepted, the reader's rule, and its quote. */
const accepted = (key: string, rule: string, confidence: number, words: string) => ({
  key,
  state: 'ACCEPTED' as const,
  proposal: { rule, confidence },
  edited: false,
  evidence: [quote(words)],
});

function body(): DraftBody {
  return {
    area: { id: 'fx', name: 'Fx', localAuthority: 'Fx Council' },
    document: {
      id: 'fx/2020',
      source: 'fx-2020.txt',
      title: 'Fx',
      kind: 'protocol',
      effectiveFrom: '2020',
    },
    headings: [{ start: 0, end: 12, section: 'Introduction' }],
    nodes: [
      {
        ...accepted('n1', 'person:signature-block', 0.8, 'Jo Bloggs'),
        id: 'fx/jo-bloggs',
        label: 'Person',
        name: 'Jo Bloggs',
        aliases: [],
        kind: '',
      },
    ],
    relationships: [
      {
        ...accepted('r2', 'signature-block:signed:blank', 0.65, 'We agree.'),
        type: 'SIGNED',
        from: 'fx/jo-bloggs',
        to: 'fx/2020',
        props: { signatureBlank: true },
      },
    ],
    obligations: [],
    nextKey: 3,
  };
}

describe('people in a draft', () => {
  it('publishes a person with no kind and a blank signature with signatureBlank', () => {
    expect(checkDraft(body(), TEXT, 'review').problems).toEqual([]);
    const { problems, graph } = checkDraft(body(), TEXT, 'publish');
    expect(problems).toEqual([]);
    const person = graph!.nodes.find((n) => n.id === 'fx/jo-bloggs')!;
    expect(person.labels).toEqual(['Person']);
    expect(person.properties.kind).toBeUndefined();
    expect(person.evidence.map((e) => e.quote)).toEqual(['Jo Bloggs']);
    const signed = graph!.relationships.find((r) => r.type === 'SIGNED')!;
    expect(signed.properties.signatureBlank).toBe(true);
  });

  it('adds a person by selection (no kind), and refuses a kind for one', () => {
    const { start, end } = at('Jo Bloggs');
    const empty = { ...body(), nodes: [], relationships: [] };
    const added = addFact(empty, TEXT, { kind: 'NODE', start, end, label: 'Person' });
    const node = added.body.nodes[0]!;
    expect(node).toMatchObject({ label: 'Person', kind: '', name: 'Jo Bloggs' });
    expect(node.evidence[0]!.quote).toBe('Jo Bloggs');
    expect(checkDraft(added.body, TEXT, 'publish').problems).toEqual([]);
    expect(() =>
      addFact(empty, TEXT, { kind: 'NODE', start, end, label: 'Person', nodeKind: 'dcs' }),
    ).toThrow(/input.nodeKind: a Person has no kind/);
    expect(() => editItem(body(), { key: 'n1', kind: 'dcs' })).toThrow(
      /input.kind: a Person has no kind/,
    );
  });

  it('corrects a name by rename or edit: the quote stays the document’s words', () => {
    for (const changed of [
      renameNode(body(), 'n1', 'Joanna Bloggs').body,
      editItem(body(), { key: 'n1', name: 'Joanna Bloggs' }).body,
    ]) {
      const n = changed.nodes[0]!;
      expect(n.name).toBe('Joanna Bloggs');
      expect(n.evidence).toEqual([quote('Jo Bloggs')]);
      const { problems, graph } = checkDraft(changed, TEXT, 'publish');
      expect(problems).toEqual([]);
      expect(graph!.nodes.find((x) => x.id === 'fx/jo-bloggs')!.properties.name).toBe(
        'Joanna Bloggs',
      );
    }
  });

  it('corrects a signature cell (blank or signed): the signature keeps its quote and publishes the state', () => {
    const signed = editItem(body(), { key: 'r2', properties: '{"signatureBlank":false}' });
    const r = signed.body.relationships[0]!;
    expect(r).toMatchObject({ props: { signatureBlank: false }, edited: true, state: 'ACCEPTED' });
    expect(r.evidence).toEqual([quote('We agree.')]);
    expect(signed.before).toMatchObject({ props: { signatureBlank: true } });
    const { problems, graph } = checkDraft(signed.body, TEXT, 'publish');
    expect(problems).toEqual([]);
    expect(graph!.relationships.find((x) => x.type === 'SIGNED')!.properties.signatureBlank).toBe(
      false,
    );
    expect(() => editItem(body(), { key: 'r2', properties: '{"signatureBlank":"maybe"}' })).toThrow(
      /signatureBlank/,
    );
  });
});

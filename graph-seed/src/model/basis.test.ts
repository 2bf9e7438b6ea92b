import { basisOf, documentFactsFromProps, type CanonicalGraph } from '@accgraph/schema';
import { describe, expect, it } from 'vitest';
import { validateSeed } from '../area-files.ts';
import { edit, FIXTURE_AREA, fixtureDirs, writeArea } from '../__fixtures__/fixture-dirs.ts';
import { parseCanonicalGraph } from './canonical.schema.ts';
import { compileAreas } from './compile.ts';

/**
 * Basis (decision 0026) and the types new areas needed, through the real
 * validator and compiler on the fixture area (its source text is
 * graph-seed/src/__fixtures__/sources/fixture-2020-protocol.txt).
 */
function validate(text: string) {
  const paths = fixtureDirs();
  writeArea(paths, text);
  return validateSeed(paths);
}
const messages = (text: string) => validate(text).problems.map((p) => `${p.path}: ${p.message}`);
function compiled(text: string): CanonicalGraph {
  const validation = validate(text);
  expect(validation.problems).toEqual([]);
  const [area] = compileAreas(validation);
  if (!area) throw new Error('no area compiled');
  return area.graph;
}

const HOLD = `  - type: HOLDS_TO_ACCOUNT
    from: fixture/fsb-chair
    to: fixture/trust-chair
`;
const READ = "The chair named is read as the Fixture Trust's chair.";

const EXTRA_RELS = `  - type: SAFEGUARDING_PARTNER_OF
    from: fixture/council
    to: fixture
    evidence:
      - { quote: The FSB is a statutory body created under the Children Act 2004., section: 2. The Board, start: 166, end: 230 }
  - type: COVERS
    from: fixture/fsb
    to: fixture/council
    evidence:
      - { quote: The FSB is a statutory body created under the Children Act 2004., section: 2. The Board, start: 166, end: 230 }
  - type: CHAIRS
    from: fixture/fsb-chair
    to: fixture/fsb
    role: co-chair
    evidence:
      - { quote: The Chair of the FSB will hold the Trust Chair to account., section: 3. The Trust, start: 413, end: 471 }
  - type: DELEGATES_TO
    from: fixture/fsb-chair
    to: fixture/trust-chair
    what: holding the Trust Chair to account
    interpretation: A made-up reading for the test.
    evidence:
      - { quote: The Chair of the FSB will hold the Trust Chair to account., section: 3. The Trust, start: 413, end: 471 }
  - type: SIGNED
    from: fixture/fsb-chair
    to: fixture/2020
    signatureBlank: true
    evidence:
      - { quote: "Dated: 1.2.2020", section: 3. The Trust, start: 502, end: 517 }
`;
const COUNCIL = `  - id: fixture/council
    label: Organisation
    name: Fixture Council
    kind: local-authority
`;
const withNewTypes = (text: string) =>
  edit(text, '\nrelationships:\n', `${COUNCIL}\nrelationships:\n${EXTRA_RELS}`);

describe('basis: STATED by default, INTERPRETED with a written reason', () => {
  it('stores nothing for a stated fact, basis and reason for an interpretation', () => {
    const text = edit(FIXTURE_AREA, HOLD, `${HOLD}    interpretation: ${READ}\n`);
    const graph = compiled(text);
    const hold = graph.relationships.find((r) => r.type === 'HOLDS_TO_ACCOUNT');
    expect(hold?.properties).toMatchObject({ basis: 'INTERPRETED', interpretation: READ });
    const consults = graph.relationships.find((r) => r.type === 'CONSULTS');
    expect(consults?.properties).not.toHaveProperty('basis');
    expect(basisOf(consults?.properties ?? {})).toEqual({ basis: 'STATED', interpretation: null });
    // The unmarked file compiles to exactly the same graph as before: no property added.
    const plain = compiled(FIXTURE_AREA);
    expect(JSON.stringify(plain).includes('basis')).toBe(false);
  });

  it('marks obligations and nodes too', () => {
    let text = edit(
      FIXTURE_AREA,
      '  - id: fixture/2020/trust-annual-report\n',
      '  - id: fixture/2020/trust-annual-report\n    interpretation: Passive; given to the Trust.\n',
    );
    text = edit(
      text,
      '  - id: fixture/trust-chair\n',
      '  - id: fixture/trust-chair\n    interpretation: The title is read as this post.\n',
    );
    const graph = compiled(text);
    const byId = new Map(graph.nodes.map((n) => [n.id, n]));
    expect(basisOf(byId.get('fixture/2020/trust-annual-report')?.properties ?? {})).toEqual({
      basis: 'INTERPRETED',
      interpretation: 'Passive; given to the Trust.',
    });
    expect(byId.get('fixture/trust-chair')?.properties.basis).toBe('INTERPRETED');
    expect(byId.get('fixture/fsb')?.properties.basis).toBeUndefined();
  });

  it('refuses INTERPRETED without a reason, and a reason on a STATED fact, at the fact', () => {
    expect(messages(edit(FIXTURE_AREA, HOLD, `${HOLD}    basis: INTERPRETED\n`))).toEqual([
      expect.stringMatching(
        /^relationships\[1\]\.interpretation: an INTERPRETED fact has no reason/,
      ),
    ]);
    expect(
      messages(edit(FIXTURE_AREA, HOLD, `${HOLD}    basis: STATED\n    interpretation: ${READ}\n`)),
    ).toEqual([
      expect.stringMatching(/^relationships\[1\]\.basis: a STATED fact with an interpretation/),
    ]);
    expect(messages(edit(FIXTURE_AREA, HOLD, `${HOLD}    basis: GUESSED\n`))).toEqual([
      expect.stringMatching(/^relationships\[1\]\.basis: /),
    ]);
  });

  it('refuses an import whose interpretation and basis disagree, with the JSON path', () => {
    const graph = compiled(FIXTURE_AREA);
    const at = graph.relationships.findIndex((r) => r.type === 'CONSULTS');
    const variant = (props: Record<string, string>) => {
      const copy = structuredClone(graph);
      Object.assign(copy.relationships[at]!.properties, props);
      return parseCanonicalGraph('x.json', JSON.stringify(copy, null, 2)).problems.map(
        (p) => `${p.path}: ${p.message}`,
      );
    };
    expect(variant({ basis: 'INTERPRETED', interpretation: READ })).toEqual([]);
    expect(variant({ basis: 'INTERPRETED' })).toEqual([
      `relationships[${at}].properties.basis: an INTERPRETED fact has no \`interpretation\``,
    ]);
    expect(variant({ interpretation: READ })).toEqual([
      `relationships[${at}].properties.interpretation: an interpretation on a fact whose basis is not INTERPRETED`,
    ]);
    expect(variant({ basis: 'MAYBE', interpretation: READ })).toHaveLength(2);
  });
});

describe('what new areas needed', () => {
  it('partners of the area, coverage, co-chairs, delegation and blank signatures compile with their properties', () => {
    const graph = compiled(withNewTypes(FIXTURE_AREA));
    const of = (type: string) => graph.relationships.filter((r) => r.type === type);
    expect(of('SAFEGUARDING_PARTNER_OF').map((r) => [r.from, r.to])).toEqual([
      ['fixture/council', 'fixture'],
    ]);
    expect(of('COVERS').map((r) => [r.from, r.to])).toEqual([['fixture/fsb', 'fixture/council']]);
    expect(of('CHAIRS')[0]?.properties.role).toBe('co-chair');
    expect(of('DELEGATES_TO')[0]?.properties).toMatchObject({
      what: 'holding the Trust Chair to account',
      basis: 'INTERPRETED',
    });
    expect(of('SIGNED')[0]?.properties.signatureBlank).toBe(true);
    // Self-contained: the import check accepts the export with the Area as an endpoint.
    expect(parseCanonicalGraph('x.json', JSON.stringify(graph)).problems).toEqual([]);
  });

  it('checks the ends of each new type', () => {
    const wrong = (from: string, to: string) => edit(withNewTypes(FIXTURE_AREA), from, to);
    // A partner of another area, or of a node: the target must be the file's own area.
    expect(
      messages(
        wrong(
          '    from: fixture/council\n    to: fixture\n',
          '    from: fixture/council\n    to: fixture/fsb\n',
        ),
      ),
    ).toEqual([expect.stringMatching(/relationships\[0\]\.to: fixture\/fsb is a Body/)]);
    // Only a partner of SAFEGUARDING_PARTNER_OF may point at the area.
    expect(
      messages(
        wrong(
          '    from: fixture/fsb\n    to: fixture/council\n',
          '    from: fixture/fsb\n    to: fixture\n',
        ),
      ),
    ).toEqual([expect.stringMatching(/relationships\[1\]\.to: unknown id fixture/)]);
    // A co-chair is a role of CHAIRS; an unknown role is refused.
    expect(messages(wrong('role: co-chair', 'role: joint-chair'))).toEqual([
      expect.stringMatching(/relationships\[2\]\.role: /),
    ]);
    // Delegation says what is delegated.
    expect(messages(wrong('    what: holding the Trust Chair to account\n', ''))).toEqual([
      'relationships[3]: missing `what`',
    ]);
  });

  it('a stated aim is a document fact with its quote', () => {
    const aim = `  aims:
    - text: distinct roles
      evidence:
        - { quote: The Fixture Safeguarding Board (FSB) and the Fixture Trust have distinct roles., section: 1. Aim, start: 37, end: 116 }
`;
    const graph = compiled(edit(FIXTURE_AREA, '\nnodes:\n', `\n${aim}\nnodes:\n`));
    const doc = graph.nodes.find((n) => n.id === 'fixture/2020');
    const facts = documentFactsFromProps(doc?.properties ?? {}, doc?.evidence ?? []);
    const aims = facts.filter((f) => f.category === 'aim');
    expect(aims).toHaveLength(1);
    expect(aims[0]?.value).toBe('distinct roles');
    expect(aims[0]?.evidence.map((e) => e.quote)).toEqual([
      'The Fixture Safeguarding Board (FSB) and the Fixture Trust have distinct roles.',
    ]);
    // An aim without its quote is refused.
    const bare = edit(
      FIXTURE_AREA,
      '\nnodes:\n',
      '\n  aims:\n    - text: distinct roles\n\nnodes:\n',
    );
    expect(messages(bare)).toEqual(['document.aims[0]: missing `evidence`']);
  });
});

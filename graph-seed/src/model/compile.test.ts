import { documentFactsFromProps, serialiseGraph, loadTaxonomy } from '@accgraph/schema';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAreaFiles, validateSeed } from '../area-files.ts';
import {
  edit,
  FIXTURE_AREA,
  FIXTURE_SOURCE,
  fixtureDirs,
  writeArea,
} from '../__fixtures__/fixture-dirs.ts';
import { compileAreas } from './compile.ts';
import { validateAreas } from './validate.ts';

const SECOND_SOURCE =
  'Fixture Plan 2021\n\nThe Fixture SCB (the FSB) leads learning. The Fixture Trust is no more.\n';
const SECOND_AREA = `area:
  id: fixture
  name: Fixture
  localAuthority: Fixture Council
document:
  id: fixture/2021
  source: fixture-2021-plan.txt
  title: Fixture Plan
  kind: plan
  status: not-stated
  dates:
    - kind: year
      date: 2021
      evidence: [{ quote: The Fixture Trust is no more., section: Fixture Plan 2021, start: 61, end: 90 }]
nodes:
  - id: fixture/fsb
    label: Body
    name: Fixture Safeguarding Board
    aliases: [Fixture SCB, FSB]
    kind: safeguarding-children-board
    function: scrutiny
    statutory: statutory
    evidence:
      - quote: The Fixture SCB (the FSB) leads learning.
        section: Fixture Plan 2021
        start: 19
        end: 60
relationships:
  - type: SUPPORTS
    from: fixture/fsb
    to: national/ofsted
    evidence: [{ quote: leads learning, section: Fixture Plan 2021, start: 45, end: 59 }]
  - type: INFORMS
    from: fixture/fsb
    to: national/ofsted
    evidence: [{ quote: leads learning, section: Fixture Plan 2021, start: 45, end: 59 }]
`;
const NATIONAL = `  - id: national/ofsted
    label: Organisation
    name: Ofsted
    kind: inspectorate
`;

function twoFiles() {
  const paths = fixtureDirs();
  writeFileSync(join(paths.sourcesDir, 'fixture-2021-plan.txt'), SECOND_SOURCE);
  writeArea(
    paths,
    SECOND_AREA.replace('relationships:', `${NATIONAL}relationships:`),
    'fixture-2021.yaml',
  );
  return paths;
}

describe('compileAreas', () => {
  it('is deterministic: same input, byte-identical canonical JSON, whatever the file order', () => {
    const paths = twoFiles();
    const files = loadAreaFiles(paths.areasDir);
    const options = { sourcesDir: paths.sourcesDir, taxonomy: loadTaxonomy(paths.taxonomyDir) };
    const a = compileAreas(validateAreas(files, options));
    const b = compileAreas(validateAreas([...files].reverse(), options));
    expect(a).toHaveLength(1);
    expect(serialiseGraph(a[0]!.graph)).toBe(serialiseGraph(b[0]!.graph));
    expect(a[0]!.seedHash).toBe(b[0]!.seedHash);
    expect(a[0]!.seedHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('changes the seedHash when a fact changes', () => {
    const paths = fixtureDirs();
    const before = compileAreas(validateSeed(paths))[0]!.seedHash;
    writeArea(paths, edit(FIXTURE_AREA, 'mode: call-to-account', 'mode: challenge'));
    expect(compileAreas(validateSeed(paths))[0]!.seedHash).not.toBe(before);
  });

  it('merges one node declared in two files of an area', () => {
    const paths = twoFiles();
    const validation = validateSeed(paths);
    expect(validation.problems).toEqual([]);
    const graph = compileAreas(validation)[0]!.graph;
    const fsb = graph.nodes.filter((n) => n.id === 'fixture/fsb');
    expect(fsb).toHaveLength(1);
    expect(fsb[0]!.properties.aliases).toEqual(['FSB', 'Fixture SCB']);
    expect(fsb[0]!.evidence.map((e) => `${e.documentId}@${e.start}`)).toEqual([
      `fixture/2020@${FIXTURE_SOURCE.indexOf('The FSB is a statutory')}`,
      'fixture/2021@19',
    ]);
    // national nodes carry no areaId and get no PART_OF
    const ofsted = graph.nodes.find((n) => n.id === 'national/ofsted');
    expect(ofsted?.properties.areaId).toBeUndefined();
    expect(
      graph.relationships.some((r) => r.type === 'PART_OF' && r.from === 'national/ofsted'),
    ).toBe(false);
    // the node's PART_OF is stated once, by the first document
    expect(
      graph.relationships
        .filter((r) => r.type === 'PART_OF' && r.from === 'fixture/fsb')
        .map((r) => r.id),
    ).toEqual(['fixture/2020:PART_OF:fixture/fsb->fixture']);
  });

  it('rejects a scalar conflict between two declarations', () => {
    const paths = twoFiles();
    writeArea(
      paths,
      SECOND_AREA.replace('function: scrutiny', 'function: learning').replace(
        'relationships:',
        `${NATIONAL}relationships:`,
      ),
      'fixture-2021.yaml',
    );
    const problems = validateSeed(paths).problems;
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      path: 'nodes[0].function',
      message: 'node fixture/fsb is declared with function "learning" here',
    });
    expect(problems[0]?.expected).toMatch(/"scrutiny" as in .*fixture-2020\.yaml:\d+:\d+/);
  });

  it('produces the declared and derived relationships with ids, documentId and validFrom', () => {
    const paths = fixtureDirs();
    // A "replaces" statement too (the fixture has none).
    writeArea(
      paths,
      edit(
        FIXTURE_AREA,
        '  notes:\n',
        '  replaces:\n    - text: the background paragraph\n      evidence:\n        - quote: This paragraph is background.\n          section: 1. Aim\n          start: 117\n          end: 146\n  notes:\n',
      ),
    );
    const graph = compileAreas(validateSeed(paths))[0]!.graph;
    const ids = graph.relationships.map((r) => r.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'fixture/2020:CONSULTS:fixture/trust->fixture/fsb',
        'fixture/2020:HOLDS_TO_ACCOUNT:fixture/fsb-chair->fixture/trust-chair',
        'fixture/2020:HAS_OBLIGATION:fixture/fsb->fixture/2020/fsb-annual-report',
        'fixture/2020:OF_TYPE:fixture/2020/fsb-annual-report->duty/ANNUAL_REPORT',
        'fixture/2020:BASED_ON:fixture/fsb->law/ca2004',
        'fixture/2020:GOVERNS:fixture/2020->fixture/fsb',
        'fixture/2020:PART_OF:fixture/2020->fixture',
      ]),
    );
    for (const r of graph.relationships) {
      expect(r.properties).toMatchObject({
        areaId: 'fixture',
        documentId: 'fixture/2020',
        validFrom: '2020-02-01',
      });
      if (r.type !== 'OF_TYPE' && r.type !== 'PART_OF')
        expect(r.evidence.length).toBeGreaterThan(0);
    }
    const doc = graph.nodes.find((n) => n.id === 'fixture/2020');
    expect(doc?.properties).toMatchObject({
      dated: '2020-02-01',
      version: '1.0',
      effectiveFrom: '2020-02-01',
      noteKinds: ['other'],
    });
    const quote = (q: string, start: number, end: number, section: string) => ({
      documentId: 'fixture/2020',
      quote: q,
      section,
      start,
      end,
    });
    const dated = quote('Dated: 1.2.2020', 502, 517, '3. The Trust');
    const background = quote('This paragraph is background.', 117, 146, '1. Aim');
    expect(documentFactsFromProps(doc!.properties, doc!.evidence)).toEqual([
      { category: 'date', kind: 'dated', value: '2020-02-01', evidence: [dated] },
      { category: 'date', kind: 'effective-from', value: '2020-02-01', evidence: [dated] },
      { category: 'note', kind: 'other', value: 'A note for the tests.', evidence: [dated] },
      {
        category: 'replaces',
        kind: 'replaces',
        value: 'the background paragraph',
        evidence: [background],
      },
    ]);
    // Each quote is stored once on the node; the facts point to it.
    expect(doc!.evidence).toEqual([background, dated]);
    expect(graph.nodes.map((n) => n.id)).toEqual(
      expect.arrayContaining(['duty/ANNUAL_REPORT', 'law/ca2004', 'fixture']),
    );
  });

  it('refuses to compile data with problems', () => {
    const paths = fixtureDirs();
    writeArea(paths, edit(FIXTURE_AREA, 'start: 369', 'start: 368'));
    expect(() => compileAreas(validateSeed(paths))).toThrow(/1 validation problem/);
  });
});

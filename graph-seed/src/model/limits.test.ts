import { closeSync, openSync, ftruncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LIMITS, type Problem } from '@accgraph/schema';
import { validateSeed } from '../area-files.ts';
import {
  edit,
  FIXTURE_AREA,
  FIXTURE_SOURCE,
  fixtureDirs,
  writeArea,
} from '../__fixtures__/fixture-dirs.ts';
import { parseCanonicalGraph } from './canonical.schema.ts';
import { compileAreas } from './compile.ts';
import { readTextFile } from './read-text.ts';

/**
 * Each limit of LIMITS (docs/security.md, "Limits") with input just inside
 * and just outside it, through the validator as `validate` and `load` run it.
 */
function problemsFor(text: string | Buffer, source?: string): Problem[] {
  const paths = fixtureDirs();
  writeArea(paths, text as string);
  if (source !== undefined)
    writeFileSync(join(paths.sourcesDir, 'fixture-2020-protocol.txt'), source);
  return validateSeed(paths).problems;
}

/** Problems whose message matches `re` (other problems, e.g. a quote no longer found, are ignored). */
const matching = (problems: Problem[], re: RegExp) => problems.filter((p) => re.test(p.message));

/** `inside` yields no problem matching `re`; `outside` yields one, located in the area file. */
function edge(inside: string | Buffer, outside: string | Buffer, re: RegExp, path?: string) {
  expect(matching(problemsFor(inside), re)).toEqual([]);
  const found = matching(problemsFor(outside), re);
  expect(found).toHaveLength(1);
  expect(found[0]!.file).toMatch(/fixture-2020\.yaml$/);
  expect(found[0]!.line).toBeGreaterThanOrEqual(1);
  if (path !== undefined) expect(found[0]!.path).toBe(path);
  return found[0]!;
}

const withName = (name: string) => edit(FIXTURE_AREA, 'name: Fixture Trust', `name: ${name}`);

describe('area-file limits, each at its edge', () => {
  it('accepts the fixture untouched', () => {
    expect(problemsFor(FIXTURE_AREA)).toEqual([]);
  });

  it(`area file size: ${LIMITS.areaFileBytes} bytes`, () => {
    const pad = (n: number) =>
      `${FIXTURE_AREA}#${'x'.repeat(n - Buffer.byteLength(FIXTURE_AREA) - 2)}\n`;
    const inside = pad(LIMITS.areaFileBytes);
    expect(Buffer.byteLength(inside)).toBe(LIMITS.areaFileBytes);
    expect(problemsFor(inside)).toEqual([]);
    const p = edge(
      inside,
      pad(LIMITS.areaFileBytes + 1),
      /area file is 1,048,577 bytes, over the limit of 1,048,576/,
    );
    expect([p.line, p.column]).toEqual([1, 1]);
  });

  it(`source file size: ${LIMITS.sourceFileBytes} bytes`, () => {
    const pad = (n: number) => FIXTURE_SOURCE + 'x'.repeat(n - Buffer.byteLength(FIXTURE_SOURCE));
    expect(problemsFor(FIXTURE_AREA, pad(LIMITS.sourceFileBytes))).toEqual([]);
    const found = matching(
      problemsFor(FIXTURE_AREA, pad(LIMITS.sourceFileBytes + 1)),
      /source file is/,
    );
    expect(found).toHaveLength(1);
    expect(found[0]!.path).toBe('document.source');
  });

  it('UTF-8 only: a BOM and CRLF are normalised, an invalid byte is refused at its line:column', () => {
    expect(problemsFor(`\uFEFF${FIXTURE_AREA.replace(/\n/g, '\r\n')}`)).toEqual([]);
    const at = FIXTURE_AREA.indexOf('Fixture Trust');
    const bad = Buffer.concat([
      Buffer.from(FIXTURE_AREA.slice(0, at)),
      Buffer.from([0xe2, 0x28, 0xa1]),
      Buffer.from(FIXTURE_AREA.slice(at)),
    ]);
    const [p, ...rest] = problemsFor(bad);
    expect(rest).toEqual([]);
    expect(p!.message).toMatch(/invalid UTF-8 \(byte 0x28\)/);
    const before = FIXTURE_AREA.slice(0, at).split('\n');
    expect([p!.line, p!.column]).toEqual([before.length, before.at(-1)!.length + 1]);
  });

  it('characters: tab allowed; NUL, other C0, DEL and C1 controls refused', () => {
    expect(problemsFor(withName('"Fixture\\tTrust"'))).toEqual([]);
    for (const c of ['\u0000', '\u0001', '\u001b', '\u007f', '\u0085']) {
      const [p, ...rest] = problemsFor(withName(`Fixture${c}Trust`));
      expect(rest).toEqual([]);
      expect(p!.message).toMatch(/^control character U\+00[0-9A-F]{2} is not allowed$/);
    }
    const [escaped] = problemsFor(withName('"Fixture\\0Trust"'));
    expect(escaped!.path).toBe('nodes[1].name');
  });

  it(`name: ${LIMITS.nameLength} characters`, () => {
    edge(
      withName('n'.repeat(LIMITS.nameLength)),
      withName('n'.repeat(LIMITS.nameLength + 1)),
      /name is 501 characters, over the limit of 500/,
      'nodes[1].name',
    );
  });

  it(`aliases: ${LIMITS.aliasCount} per node, each a name`, () => {
    const aliases = (n: number) =>
      edit(
        FIXTURE_AREA,
        'aliases: [FSB]',
        `aliases: [${Array.from({ length: n }, (_, i) => `A${i}`).join(', ')}]`,
      );
    edge(
      aliases(LIMITS.aliasCount),
      aliases(LIMITS.aliasCount + 1),
      /more than 50 aliases/,
      'nodes[0].aliases',
    );
    const alias = (n: number) =>
      edit(FIXTURE_AREA, 'aliases: [FSB]', `aliases: [${'a'.repeat(n)}]`);
    edge(alias(LIMITS.nameLength), alias(LIMITS.nameLength + 1), /alias is 501 characters/);
  });

  it(`quote: ${LIMITS.quoteLength} characters`, () => {
    const quote = (n: number) =>
      edit(FIXTURE_AREA, 'quote: will report annually.', `quote: ${'q'.repeat(n)}`);
    edge(
      quote(LIMITS.quoteLength),
      quote(LIMITS.quoteLength + 1),
      /quote is 4,001 characters, over the limit of 4,000/,
    );
  });

  it(`obligation: ${LIMITS.obligationLength} characters`, () => {
    const text = (n: number) =>
      edit(FIXTURE_AREA, 'text: Report annually', `text: ${'o'.repeat(n)}`);
    expect(problemsFor(text(LIMITS.obligationLength))).toEqual([]);
    edge(
      text(LIMITS.obligationLength),
      text(LIMITS.obligationLength + 1),
      /obligation is 5,001 characters/,
      'obligations[0].text',
    );
  });

  it(`note: ${LIMITS.noteLength} characters`, () => {
    const note = (n: number) =>
      edit(FIXTURE_AREA, 'text: A note for the tests.', `text: ${'t'.repeat(n)}`);
    expect(problemsFor(note(LIMITS.noteLength))).toEqual([]);
    edge(
      note(LIMITS.noteLength),
      note(LIMITS.noteLength + 1),
      /note is 20,001 characters/,
      'document.notes[0].text',
    );
  });

  it(`other text: ${LIMITS.textLength} characters`, () => {
    const title = (n: number) =>
      edit(FIXTURE_AREA, 'title: Fixture Protocol', `title: ${'t'.repeat(n)}`);
    expect(problemsFor(title(LIMITS.textLength))).toEqual([]);
    edge(
      title(LIMITS.textLength),
      title(LIMITS.textLength + 1),
      /text is 2,001 characters/,
      'document.title',
    );
  });

  it(`keys: ${LIMITS.keyLength} characters (a mapping key and a relationship key)`, () => {
    const mapKey = (n: number) => `${FIXTURE_AREA}${'k'.repeat(n)}: 1\n`;
    edge(
      mapKey(LIMITS.keyLength),
      mapKey(LIMITS.keyLength + 1),
      /a key of 101 characters, over the limit of 100/,
    );
    const relKey = (n: number) =>
      edit(FIXTURE_AREA, '    subject: plans', `    key: ${'k'.repeat(n)}\n    subject: plans`);
    expect(problemsFor(relKey(LIMITS.keyLength))).toEqual([]);
    edge(
      relKey(LIMITS.keyLength),
      relKey(LIMITS.keyLength + 1),
      /key is 101 characters/,
      'relationships[0].key',
    );
  });

  it(`ids: ${LIMITS.idLength} characters`, () => {
    const id = (n: number) =>
      edit(
        FIXTURE_AREA,
        'id: fixture/2020/fsb-annual-report',
        `id: fixture/2020/${'i'.repeat(n - 'fixture/2020/'.length)}`,
      );
    expect(problemsFor(id(LIMITS.idLength))).toEqual([]);
    edge(id(LIMITS.idLength), id(LIMITS.idLength + 1), /id is 201 characters/, 'obligations[0].id');
  });

  it(`years: ${LIMITS.yearMin}-${LIMITS.yearMax}`, () => {
    const date = (d: string) => edit(FIXTURE_AREA, 'date: 2020-02-01', `date: ${d}`);
    expect(matching(problemsFor(date('1900-01-01')), /year/)).toEqual([]);
    expect(matching(problemsFor(date('2100-12-31')), /year/)).toEqual([]);
    edge(
      date('1900'),
      date('1899-12-31'),
      /year 1899 is outside 1900-2100/,
      'document.dates[0].date',
    );
    edge(date('2100'), date('2101'), /year 2101 is outside 1900-2100/);
    edge(date('2020'), date('0000'), /year 0000 is outside/);
  });

  it('validFrom on or before validTo (relationships, obligations, bodies)', () => {
    const rel = (from: string, to: string) =>
      edit(
        FIXTURE_AREA,
        '    subject: plans',
        `    subject: plans\n    validFrom: ${from}\n    validTo: ${to}`,
      );
    expect(problemsFor(rel('2020-05', '2020-05-01'))).toEqual([]);
    edge(
      rel('2020-05-01', '2020-05-01'),
      rel('2020-05-02', '2020-05-01'),
      /validFrom is after validTo/,
      'relationships[0].validFrom',
    );
    const obl = (from: string, to: string) =>
      edit(
        FIXTURE_AREA,
        '    cadence: annual',
        `    cadence: annual\n    validFrom: ${from}\n    validTo: ${to}`,
      );
    edge(
      obl('2019', '2020'),
      obl('2021', '2020'),
      /validFrom is after validTo/,
      'obligations[0].validFrom',
    );
    const body = (from: string, to: string) =>
      edit(
        FIXTURE_AREA,
        '    basedOn: [law/ca2004]',
        `    basedOn: [law/ca2004]\n    validFrom: ${from}\n    validTo: ${to}`,
      );
    edge(
      body('2019', '2020'),
      body('2021', '2020'),
      /validFrom is after validTo/,
      'nodes[0].validFrom',
    );
  });

  it('evidence on dates: a document date and a dated Body carry a quote', () => {
    const noEvidence = FIXTURE_AREA.replace(
      / {6}evidence:\n {8}- quote: "Dated: 1\.2\.2020"\n(.*\n){3}/,
      '',
    );
    expect(noEvidence).not.toBe(FIXTURE_AREA);
    const [p, ...rest] = problemsFor(noEvidence);
    expect(rest).toEqual([]);
    expect(p).toMatchObject({ message: 'missing `evidence`', path: 'document.dates[0]' });
    const dated = (node: string) => edit(FIXTURE_AREA, node, `${node}\n    validFrom: 2019`);
    expect(problemsFor(dated('    basedOn: [law/ca2004]'))).toEqual([]); // the FSB has evidence
    const [q, ...others] = problemsFor(dated('    statutory: not-stated'));
    expect(others).toEqual([]);
    expect(q).toMatchObject({ path: 'nodes[1].evidence' });
    expect(q!.message).toMatch(/validFrom\/validTo has no evidence/);
  });

  it(`nodes per area: ${LIMITS.nodesPerArea} (declared nodes and obligations)`, () => {
    const persons = (n: number) =>
      edit(
        FIXTURE_AREA,
        '\nrelationships:',
        `\n${Array.from({ length: n }, (_, i) => `  - { id: fixture/p${i}, label: Person, name: P }`).join('\n')}\nrelationships:`,
      );
    const fixture = validateSeed(fixtureDirs()).files[0]!;
    const declared = fixture.nodes.length + fixture.obligations.length;
    expect(declared).toBeGreaterThan(2);
    const room = LIMITS.nodesPerArea - declared;
    expect(problemsFor(persons(room))).toEqual([]);
    edge(
      persons(room),
      persons(room + 1),
      /area fixture has more than 5,000 nodes/,
      `obligations[${fixture.obligations.length - 1}].id`,
    );
  }, 60_000);
});

describe('canonical JSON limits, each at its edge', () => {
  const base = () => {
    const { graph } = compileAreas(validateSeed(fixtureDirs()))[0]!;
    return structuredClone(graph) as unknown as {
      areas: string[];
      nodes: {
        id: string;
        labels: string[];
        properties: Record<string, unknown>;
        evidence: { quote: string }[];
      }[];
      relationships: {
        id: string;
        type: string;
        from: string;
        to: string;
        properties: Record<string, unknown>;
        evidence: unknown[];
      }[];
    };
  };
  // compact JSON: the line:column locator only runs on a refused file, and is slow on big ones
  const check = (g: unknown) => parseCanonicalGraph('x.json', JSON.stringify(g)).problems;
  const nodeIndex = (g: ReturnType<typeof base>, id: string) =>
    g.nodes.findIndex((n) => n.id === id);
  function cEdge(change: (g: ReturnType<typeof base>, outside: boolean) => string, re: RegExp) {
    const inside = base();
    change(inside, false);
    expect(check(inside)).toEqual([]);
    const outside = base();
    const path = change(outside, true);
    const problems = check(outside);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(re);
    expect(problems[0]!.path).toBe(path);
    expect(problems[0]!.column).toBeGreaterThan(1);
  }

  it('accepts a compiled area', () => {
    expect(check(base())).toEqual([]);
  });

  it('name, quote, note lengths and aliases count', () => {
    cEdge((g, out) => {
      const i = nodeIndex(g, 'fixture/trust');
      g.nodes[i]!.properties.name = 'n'.repeat(LIMITS.nameLength + (out ? 1 : 0));
      return `nodes[${i}].properties.name`;
    }, /name is 501 characters/);
    cEdge((g, out) => {
      const i = nodeIndex(g, 'fixture/fsb');
      g.nodes[i]!.properties.aliases = Array.from(
        { length: LIMITS.aliasCount + (out ? 1 : 0) },
        (_, k) => `A${k}`,
      );
      return `nodes[${i}].properties.aliases`;
    }, /51 aliases, over the limit of 50/);
    cEdge((g, out) => {
      const i = nodeIndex(g, 'fixture/fsb');
      g.nodes[i]!.evidence[0]!.quote = 'q'.repeat(LIMITS.quoteLength + (out ? 1 : 0));
      return `nodes[${i}].evidence[0].quote`;
    }, /quote is 4,001 characters/);
    cEdge((g, out) => {
      const i = g.nodes.findIndex((n) => n.labels[0] === 'Document');
      g.nodes[i]!.properties.noteTexts = ['t'.repeat(LIMITS.noteLength + (out ? 1 : 0))];
      return `nodes[${i}].properties.noteTexts[0]`;
    }, /noteTexts is 20,001 characters/);
    cEdge((g, out) => {
      const i = g.nodes.findIndex((n) => n.labels[0] === 'Document');
      const values = g.nodes[i]!.properties.factValues as string[];
      values[values.length - 1] = 't'.repeat(LIMITS.noteLength + (out ? 1 : 0));
      return `nodes[${i}].properties.factValues[${values.length - 1}]`;
    }, /factValues is 20,001 characters/);
    cEdge((g, out) => {
      const i = g.nodes.findIndex((n) => n.labels[0] === 'Document');
      const indexes = g.nodes[i]!.properties.factEvidenceIndexes as number[];
      indexes[0] = out ? g.nodes[i]!.evidence.length : g.nodes[i]!.evidence.length - 1;
      return `nodes[${i}].properties.factEvidenceIndexes[0]`;
    }, /points to evidence entry 1 of a node with 1/);
    cEdge((g, out) => {
      const i = nodeIndex(g, 'fixture/trust');
      g.nodes[i]!.properties[`k${'e'.repeat(LIMITS.keyLength - 1 + (out ? 1 : 0))}`] = 'v';
      return `nodes[${i}].properties`;
    }, /property name of 101 characters/);
  });

  it('characters: tab allowed, control characters and unpaired surrogates refused', () => {
    cEdge((g, out) => {
      const i = nodeIndex(g, 'fixture/trust');
      g.nodes[i]!.properties.name = out ? 'a\u0000b' : 'a\tb';
      return `nodes[${i}].properties.name`;
    }, /control character U\+0000/);
    cEdge((g, out) => {
      const i = nodeIndex(g, 'fixture/trust');
      g.nodes[i]!.properties.name = out ? 'a\ud800b' : 'a\ud83d\ude00b';
      return `nodes[${i}].properties.name`;
    }, /unpaired surrogate U\+D800/);
  });

  it('dates: a real year, validFrom on or before validTo', () => {
    cEdge((g, out) => {
      const i = g.relationships.findIndex((r) => r.type === 'CONSULTS');
      g.relationships[i]!.properties.validFrom = out ? '0000' : '1900';
      return `relationships[${i}].properties.validFrom`;
    }, /year 0000 is outside 1900-2100/);
    cEdge((g, out) => {
      const i = g.relationships.findIndex((r) => r.type === 'CONSULTS');
      g.relationships[i]!.properties.validFrom = out ? '2021-01-02' : '2021-01-01';
      g.relationships[i]!.properties.validTo = '2021-01-01';
      return `relationships[${i}].properties.validFrom`;
    }, /validFrom 2021-01-02 is after validTo 2021-01-01/);
  });

  it(`nodes (${LIMITS.nodesPerArea}) and relationships (${LIMITS.relationshipsPerArea}) per area`, () => {
    const inArea = (g: ReturnType<typeof base>) =>
      g.nodes.filter((n) => n.properties.areaId === 'fixture').length;
    cEdge((g, out) => {
      const extra = LIMITS.nodesPerArea - inArea(g) + (out ? 1 : 0);
      for (let k = 0; k < extra; k++)
        g.nodes.push({
          id: `fixture/zz${k}`,
          labels: ['Person'],
          properties: { areaId: 'fixture', name: 'P' },
          evidence: [],
        });
      return `nodes[${g.nodes.length - 1}]`;
    }, /area fixture has more than 5,000 nodes/);
    const rels = base().relationships.length;
    cEdge((g, out) => {
      const extra = LIMITS.relationshipsPerArea - rels + (out ? 1 : 0);
      for (let k = 0; k < extra; k++)
        g.relationships.push({
          id: `zz${k}`,
          type: 'SUPPORTS',
          from: 'fixture/fsb',
          to: 'fixture/trust',
          properties: { areaId: 'fixture' },
          evidence: [],
        });
      return `relationships[${g.relationships.length - 1}]`;
    }, /area fixture has more than 20,000 relationships/);
  }, 60_000);

  it('an import writes only the areas it names: a node or relationship of another area is refused', () => {
    cEdge((g, out) => {
      const i = nodeIndex(g, 'fixture/trust');
      if (out) g.nodes[i]!.properties.areaId = 'wiltshire';
      return `nodes[${i}].properties.areaId`;
    }, /area wiltshire is not named in `areas`/);
    cEdge((g, out) => {
      const i = nodeIndex(g, 'fixture/trust');
      if (out) g.nodes[i]!.id = 'wiltshire/trust';
      for (const r of g.relationships) {
        if (r.from === 'fixture/trust') r.from = g.nodes[i]!.id;
        if (r.to === 'fixture/trust') r.to = g.nodes[i]!.id;
      }
      return `nodes[${i}].id`;
    }, /node wiltshire\/trust is not an id of area fixture/);
    cEdge((g, out) => {
      const i = g.relationships.findIndex((r) => r.type === 'CONSULTS');
      if (out) g.relationships[i]!.properties.areaId = 'walsall';
      return `relationships[${i}].properties.areaId`;
    }, /area walsall is not named in `areas`/);
  });

  it(`canonical import file size: ${LIMITS.canonicalImportBytes} bytes, refused before reading`, () => {
    const file = join(fixtureDirs().root, 'huge.json');
    const fd = openSync(file, 'w');
    ftruncateSync(fd, LIMITS.canonicalImportBytes + 1); // sparse: nothing written
    closeSync(fd);
    const r = readTextFile(
      file,
      'huge.json',
      'canonical JSON file',
      LIMITS.canonicalImportBytes,
      true,
    );
    expect(r.problem?.message).toBe(
      'canonical JSON file is 268,435,457 bytes, over the limit of 268,435,456',
    );
  });
});

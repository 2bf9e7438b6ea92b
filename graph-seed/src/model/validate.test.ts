import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateSeed } from '../area-files.ts';
import {
  edit,
  FIXTURE_AREA,
  fixtureDirs,
  positionOf,
  writeArea,
} from '../__fixtures__/fixture-dirs.ts';
import type { Problem } from '@accgraph/schema';

function problemsFor(text: string): Problem[] {
  const paths = fixtureDirs();
  writeArea(paths, text);
  return validateSeed(paths).problems;
}

/** Exactly one problem, at the position of `at` in `text` (plus a column offset), matching `message`. */
function expectOne(
  text: string,
  at: string,
  message: RegExp,
  columnOffset = 0,
  last = false,
): Problem {
  const problems = problemsFor(text);
  expect(problems.map((p) => p.message)).toHaveLength(1);
  const [p] = problems as [Problem];
  const { line, column } = positionOf(text, at, last);
  expect(p.message).toMatch(message);
  expect({ line: p.line, column: p.column }).toEqual({ line, column: column + columnOffset });
  expect(p.file).toMatch(/fixture-2020\.yaml$/);
  expect(p.expected).not.toBe('');
  return p;
}

describe('validateAreas', () => {
  it('accepts the fixture', () => {
    expect(problemsFor(FIXTURE_AREA)).toEqual([]);
  });

  it('reports YAML syntax errors with their position', () => {
    const text = edit(FIXTURE_AREA, 'aliases: [FSB]', 'aliases: [FSB');
    const problems = problemsFor(text);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]?.message).toMatch(/^YAML /);
    expect(problems[0]?.line).toBeGreaterThanOrEqual(positionOf(text, 'aliases: [FSB').line);
  });

  it('reports an invalid enum value at the value', () => {
    const text = edit(FIXTURE_AREA, 'kind: childrens-trust', 'kind: childrens-trusts');
    const p = expectOne(text, 'childrens-trusts', /invalid value "childrens-trusts"/);
    expect(p.expected).toContain('childrens-trust');
    expect(p.path).toBe('nodes[1].kind');
  });

  it('reports an unknown key at the key', () => {
    const text = edit(FIXTURE_AREA, '    cadence: annual\n', '    cadense: annual\n');
    expectOne(text, 'cadense', /unknown key `cadense`/);
  });

  it('reports a missing required key at its parent', () => {
    const text = edit(FIXTURE_AREA, '    mode: call-to-account\n', '');
    const p = expectOne(text, 'type: HOLDS_TO_ACCOUNT', /missing `mode`/);
    expect(p.expected).toContain('call-to-account');
  });

  it('reports unknown ids', () => {
    const text = edit(FIXTURE_AREA, 'to: fixture/fsb\n', 'to: fixture/board\n');
    expectOne(text, 'fixture/board', /unknown id fixture\/board/);
  });

  it('reports duplicate ids at the second declaration', () => {
    const text = edit(
      edit(FIXTURE_AREA, 'id: fixture/fsb-chair', 'id: fixture/trust-chair'),
      'from: fixture/fsb-chair',
      'from: fixture/trust-chair',
    );
    const p = expectOne(
      text,
      'id: fixture/trust-chair',
      /duplicate node id fixture\/trust-chair/,
      4,
      true,
    );
    expect(p.expected).toMatch(/also declared at .*fixture-2020\.yaml:\d+:\d+/);
  });

  it('reports unknown duty types and provisions', () => {
    const text = edit(
      FIXTURE_AREA,
      'dutyTypes: [ANNUAL_REPORT]\n    cadence',
      'dutyTypes: [ANUAL_REPORT]\n    cadence',
    );
    expectOne(text, 'ANUAL_REPORT', /unknown duty type ANUAL_REPORT/);
    const text2 = edit(FIXTURE_AREA, 'basedOn: [law/ca2004]', 'basedOn: [law/ca2044]');
    expectOne(text2, 'law/ca2044', /unknown provision law\/ca2044/);
  });

  it('reports a quote that is not verbatim', () => {
    const text = edit(
      FIXTURE_AREA,
      'quote: The Trust will consult the FSB on plans.',
      'quote: The Trust will consult the FSB on its plans.',
    );
    expectOne(text, 'The Trust will consult the FSB on its', /quote not found verbatim/);
  });

  it('reports a quote that is not at its offsets, with the right ones', () => {
    const text = edit(FIXTURE_AREA, 'start: 369', 'start: 368');
    const p = expectOne(text, '368', /quote not found at offsets 368-409/);
    expect(p.expected).toContain('start: 369, end: 409');
  });

  it('reports missing offsets with the offsets to use', () => {
    const text = edit(FIXTURE_AREA, '        start: 369\n        end: 409\n', '');
    const p = expectOne(text, 'The Trust will consult the FSB on plans.', /no start\/end offsets/);
    expect(p.expected).toContain('start: 369, end: 409');
  });

  it('reports a section heading that does not precede the quote', () => {
    const text = edit(
      FIXTURE_AREA,
      'section: 3. The Trust\n        start: 369',
      'section: 4. Elsewhere\n        start: 369',
    );
    expectOne(text, '4. Elsewhere', /section heading "4. Elsewhere" not found before the quote/);
  });

  it('requires a quote for a note on the text (a blank is shown by the blank text)', () => {
    const text = edit(
      FIXTURE_AREA,
      `    - kind: other
      text: A note for the tests.
      evidence:
        - quote: "Dated: 1.2.2020"
          section: 3. The Trust
          start: 502
          end: 517
`,
      `    - kind: blank-field
      text: A note for the tests.
      evidence: []
`,
    );
    const p = expectOne(text, '[]', /a blank-field note has no quote/);
    expect(p.expected).toMatch(/evidence quote that shows it/);
  });

  it('requires a verbatim quote for every "replaces" statement', () => {
    const withReplaces = (evidence: string) =>
      edit(
        FIXTURE_AREA,
        '  notes:\n',
        `  replaces:\n    - text: the background paragraph\n${evidence}  notes:\n`,
      );
    const good = withReplaces(
      '      evidence:\n        - quote: This paragraph is background.\n          section: 1. Aim\n          start: 117\n          end: 146\n',
    );
    expect(problemsFor(good)).toEqual([]);
    expectOne(withReplaces('      evidence: []\n'), '[]', /expected at least one evidence quote/);
    const invented = withReplaces(
      '      evidence:\n        - quote: This protocol replaces the 2015 one.\n          section: 1. Aim\n',
    );
    expect(
      problemsFor(invented)
        .map((p) => p.message)
        .join('\n'),
    ).toMatch(/not found/);
  });

  it('reports bad dates', () => {
    const text = edit(FIXTURE_AREA, 'date: 2020-02-01', 'date: 2020-02-30');
    expectOne(text, '2020-02-30', /invalid date/);
  });

  it('requires a key when two relationships would share an id', () => {
    const dup = FIXTURE_AREA.replace(
      'obligations:',
      `  - type: CONSULTS
    from: fixture/trust
    to: fixture/fsb
    subject: plans again
    evidence:
      - quote: It will consult the Trust
        section: 2. The Board
        start: 261
        end: 286

obligations:`,
    );
    const p = expectOne(
      dup,
      '  - type: CONSULTS\n    from: fixture/trust\n    to: fixture/fsb\n    subject: plans again',
      /relationship id fixture\/2020:CONSULTS:fixture\/trust->fixture\/fsb is also produced/,
      4,
    );
    expect(p.expected).toMatch(/key/);
    const keyed = dup.replace('subject: plans again', 'subject: plans again\n    key: again');
    expect(problemsFor(keyed)).toEqual([]);
  });

  it('reports every problem of a file, not just the first', () => {
    let text = edit(FIXTURE_AREA, 'kind: childrens-trust', 'kind: nope');
    text = edit(text, 'to: fixture/fsb\n', 'to: fixture/nobody\n');
    text = edit(text, 'date: 2020-02-01', 'date: 2020-13-01');
    expect(problemsFor(text)).toHaveLength(3);
  });

  it('reports a missing provisions.yaml clearly', () => {
    const paths = fixtureDirs();
    rmSync(join(paths.taxonomyDir, 'provisions.yaml'));
    const problems = validateSeed(paths).problems;
    expect(problems).toHaveLength(1);
    expect(problems[0]?.file).toMatch(/provisions\.yaml$/);
    expect(problems[0]?.message).toMatch(/taxonomy file not found/);
  });
});

describe('the section of a quote is a heading line (issue 14)', () => {
  it('refuses a section that is only the middle of a sentence', () => {
    const text = edit(
      FIXTURE_AREA,
      'section: 3. The Trust\n        start: 369',
      'section: The Trust\n        start: 369',
    );
    expectOne(
      text,
      'section: The Trust',
      /not a whole line \(the middle of a sentence is not a heading\)|is not a heading/,
      9,
    );
  });
});

import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '@accgraph/api/config';
import { runSeed, type SeedRun } from './support/seed-cli.ts';

/**
 * Hostile area files and canonical JSON through the real CLI (issue 16): each
 * is refused with a located problem, exit code 1, and the store is unchanged.
 * A hanging run is killed by the child-process timeout (status null), so a
 * regression shows as a failed assertion, not a stuck suite.
 */
const FIXTURES = path.join(REPO_ROOT, 'graph-seed/src/__fixtures__');

/** The seed CLI on an embedded file, killed after 25 s: a hang (an alias bomb) shows as a null code. */
function seed(args: string[], dbPath: string): SeedRun {
  return runSeed(args, dbPath, { timeoutMs: 25_000 });
}

describe('seed CLI refuses hostile input and writes nothing', { timeout: 120_000 }, () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'accgraph-limits-'));
  const db = path.join(dir, 'db', 'graph.grafeo');
  const fixture = readFileSync(path.join(FIXTURES, 'areas/fixture-2020.yaml'), 'utf8');
  let n = 0;
  let before = '';

  /** A copy of the fixture dirs whose area file is `content`; the seed path options. */
  const withArea = (content: string | Buffer): string[] => {
    const root = path.join(dir, `case-${n++}`);
    for (const d of ['areas', 'sources', 'taxonomy'])
      cpSync(path.join(FIXTURES, d), path.join(root, d), { recursive: true });
    writeFileSync(path.join(root, 'areas/fixture-2020.yaml'), content);
    return [
      '--areas-dir',
      path.join(root, 'areas'),
      '--sources-dir',
      path.join(root, 'sources'),
      '--taxonomy-dir',
      path.join(root, 'taxonomy'),
    ];
  };
  const exportNow = (): string => {
    const out = path.join(dir, `export-${n++}.json`);
    const r = seed([...withArea(fixture), 'export', '--out', out], db);
    expect(r.code, r.err).toBe(0);
    return readFileSync(out, 'utf8');
  };
  /** validate and load both refuse `content` with a message matching `message`; store unchanged. */
  const refused = (content: string | Buffer, message: RegExp) => {
    const opts = withArea(content);
    const v = seed([...opts, 'validate'], db);
    expect(v.code, v.err).toBe(1);
    expect(v.err).toMatch(message);
    expect(v.err).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/); // no stack trace
    const l = seed([...opts, 'load'], db);
    expect(l.code, l.err).toBe(1);
    expect(l.err).toMatch(message);
    expect(l.err).toMatch(/nothing was written/);
    expect(exportNow()).toBe(before);
  };

  beforeAll(() => {
    const r = seed([...withArea(fixture), 'load'], db);
    expect(r.code, r.err).toBe(0);
    before = exportNow();
    expect(before).toContain('fixture/fsb');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('a billion-laughs alias bomb (9 levels) is refused', () => {
    const lines = ['a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (let i = 1; i <= 9; i++) {
      const prev = `*a${i - 1}`;
      lines.push(`a${i}: &a${i} [${Array(9).fill(prev).join(', ')}]`);
    }
    refused(`${fixture}\n${lines.join('\n')}\n`, /fixture-2020\.yaml:\d+:\d+: .*alias/i);
  });

  it('one anchor aliased 20,000 times is refused', () => {
    const big = `x: &big [${Array(200).fill('"some text here"').join(', ')}]\n`;
    const many = `y: [${Array(20_000).fill('*big').join(', ')}]\n`;
    refused(`${fixture}\n${big}${many}`, /fixture-2020\.yaml:\d+:\d+: .*alias/i);
  });

  it('a self-referencing alias is refused, not a stack overflow', () => {
    const text = fixture.replace('aliases: [FSB]', 'aliases: &self [FSB, *self]');
    expect(text).not.toBe(fixture);
    refused(text, /fixture-2020\.yaml:\d+:\d+: .*alias/i);
  });

  it("`source: ''` is a located problem, not EISDIR", () => {
    const text = fixture.replace('source: fixture-2020-protocol.txt', "source: ''");
    expect(text).not.toBe(fixture);
    refused(text, /fixture-2020\.yaml:\d+:\d+: .*source/);
  });

  it('a NUL byte and other control characters are refused with their position', () => {
    refused(
      fixture.replace('name: Fixture Trust', 'name: Fixture\u0000Trust'),
      /fixture-2020\.yaml:\d+:\d+: .*control character U\+0000/,
    );
    refused(
      fixture.replace('name: Fixture Trust', 'name: "Fixture\\x07Trust"'),
      /fixture-2020\.yaml:\d+:\d+: .*control character U\+0007/,
    );
  });

  it('invalid UTF-8 is refused with its position', () => {
    const at = fixture.indexOf('Fixture Trust');
    const bytes = Buffer.concat([
      Buffer.from(fixture.slice(0, at), 'utf8'),
      Buffer.from([0xc3, 0x28]),
      Buffer.from(fixture.slice(at), 'utf8'),
    ]);
    refused(bytes, /fixture-2020\.yaml:\d+:\d+: .*invalid UTF-8/);
  });

  it('a 2 MB name is refused (the file is over its size limit)', () => {
    refused(
      fixture.replace('name: Fixture Trust', `name: ${'x'.repeat(2_000_000)}`),
      /fixture-2020\.yaml:1:1: .*area file is \d[\d,]* bytes/,
    );
  });

  it('a document dated 0000 and a relationship valid from after its end are refused', () => {
    const reversed = fixture.replace(
      '    subject: plans',
      '    subject: plans\n    validFrom: 2021-06-01\n    validTo: 2020-01-01',
    );
    expect(reversed).not.toBe(fixture);
    refused(reversed, /fixture-2020\.yaml:\d+:\d+: validFrom is after validTo/);
    refused(
      fixture.replace('date: 2020-02-01', 'date: 0000'),
      /fixture-2020\.yaml:\d+:\d+: .*year 0000/,
    );
  });

  it('import refuses invalid UTF-8, NUL bytes and an oversized value in canonical JSON; store unchanged', () => {
    const json = JSON.parse(before) as { nodes: { properties: Record<string, unknown> }[] };
    const file = path.join(dir, 'bad.json');
    const nul = structuredClone(json);
    nul.nodes[0]!.properties.name = 'a\u0000b';
    writeFileSync(file, JSON.stringify(nul));
    let r = seed(['import', file], db);
    expect(r.code, r.err).toBe(1);
    expect(r.err).toMatch(
      /bad\.json:\d+:\d+: .*control character U\+0000.*\[at nodes\[0\]\.properties\.name\]/,
    );
    expect(r.err).toMatch(/nothing was written/);

    const long = structuredClone(json);
    long.nodes[0]!.properties.name = 'n'.repeat(100_000);
    writeFileSync(file, JSON.stringify(long));
    r = seed(['import', file], db);
    expect(r.code, r.err).toBe(1);
    expect(r.err).toMatch(/\[at nodes\[0\]\.properties\.name\]/);

    writeFileSync(
      file,
      Buffer.concat([
        Buffer.from(before.slice(0, 50)),
        Buffer.from([0xff]),
        Buffer.from(before.slice(50)),
      ]),
    );
    r = seed(['import', file], db);
    expect(r.code, r.err).toBe(1);
    expect(r.err).toMatch(/bad\.json:\d+:\d+: .*invalid UTF-8/);
    const other = structuredClone(json) as { nodes: { properties: Record<string, unknown> }[] };
    other.nodes.find((node) => node.properties.areaId === 'fixture')!.properties.areaId =
      'wiltshire';
    writeFileSync(file, JSON.stringify(other));
    r = seed(['import', file], db);
    expect(r.code, r.err).toBe(1);
    expect(r.err).toMatch(/bad\.json:\d+:\d+: area wiltshire is not named in `areas`/);
    expect(exportNow()).toBe(before);
  });
});

import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { edit, FIXTURE_AREA, fixtureDirs, writeArea } from './__fixtures__/fixture-dirs.ts';

const CLI = fileURLToPath(new URL('./cli.ts', import.meta.url));

function seed(args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const dirs = (p: ReturnType<typeof fixtureDirs>) => [
  '--areas-dir',
  p.areasDir,
  '--sources-dir',
  p.sourcesDir,
  '--taxonomy-dir',
  p.taxonomyDir,
];

describe('cli', () => {
  it('exits 0 on valid data, 1 on data errors, 2 on usage errors', () => {
    const paths = fixtureDirs();
    expect(seed([...dirs(paths), 'validate']).code).toBe(0);
    writeArea(paths, edit(FIXTURE_AREA, 'date: 2020-02-01', 'date: 2020-02-31'));
    const bad = seed([...dirs(paths), 'validate']);
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/fixture-2020\.yaml:16:13: invalid date/);
    expect(seed(['no-such-command']).code).toBe(2);
    expect(seed(['export']).code).toBe(2); // --out is required
    expect(seed([...dirs(paths), 'coverage', '--document', 'nowhere/1999']).code).toBe(2);
  }, 120_000);

  it('fix-offsets rewrites the file, then validate passes', () => {
    const paths = fixtureDirs();
    const file = writeArea(
      paths,
      FIXTURE_AREA.replace(/\n *(start|end): \d+/g, '').replace(/, (start|end): \d+/g, ''),
    );
    expect(seed([...dirs(paths), 'validate']).code).toBe(1);
    const fixed = seed([...dirs(paths), 'fix-offsets', '--area', 'fixture']);
    expect(fixed.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(FIXTURE_AREA);
    expect(seed([...dirs(paths), 'validate']).code).toBe(0);
  }, 120_000);

  it('import rejects a malformed file before opening the store', () => {
    const paths = fixtureDirs();
    const file = join(paths.root, 'bad.json');
    writeFileSync(
      file,
      JSON.stringify(
        {
          format: 'accgraph-export/1',
          areas: [],
          nodes: [{ id: 'x', labels: ['Nope'], properties: {}, evidence: [] }],
          relationships: [],
        },
        null,
        2,
      ),
    );
    const r = seed(['import', file]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/bad\.json:\d+:\d+: invalid value "Nope"/);
  }, 120_000);
});

import { describe, expect, it } from 'vitest';
import { coverageReport } from '../coverage-report.ts';
import { FIXTURE_AREA, fixtureDirs, writeArea } from '../__fixtures__/fixture-dirs.ts';

describe('coverage', () => {
  it('lists the sentences no evidence quote overlaps, with line numbers', () => {
    const [doc] = coverageReport(fixtureDirs());
    expect(doc?.documentId).toBe('fixture/2020');
    expect(doc?.uncovered.map((s) => `${s.line}: ${s.text}`)).toEqual([
      '5: This paragraph is background.',
      '9: It will consult the Trust, e.g. on plans, and advise it.',
      '16: Attend meetings as needed.',
    ]);
    expect(doc?.covered).toBe(doc!.total - 3);
    expect(doc?.sentences.filter((s) => s.kind === 'heading').map((s) => s.text)).toContain(
      '2. The Board',
    );
  });

  it('locates quotes of files whose offsets are not filled yet', () => {
    const paths = fixtureDirs();
    writeArea(
      paths,
      FIXTURE_AREA.replace(/\n *(start|end): \d+/g, '').replace(/, (start|end): \d+/g, ''),
    );
    expect(coverageReport(paths)[0]?.uncovered).toHaveLength(3);
  });

  it('reports a source no area file cites as entirely uncovered', () => {
    const paths = fixtureDirs();
    writeArea(
      paths,
      FIXTURE_AREA.replace('source: fixture-2020-protocol.txt', 'source: other.txt'),
    );
    const [doc] = coverageReport(paths);
    expect(doc?.documentId).toBeNull();
    expect(doc?.covered).toBe(0);
  });
});

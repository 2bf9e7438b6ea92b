import { coverageReport } from '../coverage-report.ts';
import type { DocumentCoverage } from '../model/coverage.ts';
import type { SeedPaths } from '../paths.ts';
import { EXIT, type ExitCode, type Io, UsageError } from './io.ts';

export interface CoverageOptions {
  document?: string;
  json?: boolean;
  /** Also list covered sentences and headings (text output). */
  all?: boolean;
}

const matches = (c: DocumentCoverage, wanted: string) =>
  c.documentId === wanted || c.source === wanted || c.source === `${wanted}.txt`;

const brief = ({
  line,
  start,
  end,
  text,
}: {
  line: number;
  start: number;
  end: number;
  text: string;
}) => ({
  line,
  start,
  end,
  text,
});

/** `coverage [--document id] [--json] [--all]`: per document, the sentences that produced no fact. */
export function coverageCommand(
  paths: Partial<SeedPaths>,
  options: CoverageOptions,
  io: Io,
): ExitCode {
  let report = coverageReport(paths);
  if (options.document !== undefined) {
    const wanted = options.document;
    report = report.filter((c) => matches(c, wanted));
    if (report.length === 0)
      throw new UsageError(`--document ${wanted}: no such document id or source file`);
  }
  if (options.json) {
    const json = report.map((c) => ({
      documentId: c.documentId,
      source: c.source,
      sentences: c.total,
      covered: c.covered,
      unlocatedQuotes: c.unlocatedQuotes,
      uncovered: c.uncovered.map(brief),
      coveredSentences: c.sentences.filter((s) => s.kind === 'sentence' && s.covered).map(brief),
      headings: c.sentences.filter((s) => s.kind === 'heading').map(brief),
    }));
    io.out(JSON.stringify(json, null, 2));
    return EXIT.ok;
  }
  for (const c of report) {
    const pct = c.total === 0 ? 100 : Math.round((100 * c.covered) / c.total);
    const unlocated = c.unlocatedQuotes
      ? `, ${c.unlocatedQuotes} quote(s) not found in the source`
      : '';
    io.out(
      `${c.documentId ?? '(no area file)'} ${c.source}: ${c.covered}/${c.total} sentences covered (${pct}%), ` +
        `${c.uncovered.length} uncovered${unlocated}`,
    );
    for (const s of options.all ? c.sentences : c.uncovered) {
      const mark = s.kind === 'heading' ? '#' : s.covered ? '+' : '-';
      io.out(`  ${mark} L${s.line}: ${s.text}`);
    }
  }
  return EXIT.ok;
}

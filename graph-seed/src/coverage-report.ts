import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadAreaFiles } from './area-files.ts';
import { type DocumentCoverage, documentCoverage, type QuoteRange } from './model/coverage.ts';
import { walkEvidence } from './model/evidence-walk.ts';
import { parseYaml } from '@accgraph/schema';
import { locateQuote } from './model/quotes.ts';
import { type SeedPaths, seedPaths } from './paths.ts';

/**
 * Coverage of every source document by the evidence quotes of the area files
 * that cite it (any node, relationship, obligation, date, note or governs
 * quote). Works on files that do not validate yet: quotes without good
 * offsets are located as fix-offsets would.
 */
export function coverageReport(overrides: Partial<SeedPaths> = {}): DocumentCoverage[] {
  const paths = seedPaths(overrides);
  const bySource = new Map<
    string,
    { documentId: string | null; quotes: QuoteRange[]; unlocated: number }
  >();
  const sourceText = new Map<string, string>();
  const sources = existsSync(paths.sourcesDir)
    ? readdirSync(paths.sourcesDir)
        .filter((n) => n.endsWith('.txt'))
        .sort()
    : [];
  for (const name of sources) {
    sourceText.set(name, readFileSync(join(paths.sourcesDir, name), 'utf8'));
    bySource.set(name, { documentId: null, quotes: [], unlocated: 0 });
  }
  for (const f of loadAreaFiles(paths.areasDir)) {
    const data = parseYaml(f.file, f.text).data as
      { document?: { id?: unknown; source?: unknown } } | undefined;
    const source = data?.document?.source;
    if (typeof source !== 'string') continue;
    const text = sourceText.get(source);
    const entry = bySource.get(source);
    if (text === undefined || entry === undefined) continue;
    if (typeof data?.document?.id === 'string') entry.documentId ??= data.document.id;
    for (const { entry: ev } of walkEvidence(data)) {
      if (
        ev.start !== undefined &&
        ev.end !== undefined &&
        text.slice(ev.start, ev.end) === ev.quote
      ) {
        entry.quotes.push({ start: ev.start, end: ev.end });
        continue;
      }
      const located = locateQuote(text, ev.quote, ev.section);
      if ('error' in located) entry.unlocated++;
      else entry.quotes.push(located);
    }
  }
  return sources.map((name) => {
    const entry = bySource.get(name) ?? { documentId: null, quotes: [], unlocated: 0 };
    return documentCoverage(
      name,
      sourceText.get(name) ?? '',
      entry.documentId,
      entry.quotes,
      entry.unlocated,
    );
  });
}

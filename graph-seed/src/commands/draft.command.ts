import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { areaDraftYaml } from '../reader/area-draft.ts';
import { draftArea, type Draft } from '../reader/draft.ts';
import { extractFile, ReaderInputError } from '../reader/extract.ts';
import { bundledLexicon } from '../reader/learn.ts';
import { type SeedPaths, seedPaths } from '../paths.ts';
import { EXIT, type ExitCode, type Io, UsageError } from './io.ts';

export interface DraftOptions {
  area: string;
  year?: string;
  out?: string;
}

/** Confidence below which a proposal is listed for the reviewer. */
export const LOW_CONFIDENCE = 0.6;

const slugify = (s: string) =>
  s
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** The short report: counts by kind, low-confidence items, sentences that produced nothing. */
export function draftReport(draft: Draft): string[] {
  const lines: string[] = [];
  const count = (xs: string[]) => {
    const m = new Map<string, number>();
    for (const x of xs) m.set(x, (m.get(x) ?? 0) + 1);
    return [...m].map(([k, n]) => `${k} ${n}`).join(', ') || 'none';
  };
  lines.push(`nodes: ${draft.nodes.length} (${count(draft.nodes.map((n) => n.label))})`);
  lines.push(`people: ${draft.people.length}`);
  lines.push(
    `relationships: ${draft.relationships.length} (${count(draft.relationships.map((r) => r.type))})`,
  );
  const low = [
    ...draft.nodes
      .filter((n) => n.proposal.confidence < LOW_CONFIDENCE)
      .map((n) => `  ${n.proposal.confidence.toFixed(2)} node ${n.id} (${n.proposal.rule})`),
    ...draft.people
      .filter((n) => n.proposal.confidence < LOW_CONFIDENCE)
      .map((n) => `  ${n.proposal.confidence.toFixed(2)} person ${n.id} (${n.proposal.rule})`),
    ...draft.relationships
      .filter((r) => r.proposal.confidence < LOW_CONFIDENCE)
      .map(
        (r) =>
          `  ${r.proposal.confidence.toFixed(2)} ${r.type} ${r.from} -> ${r.to} (${r.proposal.rule}) at ${r.evidence[0]!.start}`,
      ),
  ];
  lines.push(`low confidence (< ${LOW_CONFIDENCE}): ${low.length}`, ...low);
  lines.push(`sentences that produced nothing: ${draft.silent.length}`);
  for (const s of draft.silent) {
    lines.push(
      `  ${s.start}-${s.end} [${s.section ?? 'before any heading'}] ${s.text.slice(0, 90)}`,
    );
  }
  if (draft.unplaced > 0) {
    lines.push(`left out (no section heading before the quote): ${draft.unplaced}`);
  }
  return lines;
}

/**
 * `draft <file> --area <id>`: extracts the text, saves it as a source,
 * proposes nodes and relationships with their quotes and writes a draft area
 * file. Bad input writes nothing.
 */
export async function draftCommand(
  file: string,
  opts: DraftOptions,
  overrides: Partial<SeedPaths>,
  io: Io,
): Promise<ExitCode> {
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(opts.area)) {
    throw new UsageError(`--area ${opts.area}: expected a lowercase slug such as wiltshire`);
  }
  const year =
    opts.year ?? /(?:19|20)\d\d/.exec(basename(file))?.[0] ?? String(new Date().getUTCFullYear());
  if (!/^(?:19|20)\d\d$/.test(year))
    throw new UsageError(`--year ${year}: expected a year such as 2019`);
  const paths = seedPaths(overrides);
  let extracted;
  try {
    extracted = await extractFile(file);
  } catch (error) {
    if (error instanceof ReaderInputError) {
      io.err(`error: ${error.message}`);
      io.err(`what to do: ${error.hint}`);
      io.err('nothing was written.');
      return EXIT.data;
    }
    throw error;
  }
  let stem = slugify(basename(file, extname(file)));
  if (!stem.startsWith(`${opts.area}-${year}`)) stem = `${opts.area}-${year}-${stem}`;
  const sourceFile = `${stem}.txt`;
  const sourcePath = join(paths.sourcesDir, sourceFile);
  const out = opts.out ?? join(paths.areasDir, `${opts.area}-${year}.yaml`);
  if (existsSync(out)) {
    io.err(`error: ${out} exists; the draft would overwrite it`);
    io.err(
      'what to do: give another file with --out, or move the existing file away. Nothing was written.',
    );
    return EXIT.data;
  }
  if (existsSync(sourcePath) && readFileSync(sourcePath, 'utf8') !== extracted.text) {
    io.err(`error: ${sourcePath} exists with other text`);
    io.err('what to do: rename the input file or remove the old source. Nothing was written.');
    return EXIT.data;
  }
  const draft = draftArea(extracted.text, opts.area, bundledLexicon(), {
    documentId: `${opts.area}/${year}`,
  });
  // Every quote must slice the saved text exactly: checked before anything is written.
  for (const e of [...draft.nodes, ...draft.people, ...draft.relationships].flatMap(
    (x) => x.evidence,
  )) {
    if (extracted.text.slice(e.start, e.end) !== e.quote) {
      throw new Error(`internal: quote at ${e.start}-${e.end} does not slice the source`);
    }
  }
  const yaml = areaDraftYaml({
    area: opts.area,
    year,
    sourceFile,
    source: extracted.text,
    draft,
    provenance: extracted.provenance,
  });
  mkdirSync(paths.sourcesDir, { recursive: true });
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(sourcePath, extracted.text);
  writeFileSync(out, yaml);
  io.out(
    `source: ${sourcePath} (${extracted.provenance.format}, ${extracted.text.length} characters)`,
  );
  io.out(`area file: ${out} (status draft)`);
  for (const line of draftReport(draft)) io.out(line);
  return EXIT.ok;
}

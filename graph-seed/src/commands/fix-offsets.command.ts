import { writeFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { loadAreaFiles } from '../area-files.ts';
import { fixOffsets } from '../model/fix-offsets.ts';
import { parseYaml, formatProblem, LIMITS, type Problem } from '@accgraph/schema';
import { SOURCE_NAME } from '../model/area-file.schema.ts';
import { readTextFile } from '../model/read-text.ts';
import { type SeedPaths, seedPaths } from '../paths.ts';
import { EXIT, type ExitCode, type Io } from './io.ts';
import { selectFiles } from './select-files.ts';

/** `fix-offsets [--area x]`: fills/repairs start/end of every quote, rewriting files in place. */
export function fixOffsetsCommand(
  overrides: Partial<SeedPaths>,
  options: { area?: string },
  io: Io,
): ExitCode {
  const paths = seedPaths(overrides);
  const files = selectFiles(loadAreaFiles(paths.areasDir), options.area);
  const problems: Problem[] = [];
  for (const f of files) {
    if (f.problem) {
      problems.push(f.problem); // unreadable (size, UTF-8): never rewritten
      continue;
    }
    const parsed = parseYaml(f.file, f.text);
    if (parsed.problems.length > 0) {
      problems.push(...parsed.problems);
      continue;
    }
    const source = (parsed.data as { document?: { source?: unknown } } | null)?.document?.source;
    const read =
      typeof source === 'string' && SOURCE_NAME.test(source)
        ? readTextFile(
            join(paths.sourcesDir, source),
            f.file,
            'source file',
            LIMITS.sourceFileBytes,
            false,
          )
        : null;
    if (read?.text == null) {
      problems.push(
        parsed.problem(
          ['document', 'source'],
          read?.problem.message ?? `source file not found: ${String(source)}`,
          'a file name in graph-seed/sources/',
        ),
      );
      continue;
    }
    const result = fixOffsets(f.file, f.text, read.text);
    problems.push(...result.problems);
    if (result.text !== f.text) {
      const path = isAbsolute(f.file) ? f.file : resolve(process.cwd(), f.file);
      writeFileSync(path, result.text);
    }
    const failed = result.problems.length ? `, ${result.problems.length} not found` : '';
    io.out(`${f.file}: ${result.fixed} fixed, ${result.kept} already right${failed}`);
  }
  for (const p of problems) io.err(formatProblem(p));
  return problems.length > 0 ? EXIT.data : EXIT.ok;
}

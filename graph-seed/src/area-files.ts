import { existsSync, readdirSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { LIMITS, loadTaxonomy } from '@accgraph/schema';
import { readTextFile } from './model/read-text.ts';
import { type RawAreaFile, validateAreas, type Validation } from './model/validate.ts';
import { type SeedPaths, seedPaths } from './paths.ts';

/** A path as shown in problems: relative to the working directory when inside it. */
export function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

/**
 * Reads every `*.yaml` / `*.yml` file of `dir`, sorted by name. A file over
 * the size limit or not valid UTF-8 comes back with its `problem` and no text.
 */
export function loadAreaFiles(dir: string): RawAreaFile[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => {
      const path = join(dir, name);
      const file = displayPath(path);
      const read = readTextFile(path, file, 'area file', LIMITS.areaFileBytes, true);
      return read.problem ? { file, text: '', problem: read.problem } : { file, text: read.text };
    });
}

/** Loads the taxonomy and all area files of `paths` and validates them together. */
export function validateSeed(overrides: Partial<SeedPaths> = {}): Validation {
  const paths = seedPaths(overrides);
  return validateAreas(loadAreaFiles(paths.areasDir), {
    sourcesDir: paths.sourcesDir,
    taxonomy: loadTaxonomy(paths.taxonomyDir),
  });
}

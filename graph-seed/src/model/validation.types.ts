import { basename } from 'node:path';
import type { Problem, Taxonomy } from '@accgraph/schema';
import type { AreaFile } from './schema-check.ts';

export interface RawAreaFile {
  /** Path used in problems (repo-relative when loaded by the CLI). */
  file: string;
  text: string;
  /** Why the file could not be read (size, UTF-8); `text` is then empty. */
  problem?: Problem;
}

export interface ValidateOptions {
  /** graph-seed/sources */
  sourcesDir: string;
  taxonomy: Taxonomy;
}

export interface Validation {
  /** Every problem found, in no particular order (see sortProblems). */
  problems: Problem[];
  /** Files that passed the per-file schema check (possibly with cross-file problems). */
  files: AreaFile[];
  /** Source file name -> text, for the documents the files cite. */
  sources: Map<string, string>;
  taxonomy: Taxonomy;
  /** Area file -> the area it describes (its `area.id`, else guessed from `<area>-<year>.yaml`). */
  fileAreas: Map<string, string>;
}

/** The area a problem belongs to, or null (taxonomy and other shared files). */
export function problemArea(validation: Validation, problem: Problem): string | null {
  return validation.fileAreas.get(problem.file) ?? null;
}

export function guessArea(file: string, data: unknown): string {
  const id = (data as { area?: { id?: unknown } } | undefined)?.area?.id;
  if (typeof id === 'string') return id;
  return basename(file).replace(/(-\d{4}(-\d+)?)?\.ya?ml$/, '');
}

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fromFile } from '../cache.ts';
import { REPO_ROOT } from '../store/index.ts';

/** Where the source texts quoted by the evidence live (graph-seed/sources). */
const SOURCES_DIR = path.join(REPO_ROOT, 'graph-seed', 'sources');
const SAFE_FILE = /^[A-Za-z0-9][A-Za-z0-9._-]*\.txt$/;

/**
 * The full text of a source document (evidence offsets point into it), or
 * null when the file is not bundled (e.g. an imported area without sources).
 */
export function sourceText(sourceFile: string): Promise<string | null> {
  if (!SAFE_FILE.test(sourceFile)) return Promise.resolve(null);
  return fromFile('sources', sourceFile, () =>
    readFile(path.join(SOURCES_DIR, sourceFile), 'utf8').catch(() => null),
  );
}

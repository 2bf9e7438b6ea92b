import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fromFile, graphCache } from '../cache.ts';
import { readDocumentText } from '../documents/texts.ts';
import type { ServiceDeps } from '../services.ts';
import { REPO_ROOT } from '../store/index.ts';

/** Where the bundled source texts live (graph-seed/sources): the fallback where none is stored. */
const SOURCES_DIR = path.join(REPO_ROOT, 'graph-seed', 'sources');
const SAFE_FILE = /^[A-Za-z0-9][A-Za-z0-9._-]*\.txt$/;

/**
 * The full text of a bundled source file, or null when the file is not
 * bundled. Only a fallback: the store's text (`:SourceText`, decision 0022)
 * is the one evidence offsets were checked against.
 */
export function sourceText(sourceFile: string): Promise<string | null> {
  if (!SAFE_FILE.test(sourceFile)) return Promise.resolve(null);
  return fromFile('sources', sourceFile, () =>
    readFile(path.join(SOURCES_DIR, sourceFile), 'utf8').catch(() => null),
  );
}

/** A document's text: the stored one, else (where none is stored) the bundled file. */
export class DocumentTextService {
  constructor(private readonly deps: ServiceDeps) {}

  /** The stored text is kept in the graph cache `document-texts` until the next write. */
  async text(documentId: string, sourceFile: string | null | undefined): Promise<string | null> {
    const { store } = this.deps;
    const stored = await graphCache<string | null>(store, 'document-texts').fetch(
      documentId,
      async () =>
        (
          await store.readTransaction((tx) => readDocumentText(tx, documentId), {
            metadata: { app: 'api', action: 'document-text' },
          })
        )?.text ?? null,
    );
    if (stored !== null) return stored;
    return sourceFile ? sourceText(sourceFile) : null;
  }
}

import { createHash } from 'node:crypto';
import { cypher } from '../store/catalogue.ts';
import type { Tx } from '../store/types.ts';

const here = import.meta.url;
const READ_DOCUMENT_TEXTS = cypher(here, './read-document-texts.cypher');
const READ_DOCUMENT_TEXT_HASHES = cypher(here, './read-document-text-hashes.cypher');
const WRITE_DOCUMENT_TEXT = cypher(here, './write-document-text.cypher');

/**
 * Document texts in the store (BRIEF contract 2, decision 0022): every
 * document's source text, the text its evidence offsets point into, kept as a
 * `:SourceText {documentId, sha256, text, sourceFile, provenance}` node on
 * both stores, so a deployment without the bundled files (an upload, an
 * import) can still verify every quote.
 */

/** How a text reached the store. */
export type TextProvenance = 'bundled' | 'imported' | 'uploaded';

export interface DocumentTextInput {
  documentId: string;
  text: string;
  /** The file the text was read from (`graph-seed/sources/<file>`, an upload's name). */
  sourceFile: string;
  provenance: TextProvenance;
}

export interface StoredDocumentText {
  documentId: string;
  text: string;
  sha256: string;
  sourceFile: string;
  provenance: string;
}

/** SHA-256 (hex) of a document text's UTF-8 bytes. */
export function textSha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

const stored = (row: Record<string, unknown>): StoredDocumentText => ({
  documentId: String(row.documentId),
  text: String(row.text),
  sha256: String(row.sha256),
  sourceFile: String(row.sourceFile ?? ''),
  provenance: String(row.provenance ?? ''),
});

/** The stored texts of these documents (those with none are absent from the map). */
export async function readDocumentTexts(
  tx: Tx,
  documentIds: readonly string[],
): Promise<Map<string, StoredDocumentText>> {
  const out = new Map<string, StoredDocumentText>();
  if (documentIds.length === 0) return out;
  const rows = await tx.run(READ_DOCUMENT_TEXTS.with({ documentIds: [...new Set(documentIds)] }));
  for (const row of rows) out.set(String(row.documentId), stored(row));
  return out;
}

/** `documentId -> sha256` of the stored texts of these documents. */
export async function readDocumentTextHashes(
  tx: Tx,
  documentIds: readonly string[],
): Promise<Map<string, string>> {
  if (documentIds.length === 0) return new Map();
  const rows = await tx.run(
    READ_DOCUMENT_TEXT_HASHES.with({ documentIds: [...new Set(documentIds)] }),
  );
  return new Map(rows.map((row) => [String(row.documentId), String(row.sha256)]));
}

/** The stored text of one document and its sha256, or null when none is stored. */
export async function readDocumentText(
  tx: Tx,
  documentId: string,
): Promise<{ text: string; sha256: string } | null> {
  const found = (await readDocumentTexts(tx, [documentId])).get(documentId);
  return found ? { text: found.text, sha256: found.sha256 } : null;
}

/**
 * Stores (or replaces) one document's text in the caller's transaction and
 * returns its sha256. Idempotent (Neo4j may retry the transaction).
 */
export async function writeDocumentText(
  tx: Tx,
  input: DocumentTextInput,
): Promise<{ documentId: string; sha256: string }> {
  const sha256 = textSha256(input.text);
  await tx.run(
    WRITE_DOCUMENT_TEXT.with({
      documentId: input.documentId,
      text: input.text,
      sha256,
      sourceFile: input.sourceFile,
      provenance: input.provenance,
    }),
  );
  return { documentId: input.documentId, sha256 };
}

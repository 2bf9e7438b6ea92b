import { randomUUID } from 'node:crypto';
import { basename, extname } from 'node:path';
import { LIMITS } from '@accgraph/schema';
import type { Actor } from '../auth/roles.ts';
import { cypher, type Store } from '../store/index.ts';
import { detectDocument, NotADocumentError, type DocumentFormat } from './detect.ts';
import { ReaderStoppedError, runReaderJob } from './reader.pool.ts';

const CREATE_UPLOAD = cypher(import.meta.url, './create-upload.cypher');
const READ_UPLOAD = cypher(import.meta.url, './read-upload.cypher');

export interface UploadRecord {
  id: string;
  fileName: string;
  format: DocumentFormat;
  bytes: number;
  sha256: string;
  extractor: string;
  pages: number | null;
  text: string;
  createdBy: string;
  createdAt: string;
}

/** Why an upload was refused: `status` is the HTTP answer (413, 415, 422). */
export class UploadRefusedError extends Error {
  override readonly name = 'UploadRefusedError';
  constructor(
    readonly status: 413 | 415 | 422 | 503,
    message: string,
    readonly hint: string,
  ) {
    super(message);
  }
}

const EXT: Record<DocumentFormat, string> = { pdf: 'pdf', docx: 'docx', html: 'html', text: 'txt' };

/** A file name safe to keep: its base name, printable, bounded; the extension follows the content. */
function safeName(name: string, format: DocumentFormat): string {
  const stem =
    basename(name.replace(/\\/g, '/'), extname(name))
      .replace(/[^\p{L}\p{N}._ -]+/gu, '-')
      .slice(0, 120)
      .trim() || 'document';
  return `${stem}.${EXT[format]}`;
}

/**
 * Reads an uploaded file (content-checked, extracted in a bounded worker
 * thread) and stores its text; returns the stored upload. Refusals store
 * nothing.
 */
export async function storeUpload(
  store: Store,
  actor: Actor,
  file: { name: string; bytes: Uint8Array },
): Promise<UploadRecord> {
  if (file.bytes.byteLength > LIMITS.uploadBytes) {
    throw new UploadRefusedError(
      413,
      `the file is over the ${LIMITS.uploadBytes / 1048576} MB upload limit`,
      'split the document, or give the part with the governance arrangements',
    );
  }
  let format: DocumentFormat;
  try {
    format = await detectDocument(file.bytes);
  } catch (error) {
    if (error instanceof NotADocumentError) {
      throw new UploadRefusedError(415, `${file.name}: ${error.message}`, 'upload a document');
    }
    throw error;
  }
  const name = safeName(file.name, format);
  let reply;
  try {
    reply = await runReaderJob({ op: 'extract', bytes: file.bytes, name });
  } catch (error) {
    if (error instanceof ReaderStoppedError) {
      throw new UploadRefusedError(
        422,
        `${name}: ${error.message}`,
        'save the document again (print to PDF, or as DOCX) or upload its text',
      );
    }
    throw error;
  }
  if (!reply.ok) {
    if (reply.input) throw new UploadRefusedError(422, reply.message, reply.hint);
    throw new Error(`reader failed on ${name}: ${reply.message}`);
  }
  if (reply.op !== 'extract') throw new Error('reader answered another job');
  // The text becomes the document's source text when published: the same bound as a source file
  // (and well inside the store's largest property)
  const textBytes = Buffer.byteLength(reply.text, 'utf8');
  if (textBytes > LIMITS.sourceFileBytes) {
    throw new UploadRefusedError(
      413,
      `${name}: its text is ${(textBytes / 1048576).toFixed(1)} MB, over the ${LIMITS.sourceFileBytes / 1048576} MB a document's source text may hold`,
      'upload the part of the document with the governance arrangements',
    );
  }
  const record: UploadRecord = {
    id: `upload-${randomUUID()}`,
    fileName: name,
    format,
    bytes: reply.provenance.bytes,
    sha256: reply.provenance.sha256,
    extractor: reply.provenance.extractor,
    pages: reply.provenance.pages ?? null,
    text: reply.text,
    createdBy: actor.accountId,
    createdAt: new Date().toISOString(),
  };
  await store.write(CREATE_UPLOAD.with({ ...record }));
  return record;
}

/** The upload with this id, or null. */
export async function readUpload(store: Store, id: string): Promise<UploadRecord | null> {
  const [row] = await store.read(READ_UPLOAD.with({ id }));
  return row ? (row as unknown as UploadRecord) : null;
}

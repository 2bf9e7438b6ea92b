/**
 * What an uploaded file is, judged by its content only (never its name or
 * Content-Type): file-type's magic-byte table for binary formats, then our
 * own checks: a PDF starts with `%PDF-`, a DOCX is a ZIP holding
 * `word/document.xml`, HTML and text are valid UTF-8 without control bytes.
 */
import { fileTypeFromBuffer } from 'file-type';

export type DocumentFormat = 'pdf' | 'docx' | 'html' | 'text';

/** The file is not a document we read: the message says what it is and what we take. */
export class NotADocumentError extends Error {
  override readonly name = 'NotADocumentError';
}

const ACCEPTED = 'a PDF with a text layer, a DOCX, an HTML page or a UTF-8 text file';
const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

function isUtf8Text(bytes: Uint8Array): boolean {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return false;
  }
  // control characters other than tab, newline, carriage return, form feed
  // eslint-disable-next-line no-control-regex
  return !/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/.test(text);
}

/** The format of `bytes`, or NotADocumentError. */
export async function detectDocument(bytes: Uint8Array): Promise<DocumentFormat> {
  if (bytes.byteLength === 0) throw new NotADocumentError(`the file is empty; give ${ACCEPTED}`);
  const found = await fileTypeFromBuffer(bytes);
  if (found) {
    if (found.mime === 'application/pdf') {
      if (Buffer.from(bytes.subarray(0, 5)).toString('latin1') !== '%PDF-') {
        throw new NotADocumentError(`the file holds PDF data after other bytes; give ${ACCEPTED}`);
      }
      return 'pdf';
    }
    if (found.mime === DOCX_MIME) return 'docx';
    // file-type reads XML/HTML-ish text as 'application/xml' at most; anything else binary is refused
    if (found.mime !== 'application/xml' || !isUtf8Text(bytes)) {
      throw new NotADocumentError(
        `the file is ${found.mime} (.${found.ext}), not a document; give ${ACCEPTED}`,
      );
    }
  }
  if (!isUtf8Text(bytes)) {
    throw new NotADocumentError(
      `the file is binary data of no known document type (not UTF-8 text); give ${ACCEPTED}`,
    );
  }
  const head = Buffer.from(bytes.subarray(0, 2048)).toString('utf8');
  return /<(!doctype html|html|body|h[1-6]|p)[\s>]/i.test(head) ? 'html' : 'text';
}

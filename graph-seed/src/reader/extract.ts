import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { Parser } from 'htmlparser2';
import mammoth from 'mammoth';
import { ENGLISH_STOP_WORDS, LIMITS } from '@accgraph/schema';

/** Largest file the reader accepts: the upload limit of the one limits table. */
export const MAX_UPLOAD_BYTES = LIMITS.uploadBytes;

export type SourceFormat = 'text' | 'html' | 'docx' | 'pdf';

export interface Provenance {
  /** The file name the text was extracted from. */
  file: string;
  format: SourceFormat;
  bytes: number;
  sha256: string;
  /** The library (and version) that extracted the text. */
  extractor: string;
  pages?: number;
}

export interface Extracted {
  /** The saved text: every offset of a draft points into it. */
  text: string;
  provenance: Provenance;
}

/** Bad input: `message` says what is wrong, `hint` what to do. Nothing is written. */
export class ReaderInputError extends Error {
  constructor(
    message: string,
    readonly hint: string,
  ) {
    super(message);
    this.name = 'ReaderInputError';
  }
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

export function detectFormat(bytes: Uint8Array, name: string): SourceFormat {
  const head = Buffer.from(bytes.subarray(0, 8));
  if (head.subarray(0, 5).toString('latin1') === '%PDF-') return 'pdf';
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) return 'docx';
  if (head.toString('hex') === 'd0cf11e0a1b11ae1') {
    throw new ReaderInputError(
      `${name}: this is an encrypted Office file or a legacy .doc (OLE container), not a readable DOCX`,
      'remove the password, or save it as .docx (Word: File > Save As > Word Document), and draft again',
    );
  }
  const sniff = Buffer.from(bytes.subarray(0, 2048)).toString('utf8');
  if (/\.(x?html?)$/i.test(name) || /<(!doctype html|html|body|h[1-6]|p)[\s>]/i.test(sniff)) {
    return 'html';
  }
  if (bytes.subarray(0, 4096).includes(0)) {
    throw new ReaderInputError(
      `${name}: not a PDF, DOCX, HTML or text file (binary content)`,
      'give a PDF with a text layer, a DOCX, an HTML page or a UTF-8 text file',
    );
  }
  return 'text';
}

const BLOCK = new Set([
  'p', 'div', 'section', 'article', 'header', 'footer', 'main', 'aside', 'blockquote', 'pre',
  'ul', 'ol', 'li', 'table', 'thead', 'tbody', 'tr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'dt',
  'dd', 'dl', 'figure', 'figcaption', 'caption', 'hr', 'address', 'nav', 'title',
]); // prettier-ignore
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'head']);

/**
 * HTML to lines: headings as `#` lines, list items as `• ` (ordered lists
 * numbered `1. `), table rows as cells joined by a tab, paragraphs on
 * their own line with a blank line between blocks.
 */
export function htmlToText(html: string): string {
  const lines: string[] = [];
  let line = '';
  let skipDepth = 0;
  const lists: { ordered: boolean; n: number }[] = [];
  let cellsInRow = 0;
  let inCell = 0;
  const flush = () => {
    const t = line
      .replace(/[ \t\u00a0]+/g, (m) => (m.includes('\t') ? '\t' : ' '))
      .replace(/^[ ]+|[ ]+$/g, '');
    if (t !== '') lines.push(t);
    line = '';
  };
  const parser = new Parser(
    {
      onopentag(name) {
        if (SKIP.has(name)) skipDepth++;
        if (skipDepth > 0) return;
        if (name === 'br') {
          flush();
          return;
        }
        if (name === 'td' || name === 'th') {
          if (cellsInRow++ > 0) line += '\t';
          inCell++;
          return;
        }
        if (!BLOCK.has(name)) return;
        // Paragraphs inside a table cell stay on the row's line.
        if (inCell > 0 && name !== 'table' && name !== 'tr') {
          line += ' ';
          return;
        }
        flush();
        if (name === 'tr') cellsInRow = 0;
        if (name === 'ul' || name === 'ol') lists.push({ ordered: name === 'ol', n: 0 });
        const heading = /^h([1-6])$/.exec(name);
        if (heading) line = `${'#'.repeat(Number(heading[1]))} `;
        if (name === 'li') {
          const list = lists.at(-1);
          line = list?.ordered ? `${++list.n}. ` : '• ';
        }
      },
      ontext(text) {
        if (skipDepth > 0) return;
        line += text.replace(/\s+/g, ' ');
      },
      onclosetag(name) {
        if (SKIP.has(name)) {
          skipDepth--;
          return;
        }
        if (skipDepth > 0) return;
        if (name === 'td' || name === 'th') {
          inCell = Math.max(0, inCell - 1);
          return;
        }
        if (inCell > 0 && name !== 'table' && name !== 'tr') return;
        if (name === 'ul' || name === 'ol') lists.pop();
        if (BLOCK.has(name)) flush();
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  flush();
  // A blank line between blocks, except between list items and table rows.
  const out: string[] = [];
  for (const [i, l] of lines.entries()) {
    const prev = lines[i - 1];
    const tight =
      prev !== undefined &&
      ((/^(•|\d+\.) /.test(l) && /^(•|\d+\.) /.test(prev)) ||
        (l.includes('\t') && prev.includes('\t')));
    if (i > 0 && !tight) out.push('');
    out.push(l);
  }
  return `${out.join('\n')}\n`;
}

async function docxToText(bytes: Uint8Array, name: string): Promise<string> {
  try {
    const { value } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
    return htmlToText(value);
  } catch (error) {
    throw new ReaderInputError(
      `${name}: the DOCX cannot be read (${error instanceof Error ? error.message : String(error)})`,
      'open it in Word or LibreOffice, save it again as .docx, and draft again',
    );
  }
}

interface PdfTextItem {
  str: string;
  hasEOL: boolean;
  transform: number[];
  height: number;
}

async function pdfToText(
  bytes: Uint8Array,
  name: string,
): Promise<{ text: string; pages: number }> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  let doc;
  try {
    doc = await pdfjs.getDocument({
      data: new Uint8Array(bytes),
      isEvalSupported: false,
      useSystemFonts: false,
      verbosity: pdfjs.VerbosityLevel.ERRORS,
    }).promise;
  } catch (error) {
    const kind = (error as { name?: string }).name;
    if (kind === 'PasswordException') {
      throw new ReaderInputError(
        `${name}: the PDF is encrypted (it asks for a password)`,
        'remove the password (print to PDF without protection) and draft again',
      );
    }
    throw new ReaderInputError(
      `${name}: the PDF is corrupt or not a PDF (${error instanceof Error ? error.message : String(error)})`,
      'download or export the PDF again and draft again',
    );
  }
  const pages: string[] = [];
  for (let p = 1; p <= doc.numPages; p++) {
    const page = await doc.getPage(p);
    const content = await page.getTextContent();
    const lines: string[] = [];
    let line = '';
    let lastY: number | undefined;
    let lastHeight = 0;
    for (const raw of content.items) {
      if (!('str' in raw)) continue;
      const item = raw as PdfTextItem;
      const y = item.transform[5] ?? 0;
      if (lastY !== undefined && Math.abs(y - lastY) > 1) {
        if (line !== '') lines.push(line.trim());
        line = '';
        // A gap wider than one and a half lines starts a new paragraph.
        const gap = Math.abs(lastY - y);
        if (gap > 1.8 * (lastHeight || item.height || 12) && lines.at(-1) !== '') lines.push('');
      }
      line += item.str;
      lastY = y;
      lastHeight = item.height;
      if (item.hasEOL) {
        lines.push(line.trim());
        line = '';
      }
    }
    if (line.trim() !== '') lines.push(line.trim());
    pages.push(joinWrapped(lines).join('\n'));
    page.cleanup();
  }
  const count = doc.numPages;
  await doc.destroy();
  // Lines of one paragraph: a PDF breaks them where the page is full; join a
  // line to the previous one unless the previous ends a sentence or is short.
  const text = pages.join('\n\n').replace(/\n{3,}/g, '\n\n');
  return { text: `${text.trim()}\n`, pages: count };
}

const LIST_ITEM = /^(?:[-*•·◆▪●o]\s|\(?[a-z0-9]{1,3}[.)]\s|\d+(?:\.\d+)*\.?\s)/;

/**
 * Lines of one paragraph: a PDF breaks them where the line is full. A line
 * joins the one before it when that one is long (at least 70% of the page's
 * longest line), does not end a sentence, and this one is not a list item.
 */
function joinWrapped(lines: string[]): string[] {
  const longest = Math.max(0, ...lines.map((l) => l.length));
  const out: string[] = [];
  for (const l of lines) {
    const prev = out.at(-1);
    if (
      prev !== undefined &&
      prev !== '' &&
      l !== '' &&
      prev.length >= 0.7 * longest &&
      !/[.:;!?]["”’)]?$/.test(prev) &&
      !LIST_ITEM.test(l)
    )
      // "children/" + "young", "multi-" + "agency": the break was inside a word.
      out[out.length - 1] = /[\p{L}][/-]$/u.test(prev) ? `${prev}${l}` : `${prev} ${l}`;
    else out.push(l);
  }
  return out;
}

/** Share of English stop words among the words of `text` (0 when it has none). */
export function englishRatio(text: string): { words: number; ratio: number } {
  const words = text.toLowerCase().match(/\p{L}+(?:['’]\p{L}+)?/gu) ?? [];
  if (words.length === 0) return { words: 0, ratio: 0 };
  const hits = words.filter((w) => ENGLISH_STOP_WORDS.has(w)).length;
  return { words: words.length, ratio: hits / words.length };
}

/** Below this share of English stop words a document is taken as not English. */
export const MIN_ENGLISH_RATIO = 0.15;

export async function extractBytes(bytes: Uint8Array, file: string): Promise<Extracted> {
  const name = basename(file);
  if (bytes.byteLength > MAX_UPLOAD_BYTES) {
    throw new ReaderInputError(
      `${name}: the file is ${(bytes.byteLength / 1048576).toFixed(1)} MB, over the ${MAX_UPLOAD_BYTES / 1048576} MB limit`,
      'split the document, or give the part with the governance arrangements',
    );
  }
  if (bytes.byteLength === 0) {
    throw new ReaderInputError(`${name}: the file is empty`, 'give the document with its text');
  }
  const format = detectFormat(bytes, name);
  let text: string;
  let pages: number | undefined;
  let extractor: string;
  switch (format) {
    case 'pdf': {
      ({ text, pages } = await pdfToText(bytes, name));
      extractor = 'pdfjs-dist 5.6.205 (text layer)';
      break;
    }
    case 'docx':
      text = await docxToText(bytes, name);
      extractor = 'mammoth 1.13.0 + htmlparser2 12.0.0';
      break;
    case 'html':
      text = htmlToText(Buffer.from(bytes).toString('utf8'));
      extractor = 'htmlparser2 12.0.0';
      break;
    default:
      text = Buffer.from(bytes)
        .toString('utf8')
        .replace(/^\uFEFF/, '')
        .replace(/\r\n?/g, '\n');
      extractor = 'utf-8 text';
  }
  const visible = text.replace(/\s+/g, '');
  if (visible.length === 0) {
    if (format === 'pdf') {
      throw new ReaderInputError(
        `${name}: the PDF has no text layer (a scanned image?)`,
        'run OCR on it (e.g. ocrmypdf) or ask the area for the original document, then draft again',
      );
    }
    throw new ReaderInputError(
      `${name}: the document has no text`,
      'give the document with its text',
    );
  }
  if (format === 'pdf' && pages && visible.length < 10 * pages) {
    throw new ReaderInputError(
      `${name}: the PDF has almost no text layer (${visible.length} characters on ${pages} pages; scanned?)`,
      'run OCR on it (e.g. ocrmypdf) or ask the area for the original document, then draft again',
    );
  }
  const english = englishRatio(text);
  if (english.words >= 20 && english.ratio < MIN_ENGLISH_RATIO) {
    throw new ReaderInputError(
      `${name}: the document does not read as English (${Math.round(english.ratio * 100)}% common English words, expected at least ${MIN_ENGLISH_RATIO * 100}%)`,
      'the reader only reads English documents: give the English version',
    );
  }
  return {
    text,
    provenance: {
      file: name,
      format,
      bytes: bytes.byteLength,
      sha256: sha256(bytes),
      extractor,
      pages,
    },
  };
}

export async function extractFile(file: string): Promise<Extracted> {
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    throw new ReaderInputError(`${file}: no such file`, 'check the path');
  }
  if (size > MAX_UPLOAD_BYTES) {
    throw new ReaderInputError(
      `${basename(file)}: the file is ${(size / 1048576).toFixed(1)} MB, over the ${MAX_UPLOAD_BYTES / 1048576} MB limit`,
      'split the document, or give the part with the governance arrangements',
    );
  }
  return extractBytes(readFileSync(file), file);
}

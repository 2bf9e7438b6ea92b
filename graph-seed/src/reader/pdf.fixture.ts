/**
 * For tests only: a PDF with a real text layer, made with pdfkit (a
 * devDependency), one paragraph per line, so the reader's PDF path and the
 * upload screens are tried on a file a person could have written.
 */
import PDFDocument from 'pdfkit';

/** A PDF with a text layer: one paragraph per line. */
export async function pdfOf(lines: readonly string[]): Promise<Buffer> {
  const doc = new PDFDocument();
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise((resolve) => doc.on('end', resolve));
  for (const line of lines) doc.text(line).moveDown();
  doc.end();
  await done;
  return Buffer.concat(chunks);
}

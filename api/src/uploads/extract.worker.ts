/**
 * The reader's worker thread: extracts a document's text (pdf.js, mammoth,
 * htmlparser2) or drafts an area from a text (compromise), off the server's
 * event loop. One job per thread; the pool (reader.pool.ts) bounds its time
 * and heap and terminates it when a hostile file would stall it.
 */
import { parentPort, workerData } from 'node:worker_threads';
import {
  bundledLexicon,
  draftArea,
  extractBytes,
  ReaderInputError,
} from '@accgraph/graph-seed/reader';
import type { ReaderJob, ReaderReply } from './reader.protocol.ts';

const headingText = (line: string) =>
  line
    .replace(/^[\s#>*_-]+/, '')
    .replace(/[\s*_]+$/, '')
    .trim();

async function run(job: ReaderJob): Promise<ReaderReply> {
  try {
    if (job.op === 'extract') {
      const { text, provenance } = await extractBytes(job.bytes, job.name);
      return { ok: true, op: 'extract', text, provenance };
    }
    const draft = draftArea(job.text, job.areaId, bundledLexicon());
    return {
      ok: true,
      op: 'draft',
      nodes: draft.nodes,
      relationships: draft.relationships,
      obligations: draft.obligations,
      headings: draft.segments
        .filter((s) => s.kind === 'heading')
        .map((s) => ({ start: s.start, end: s.end, section: headingText(s.text) })),
      firstLine:
        (draft.segments.find((s) => s.kind === 'heading') ?? draft.segments[0])?.text ?? '',
      silent: draft.silent.length,
    };
  } catch (error) {
    if (error instanceof ReaderInputError) {
      return { ok: false, input: true, message: error.message, hint: error.hint };
    }
    return {
      ok: false,
      input: false,
      message: error instanceof Error ? error.message : String(error),
      hint: '',
    };
  }
}

parentPort!.postMessage(await run(workerData as ReaderJob));

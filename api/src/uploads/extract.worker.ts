/**
 * The reader's worker thread: extracts a document's text (pdf.js, mammoth,
 * htmlparser2) or drafts an area from a text (compromise), off the server's
 * event loop. The pool (reader.pool.ts) sends one job at a time, bounds its
 * time and heap, and terminates the thread when a hostile file would stall it.
 */
import { parentPort } from 'node:worker_threads';
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

let lexicon: ReturnType<typeof bundledLexicon> | undefined;

async function run(job: ReaderJob): Promise<ReaderReply> {
  try {
    if (job.op === 'extract') {
      const { text, provenance } = await extractBytes(job.bytes, job.name);
      return { ok: true, op: 'extract', text, provenance };
    }
    lexicon ??= bundledLexicon();
    const draft = draftArea(job.text, job.areaId, lexicon, { documentId: job.documentId });
    return {
      ok: true,
      op: 'draft',
      nodes: draft.nodes,
      people: draft.people,
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

// One job at a time (the pool sends the next only after the reply); the
// thread stays warm between jobs so the reader's libraries load once.
parentPort!.on('message', (message: { seq: number; job: ReaderJob }) => {
  void run(message.job).then((reply) => parentPort!.postMessage({ seq: message.seq, reply }));
});
parentPort!.postMessage({ seq: 0, ready: true });

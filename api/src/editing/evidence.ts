/**
 * Evidence on the editing path: the whole graph's quotes checked against the
 * stored document texts (checkEvidence, BRIEF contract 2), and evidence made
 * from a selection of the stored text: the server takes the quote from the
 * text at the offsets (never retyped by the client) and the section from the
 * heading line before it.
 */
import { type CanonicalGraph, checkEvidence, type Evidence } from '@accgraph/schema';
import { readDocumentText } from '../documents/texts.ts';
import { BadUserInputError, NotFoundError } from '../errors.ts';
import type { Tx } from '../store/index.ts';
import { sectionBefore } from './sections.ts';

/** One thing wrong with a graph's evidence, at its JSON path. */
export interface EvidenceProblem {
  path: string;
  message: string;
}

function documentIdsOf(graph: CanonicalGraph): string[] {
  const ids = new Set<string>();
  for (const owner of [...graph.nodes, ...graph.relationships]) {
    for (const e of owner.evidence) ids.add(e.documentId);
  }
  return [...ids].sort();
}

/** Every evidence problem of `graph` against the texts stored in the caller's transaction. */
export async function evidenceProblems(tx: Tx, graph: CanonicalGraph): Promise<EvidenceProblem[]> {
  const texts = new Map<string, string>();
  for (const id of documentIdsOf(graph)) {
    const stored = await readDocumentText(tx, id);
    if (stored) texts.set(id, stored.text);
  }
  return checkEvidence(graph, (id) => texts.get(id) ?? null, { basePath: '$' }).map((p) => ({
    path: p.path,
    message: p.message,
  }));
}

/** A passage selected in a stored document text: UTF-16 offsets, end exclusive. */
export interface Selection {
  documentId: string;
  start: number;
  end: number;
}

/** Longest quote a selection may make (characters). */
export const MAX_SELECTION = 5000;

/**
 * Evidence for a selection: the quote is the stored text at the offsets, the
 * section the nearest heading line before it. Unknown document or no stored
 * text: NOT_FOUND; offsets outside the text, empty, blank or too long:
 * BAD_USER_INPUT naming `field`.
 */
export async function evidenceFromSelection(
  tx: Tx,
  selection: Selection,
  field: string,
): Promise<Evidence> {
  const { documentId, start, end } = selection;
  const stored = await readDocumentText(tx, documentId);
  if (!stored) throw new NotFoundError('document', documentId);
  const { text } = stored;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length) {
    throw new BadUserInputError(
      `${field}: offsets ${start}-${end} are outside the text of "${documentId}" (0-${text.length}).`,
    );
  }
  if (end <= start || end - start > MAX_SELECTION) {
    throw new BadUserInputError(
      `${field}: select between 1 and ${MAX_SELECTION} characters (got ${end - start}).`,
    );
  }
  const quote = text.slice(start, end);
  if (!quote.trim()) throw new BadUserInputError(`${field}: the selection is only white space.`);
  const section = sectionBefore(text, start);
  if (section === null) {
    throw new BadUserInputError(
      `${field}: no heading line comes before offset ${start} in "${documentId}"; select a passage under a heading.`,
    );
  }
  return { documentId, quote, section, start, end };
}

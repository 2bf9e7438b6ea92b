import type { Tx } from '../store/types.ts';
import { type CanonicalGraph, type EvidenceProblem, findEvidenceProblems } from '@accgraph/schema';
import { readDocumentTexts, type DocumentTextInput } from '../documents/texts.ts';

/**
 * A write refused because some of its evidence is not in its documents
 * (decision 0022). `problems` locate each fault in the graph
 * (`['relationships', 3, 'evidence', 0, 'quote']`); nothing was written.
 */
export class EvidenceRejectedError extends Error {
  override readonly name = 'EvidenceRejectedError';
  constructor(
    readonly problems: EvidenceProblem[],
    what = 'the graph',
  ) {
    const first = problems
      .slice(0, 3)
      .map((p) => `${formatSegments(p.path)}: ${p.message}`)
      .join('; ');
    super(
      `${problems.length} evidence problem(s) in ${what}, nothing written: ${first}` +
        (problems.length > 3 ? '; …' : ''),
    );
  }
}

function formatSegments(path: readonly (string | number)[]): string {
  return path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i ? `.${s}` : s)).join('');
}

/** The documents a graph's evidence cites, sorted. */
export function citedDocuments(graph: Pick<CanonicalGraph, 'nodes' | 'relationships'>): string[] {
  const ids = new Set<string>();
  for (const owner of [...graph.nodes, ...graph.relationships])
    for (const ev of owner.evidence) ids.add(ev.documentId);
  return [...ids].sort();
}

/**
 * Checks every quote and section of `graph` against its document's text: the
 * text `carried` with the change (an import's `sources`, the bundled files a
 * load writes) where given, else the text stored in the store (in the
 * caller's transaction). A document with neither is a problem.
 */
export async function graphEvidenceProblems(
  tx: Tx,
  graph: Pick<CanonicalGraph, 'nodes' | 'relationships'>,
  carried: readonly Pick<DocumentTextInput, 'documentId' | 'text'>[] = [],
): Promise<EvidenceProblem[]> {
  const texts = new Map(carried.map((t) => [t.documentId, t.text]));
  const missing = citedDocuments(graph).filter((id) => !texts.has(id));
  for (const [id, stored] of await readDocumentTexts(tx, missing)) texts.set(id, stored.text);
  return findEvidenceProblems(graph, (id) => texts.get(id) ?? null);
}

import { graphCache } from '../cache.ts';
import { BadUserInputError } from '../errors.ts';
import {
  str,
  toRelationshipRecord,
  type NodeRecord,
  type RelationshipRecord,
} from '../graph/records.ts';
import { currentAt } from '@accgraph/schema';
import type { ServiceDeps } from '../services.ts';
import { cypher } from '../store/index.ts';
import { diffBodies, type BodyDiffRecord } from './bodies.diff.ts';
import { buildState, byString, STATEMENT_TYPES } from './diff.model.ts';
import { diffObligations, type ObligationDiffRecord } from './obligations.match.ts';
import { diffRelationships, type RelationshipDiffRecord } from './relationships.diff.ts';

const AREA_STATEMENTS = cypher(import.meta.url, './area-statements.cypher');

interface SideInput {
  date: string | null;
  /** Set for a document side; a date side lists the documents of its statements. */
  document: NodeRecord | null;
  records: RelationshipRecord[];
}

/** One side of a diff: its date or its document, and the documents stating it. */
export interface DiffSideData {
  date: string | null;
  documents: NodeRecord[];
}

/** A governance diff as plain records (the resolver shapes it, diff.map.ts). */
export interface DiffData {
  areaId: string;
  from: DiffSideData;
  to: DiffSideData;
  bodies: BodyDiffRecord;
  relationships: RelationshipDiffRecord;
  obligations: ObligationDiffRecord;
  /** Every node the diff names, by id. */
  nodes: Map<string, NodeRecord>;
}

/**
 * The governance diff of an area between two dates or two documents (see
 * diff.model.ts for what a side is, and the *.diff.ts / *.match.ts modules for
 * how each kind of statement is matched). Two store reads: the area's
 * statements, then the nodes they reach (batched through the loaders).
 */
export class DiffService {
  constructor(private readonly deps: ServiceDeps) {}

  /**
   * A diff from the process-wide graph cache `document-diffs` (valid until
   * the next write; on the embedded store), else computed: on the national
   * set computing it was a third of diffDocuments' CPU per request (issue 12
   * point 6). Unknown ids and mixed areas are refused by the computation
   * (failed loads are not kept).
   */
  private kept(key: unknown[], compute: () => Promise<DiffData>): Promise<DiffData> {
    return graphCache<DiffData>(this.deps.store, 'document-diffs').fetch(
      JSON.stringify(key),
      compute,
    );
  }

  betweenDates(areaId: string, from: string, to: string): Promise<DiffData> {
    return this.kept(['dates', areaId, from, to], () => this.datesDiff(areaId, from, to));
  }

  betweenDocuments(fromId: string, toId: string): Promise<DiffData> {
    return this.kept(['documents', fromId, toId], () => this.documentsDiff(fromId, toId));
  }

  private async datesDiff(areaId: string, from: string, to: string): Promise<DiffData> {
    await this.deps.loaders.required(areaId, 'area');
    const records = await this.statements(areaId);
    const side = (date: string): SideInput => ({
      date,
      document: null,
      records: records.filter((r) => currentAt(r.props, date)),
    });
    return this.compare(areaId, side(from), side(to));
  }

  private async documentsDiff(fromId: string, toId: string): Promise<DiffData> {
    const { loaders } = this.deps;
    const [from, to] = await Promise.all([
      loaders.required(fromId, 'document'),
      loaders.required(toId, 'document'),
    ]);
    const [fromArea, toArea] = [str(from.props, 'areaId') ?? '', str(to.props, 'areaId') ?? ''];
    if (fromArea !== toArea) {
      throw new BadUserInputError(
        `"${fromId}" and "${toId}" belong to different areas (${fromArea}, ${toArea}); ` +
          'a diff compares two documents of one area.',
      );
    }
    const records = await this.statements(fromArea);
    const side = (document: NodeRecord): SideInput => ({
      date: null,
      document,
      records: records.filter((r) => r.props.documentId === document.id),
    });
    return this.compare(fromArea, side(from), side(to));
  }

  /** The area's statements, kept until the next write (graph cache `area-statements`). */
  private async statements(areaId: string): Promise<readonly RelationshipRecord[]> {
    const { store } = this.deps;
    return graphCache<RelationshipRecord[]>(store, 'area-statements').fetch(areaId, async () => {
      const rows = await store.read(AREA_STATEMENTS.with({ areaId, types: [...STATEMENT_TYPES] }));
      return rows.map(toRelationshipRecord);
    });
  }

  private async compare(areaId: string, a: SideInput, b: SideInput): Promise<DiffData> {
    const ids = new Set<string>();
    for (const r of [...a.records, ...b.records]) {
      ids.add(r.from);
      ids.add(r.to);
      if (typeof r.props.documentId === 'string') ids.add(r.props.documentId);
    }
    const records = await this.deps.loaders.nodes([...ids].sort(byString));
    const nodes = new Map<string, NodeRecord>(records.map((n) => [n.id, n]));
    const before = buildState(a.records, nodes);
    const after = buildState(b.records, nodes);
    const sideOf = (input: SideInput, documentIds: string[]): DiffSideData => ({
      date: input.date,
      documents: input.document
        ? [input.document]
        : documentIds.flatMap((id) => {
            const record = nodes.get(id);
            return record?.label === 'Document' ? [record] : [];
          }),
    });
    return {
      areaId,
      from: sideOf(a, before.documentIds),
      to: sideOf(b, after.documentIds),
      bodies: diffBodies(before, after, nodes, nodes),
      relationships: diffRelationships(before.relationships, after.relationships),
      obligations: diffObligations(before.obligations, after.obligations),
      nodes,
    };
  }
}

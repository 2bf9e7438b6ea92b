import { GraphQLError } from 'graphql';
import { toNode } from '../graph/node.map.ts';
import { Document } from '../graph/node.types.ts';
import {
  toRelationshipRecord,
  type NodeRecord,
  type RelationshipRecord,
} from '../graph/records.ts';
import { currentAt } from '@accgraph/schema';
import type { ServiceDeps } from '../services.ts';
import { cypher } from '../store/index.ts';
import { diffBodies } from './bodies.diff.ts';
import { buildState, byString, STATEMENT_TYPES } from './diff.model.ts';
import { toBodyDiff, toObligationDiff, toRelationshipDiff } from './diff.map.ts';
import { DiffSide, GovernanceDiff } from './diff.type.ts';
import { diffObligations } from './obligations.match.ts';
import { diffRelationships } from './relationships.diff.ts';

const AREA_STATEMENTS = cypher(import.meta.url, './area-statements.cypher');

interface SideInput {
  date: string | null;
  /** Set for a document side; a date side lists the documents of its statements. */
  document: Document | null;
  records: RelationshipRecord[];
}

function notFound(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'NOT_FOUND' } });
}

function badInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

/**
 * The governance diff of an area between two dates or two documents (see
 * diff.model.ts for what a side is, and the *.diff.ts / *.match.ts modules for
 * how each kind of statement is matched). Two store reads: the area's
 * statements, then the nodes they reach (batched through the loaders).
 */
export class DiffService {
  constructor(private readonly deps: ServiceDeps) {}

  async betweenDates(areaId: string, from: string, to: string): Promise<GovernanceDiff> {
    const area = await this.deps.loaders.node.load(areaId);
    if (area?.label !== 'Area') {
      throw notFound(`No area "${areaId}" in the graph; the query "areas { id }" lists them.`);
    }
    const records = await this.statements(areaId);
    const side = (date: string): SideInput => ({
      date,
      document: null,
      records: records.filter((r) => currentAt(r.props, date)),
    });
    return this.compare(areaId, side(from), side(to));
  }

  async betweenDocuments(fromId: string, toId: string): Promise<GovernanceDiff> {
    const [from, to] = await Promise.all([this.document(fromId), this.document(toId)]);
    if (from.areaId !== to.areaId) {
      throw badInput(
        `"${fromId}" and "${toId}" belong to different areas (${from.areaId}, ${to.areaId}); ` +
          'a diff compares two documents of one area.',
      );
    }
    const records = await this.statements(from.areaId);
    const side = (document: Document): SideInput => ({
      date: null,
      document,
      records: records.filter((r) => r.props.documentId === document.id),
    });
    return this.compare(from.areaId, side(from), side(to));
  }

  private async document(id: string): Promise<Document> {
    const record = await this.deps.loaders.node.load(id);
    const node = record ? toNode(record) : null;
    if (!(node instanceof Document)) {
      throw notFound(
        `No document "${id}" in the graph; "area(id) { documents { id } }" lists them.`,
      );
    }
    return node;
  }

  private async statements(areaId: string): Promise<RelationshipRecord[]> {
    const rows = await this.deps.store.read(
      AREA_STATEMENTS.with({ areaId, types: [...STATEMENT_TYPES] }),
    );
    return rows.map(toRelationshipRecord);
  }

  private async compare(areaId: string, a: SideInput, b: SideInput): Promise<GovernanceDiff> {
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
    const sideOf = (input: SideInput, documentIds: string[]) =>
      Object.assign(new DiffSide(), {
        date: input.date,
        documents: input.document
          ? [input.document]
          : documentIds.flatMap((id) => {
              const record = nodes.get(id);
              const node = record ? toNode(record) : null;
              return node instanceof Document ? [node] : [];
            }),
      });
    return Object.assign(new GovernanceDiff(), {
      areaId,
      from: sideOf(a, before.documentIds),
      to: sideOf(b, after.documentIds),
      bodies: toBodyDiff(diffBodies(before, after, nodes, nodes)),
      relationships: toRelationshipDiff(
        diffRelationships(before.relationships, after.relationships),
      ),
      obligations: toObligationDiff(diffObligations(before.obligations, after.obligations), nodes),
    });
  }
}

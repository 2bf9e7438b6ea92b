import { NodeService, type Direction } from '../graph/node.service.ts';
import { toNode, toRelationship } from '../graph/map.ts';
import { Post } from '../graph/node.types.ts';
import type { ReportsToRelationship } from '../graph/relationship.types.ts';
import type { ServiceDeps } from '../services.ts';
import { ReportingLine } from './reporting.type.ts';

const nameOf = (n: object, id: string) =>
  'name' in n && typeof n.name === 'string' ? n.name : 'title' in n ? String(n.title) : id;

/** REPORTS_TO statements around a node. */
export class ReportingService {
  private readonly nodes: NodeService;

  constructor(private readonly deps: ServiceDeps) {
    this.nodes = deps.services.get(NodeService);
  }

  /** Reporting lines of a node, ordered by direction (OUT first), counterpart name, relationship id. */
  async lines(id: string, direction: Direction, asOf?: string | null): Promise<ReportingLine[]> {
    const filter = { types: ['REPORTS_TO'] as const, direction, asOf: asOf ?? undefined };
    const records = await this.nodes.relationshipRecords(id, filter);
    const ids = new Set<string>();
    for (const r of records) {
      ids.add(r.from === id ? r.to : r.from);
      if (typeof r.props.presenter === 'string') ids.add(r.props.presenter);
    }
    const byId = new Map((await this.deps.loaders.nodes([...ids])).map((n) => [n.id, toNode(n)]));
    const lines = records.flatMap((record) => {
      const out = record.from === id;
      const counterpart = byId.get(out ? record.to : record.from);
      if (!counterpart) return [];
      const relationship = toRelationship(record) as ReportsToRelationship;
      const presenter = relationship.presenterId ? byId.get(relationship.presenterId) : null;
      return [
        Object.assign(new ReportingLine(), {
          direction: out ? 'OUT' : 'IN',
          counterpart,
          artefact: relationship.artefact,
          cadence: relationship.cadence,
          timing: relationship.timing,
          presenter: presenter instanceof Post ? presenter : null,
          evidence: relationship.evidence,
          relationship,
        }),
      ];
    });
    const key = (l: ReportingLine) =>
      [
        l.direction === 'OUT' ? 0 : 1,
        nameOf(l.counterpart, l.counterpart.id),
        l.relationship.id,
      ] as const;
    return lines.sort((a, b) => {
      const [x, y] = [key(a), key(b)];
      for (let i = 0; i < x.length; i += 1) if (x[i] !== y[i]) return x[i]! < y[i]! ? -1 : 1;
      return 0;
    });
  }

  /** Like `lines`, for the `reportingLines(id)` query: an unknown id is NOT_FOUND. */
  async linesOf(id: string, direction: Direction, asOf?: string | null) {
    await this.deps.loaders.required(id);
    return this.lines(id, direction, asOf);
  }
}

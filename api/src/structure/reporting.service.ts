import { NodeService, type Direction } from '../graph/node.service.ts';
import { str, type NodeRecord } from '../graph/records.ts';
import type { ServiceDeps } from '../services.ts';
import type { ReportingLineData } from './structure.model.ts';

/** A node's name, or a document's title, or its id. */
const nameOf = (n: NodeRecord) => str(n.props, 'name') ?? str(n.props, 'title') ?? n.id;

/** REPORTS_TO statements around a node, as plain records (structure.map.ts shapes them). */
export class ReportingService {
  private readonly nodes: NodeService;

  constructor(private readonly deps: ServiceDeps) {
    this.nodes = deps.services.get(NodeService);
  }

  /** Reporting lines of a node, ordered by direction (OUT first), counterpart name, relationship id. */
  async lines(
    id: string,
    direction: Direction,
    asOf?: string | null,
  ): Promise<ReportingLineData[]> {
    const filter = { types: ['REPORTS_TO'] as const, direction, asOf: asOf ?? undefined };
    const records = await this.nodes.relationships(id, filter);
    const ids = new Set<string>();
    for (const r of records) {
      ids.add(r.from === id ? r.to : r.from);
      if (typeof r.props.presenter === 'string') ids.add(r.props.presenter);
    }
    const byId = new Map((await this.deps.loaders.nodes([...ids])).map((n) => [n.id, n]));
    const lines = records.flatMap((record): ReportingLineData[] => {
      const out = record.from === id;
      const counterpart = byId.get(out ? record.to : record.from);
      if (!counterpart) return [];
      const presenterId = str(record.props, 'presenter');
      const presenter = presenterId ? byId.get(presenterId) : undefined;
      return [
        {
          direction: out ? 'OUT' : 'IN',
          counterpart,
          presenter: presenter?.label === 'Post' ? presenter : null,
          relationship: record,
        },
      ];
    });
    const key = (l: ReportingLineData) =>
      [l.direction === 'OUT' ? 0 : 1, nameOf(l.counterpart), l.relationship.id] as const;
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

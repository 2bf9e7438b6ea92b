import { GraphQLError } from 'graphql';
import { serialiseGraph } from '@accgraph/schema';
import { readGraph } from '../canonical/index.ts';
import type { ServiceDeps } from '../services.ts';

/** Canonical JSON of stored areas: the same reader and serialiser as `npm run seed -- export`. */
export class ExportService {
  constructor(private readonly deps: ServiceDeps) {}

  /**
   * The canonical JSON (accgraph-export/1) of one area, read in one read
   * transaction, byte-identical to `npm run seed -- export --area <id>`.
   */
  async areaJson(areaId: string): Promise<string> {
    const area = await this.deps.loaders.node.load(areaId);
    if (area?.label !== 'Area') {
      throw new GraphQLError(
        `No area "${areaId}" in the graph; the query "areas { id }" lists them.`,
        { extensions: { code: 'NOT_FOUND' } },
      );
    }
    const graph = await this.deps.store.readTransaction(
      (tx) => readGraph(tx, { areas: [areaId] }),
      { metadata: { app: 'api', action: 'export', area: areaId } },
    );
    return serialiseGraph(graph);
  }
}

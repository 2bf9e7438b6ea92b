import { readGraphWithSources } from '../canonical/index.ts';
import type { ServiceDeps } from '../services.ts';
import { serialiseGraphInSlices } from './serialise.ts';

/** Canonical JSON of stored areas: the same reader and serialiser as `npm run seed -- export`. */
export class ExportService {
  constructor(private readonly deps: ServiceDeps) {}

  /**
   * The canonical JSON (accgraph-export/1) of one area with the texts of the
   * documents it cites (`sources`, decision 0022), read in one read transaction, byte-identical to `npm run seed -- export --area <id>`;
   * serialised in slices that yield and stop with the request (serialise.ts).
   */
  async areaJson(areaId: string): Promise<string> {
    await this.deps.loaders.required(areaId, 'area');
    const graph = await this.deps.store.readTransaction(
      (tx) => readGraphWithSources(tx, { areas: [areaId] }),
      { metadata: { app: 'api', action: 'export', area: areaId } },
    );
    return serialiseGraphInSlices(graph);
  }
}

import { writeFileSync } from 'node:fs';
import { listAreas, readGraphWithSources } from '@accgraph/api/canonical';
import { serialiseGraph } from '@accgraph/schema';
import { EXIT, type ExitCode, type Io } from './io.ts';
import { withStore } from './store.ts';

/** The national set (152 areas) takes longer than the API's 30 s on Neo4j. */
const EXPORT_TIMEOUT_MS = 30 * 60_000;

/**
 * `export [--area id...] --out file.json`: the canonical JSON of the areas with the texts of
 * the documents they cite (`sources`), read in one transaction.
 */
export async function exportCommand(
  options: { area?: string[]; out: string },
  io: Io,
): Promise<ExitCode> {
  return withStore(async (store) => {
    const present = await listAreas(store);
    const areas = options.area?.length ? options.area : present;
    const missing = areas.filter((a) => !present.includes(a));
    if (missing.length > 0) {
      io.err(
        `area(s) not in the store: ${missing.join(', ')} (present: ${present.join(', ') || 'none'})`,
      );
      return EXIT.data;
    }
    const graph = await store.readTransaction((tx) => readGraphWithSources(tx, { areas }), {
      metadata: { app: 'graph-seed', action: 'export' },
      timeoutMs: EXPORT_TIMEOUT_MS,
    });
    writeFileSync(options.out, serialiseGraph(graph));
    io.out(
      `exported ${areas.join(', ') || 'no areas'}: ${graph.nodes.length} node(s), ` +
        `${graph.relationships.length} relationship(s), ${graph.sources?.length ?? 0} document text(s) to ${options.out}`,
    );
    return EXIT.ok;
  });
}

import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { listAreas, readGraphWithSources } from '@accgraph/api/canonical';
import { serialiseGraph } from '@accgraph/schema';
import { EXIT, type ExitCode, type Io } from './io.ts';
import { chooseWritePath, printErrors, serverGraphQL } from './server.ts';
import { withStore } from './store.ts';

/** The national set (152 areas) takes longer than the API's 30 s on Neo4j. */
const EXPORT_TIMEOUT_MS = 30 * 60_000;

const EXPORT = `mutation SeedExport($areas: [ID!], $out: String) {
  exportCanonicalGraph(areas: $areas, out: $out) { areas nodes relationships sources out }
}`;

interface ExportAnswer {
  areas: string[];
  nodes: number;
  relationships: number;
  sources: number;
}

const summary = (areas: string[], counts: Omit<ExportAnswer, 'areas'>, out: string) =>
  `exported ${areas.join(', ') || 'no areas'}: ${counts.nodes} node(s), ` +
  `${counts.relationships} relationship(s), ${counts.sources} document text(s) to ${out}`;

/**
 * `export [--area id...] --out file.json`: the canonical JSON of the areas with the texts of
 * the documents they cite (`sources`), read in one transaction: through the running server
 * when one serves the store (it holds the embedded file; decision 0036), which writes the file
 * (same OS user), else from the store directly.
 */
export async function exportCommand(
  options: { area?: string[]; out: string },
  io: Io,
): Promise<ExitCode> {
  const path = await chooseWritePath(io, 'reading');
  if (path.kind === 'server') {
    const { status, body } = await serverGraphQL<{ exportCanonicalGraph: ExportAnswer }>(
      path.server,
      EXPORT,
      {
        areas: options.area?.length ? options.area : null,
        // absolute: the server resolves nothing against its own working directory
        out: resolve(options.out),
      },
    );
    const answer = body.data?.exportCanonicalGraph;
    if (!answer) {
      // BAD_USER_INPUT: the message names the area (as the direct path prints it)
      const bad =
        body.errors?.length && body.errors.every((e) => e.extensions?.code === 'BAD_USER_INPUT');
      if (bad) for (const e of body.errors ?? []) io.err(e.message);
      else printErrors(io, status, body.errors);
      return EXIT.data;
    }
    io.out(summary(answer.areas, answer, options.out));
    return EXIT.ok;
  }
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
      summary(
        areas,
        {
          nodes: graph.nodes.length,
          relationships: graph.relationships.length,
          sources: graph.sources?.length ?? 0,
        },
        options.out,
      ),
    );
    return EXIT.ok;
  });
}

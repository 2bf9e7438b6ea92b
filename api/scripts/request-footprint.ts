/**
 * Which `api/src` files run code during ONE cold GraphQL request on the real
 * server (docs/architecture.md, "What one request touches").
 *
 *   node --import tsx api/scripts/request-footprint.ts [--as-of=YYYY-MM-DD] [--list] [--functions] [--json]
 *
 * `--functions` also prints each function of `api/src` that ran, with its call count.
 *
 * Method: a fresh embedded store in a temp directory is prepared exactly as
 * `npm start` prepares it (schema + bundled areas); the real HTTP app
 * (`createApp`) listens on a loopback port. V8 precise coverage (call counts,
 * `node:inspector` Profiler) is started, its counters are reset, then the
 * explorer's accountability query is POSTed once over the socket
 * (`wiltshire/childrens-trust`, HOLDERS, the first request the server sees;
 * without `--as-of` it asks about today, where the 2019 document has no
 * Children's Trust and the answer has no chains; `--as-of=2015-01-01` asks
 * about the 2014 document, where it has four),
 * and the counters are read again. A file counts when at least one of its
 * functions ran during that request. Files outside `api/src` (graph-seed,
 * schema, node_modules) are reported apart.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { prepareStore } from '../src/bootstrap/prepare.ts';
import { REPO_ROOT, serverConfigFromEnv } from '../src/config.ts';
import { createLogger } from '../src/logger.ts';
import { createApp } from '../src/server.ts';
import { openStore } from '../src/store/index.ts';

/** The explorer's ExplorerAccountability document as first measured (kept fixed so the figures compare). */
const QUERY = `
query ExplorerAccountability($id: ID!, $direction: AccountabilityDirection!, $asOf: IsoDate) {
  accountability(id: $id, direction: $direction, asOf: $asOf, maxHops: 3) {
    direction asOf truncated limited
    subject { id ... on Agent { name } }
    chains {
      length truncated
      end { id ... on Agent { name } }
      hops {
        kind mode reversed
        from { id ... on Agent { name } ... on Person { name } }
        to { id ... on Agent { name } ... on Person { name } }
        relationship {
          id type fromId toId documentId
          evidence { documentId quote section start end }
          ... on HoldsToAccountRelationship { mode }
          ... on AccountableToRelationship { mode }
          ... on MemberOfRelationship { capacity }
        }
      }
    }
  }
}`;

interface Coverage {
  result: { url: string; functions: { functionName: string; ranges: { count: number }[] }[] }[];
}

function relative(url: string): string | null {
  if (!url.startsWith('file:')) return null;
  const file = fileURLToPath(url.split('?')[0] as string);
  return path.relative(REPO_ROOT, file).split(path.sep).join('/');
}

const print = (line: string) => process.stdout.write(`${line}\n`);

async function main(): Promise<void> {
  const args = new Set(process.argv.slice(2));
  const asOf = process.argv.find((a) => a.startsWith('--as-of='))?.slice('--as-of='.length);
  const dir = mkdtempSync(path.join(tmpdir(), 'accgraph-footprint-'));
  const logger = createLogger('silent');
  const config = { ...serverConfigFromEnv({ LOG_LEVEL: 'silent' }), port: 0 };
  const store = await openStore(
    { kind: 'embedded', path: path.join(dir, 'graph.grafeo') },
    // in this thread: `npm start` runs the same GrafeoStore on a worker thread (decision 0015),
    // which the inspector session of this thread would not see
    logger.child({ name: 'store' }),
  );
  const session = new Session();
  try {
    await prepareStore({ store, config, logger });
    const app = await createApp({ config, store, logger });
    await app.listen({ host: '127.0.0.1', port: 0 });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : 0;

    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.startPreciseCoverage', { callCount: true, detailed: false });
    await session.post('Profiler.takePreciseCoverage'); // resets the counters
    const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: QUERY,
        variables: { id: 'wiltshire/childrens-trust', direction: 'HOLDERS', asOf },
      }),
    });
    const body = (await response.json()) as { data?: unknown; errors?: unknown[] };
    const coverage = (await session.post('Profiler.takePreciseCoverage')) as Coverage;
    await session.post('Profiler.stopPreciseCoverage');
    if (response.status !== 200 || body.errors?.length || !body.data) {
      throw new Error(`the request failed (${response.status}): ${JSON.stringify(body)}`);
    }

    const chains = (body.data as { accountability: { chains: unknown[] } }).accountability.chains;
    const ran = new Set<string>();
    for (const script of coverage.result) {
      const file = relative(script.url);
      if (file && script.functions.some((f) => (f.ranges[0]?.count ?? 0) > 0)) ran.add(file);
      if (file?.startsWith('api/src/') && args.has('--functions')) {
        for (const f of script.functions) {
          const count = f.ranges[0]?.count ?? 0;
          if (count > 0) print(`    ${file} ${f.functionName || '(anonymous)'} ×${count}`);
        }
      }
    }
    const files = [...ran].sort();
    const api = files.filter((f) => f.startsWith('api/src/'));
    const ours = files.filter(
      (f) =>
        !f.startsWith('api/src/') && !f.includes('node_modules/') && !f.startsWith('api/scripts/'),
    );
    const asked = `asOf ${asOf ?? 'today'}, ${chains.length} chains`;
    if (args.has('--json')) {
      const summary = { asked, apiFiles: api.length, api, otherWorkspaceFiles: ours };
      print(JSON.stringify(summary, null, 2));
    } else {
      print(
        `api/src files that ran code during one cold accountability request (${asked}): ${api.length}`,
      );
      if (ours.length) print(`other workspace files: ${ours.length} (${ours.join(', ')})`);
      if (args.has('--list')) for (const f of api) print(`  ${f}`);
    }
    await app.close();
  } finally {
    session.disconnect();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();

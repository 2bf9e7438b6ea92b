/**
 * `npm run test:neo4j`: the store-dependent suites (catalogue contract, API
 * integration, explorer browser journeys) on a real Neo4j. Uses the server
 * at NEO4J_URI when set (its graph is DELETED: a throwaway server only),
 * else starts one from Maven Central (server.ts) and stops it afterwards.
 * One Neo4j serves the whole run, so files run one at a time.
 * Extra arguments go to vitest (e.g. a file filter).
 */
import { spawn } from 'node:child_process';
import { REPO_ROOT } from '@accgraph/api/config';
import { startNeo4j, type Neo4jServer } from './server.ts';

const PROJECTS = ['contract', 'integration', 'e2e'];

/**
 * Files that never touch the Neo4j under test, or whose result does not
 * depend on the store: they test the embedded store itself (its database
 * file, its response cache), the seed CLI on an embedded file, no store at
 * all, or the explorer's layout and accessibility. `npm test` runs them.
 */
const EMBEDDED_ONLY = [
  'test/integration/startup.test.ts',
  'test/integration/seed-cli.test.ts',
  'test/integration/server.test.ts',
  'test/integration/response-cache.test.ts',
  // graph caches exist only over a store with a write generation (decision 0008): Neo4j has none
  'test/integration/cached-reads.test.ts',
  'test/integration/seed-data.test.ts',
  'test/integration/schema-sdl.test.ts',
  'test/integration/seed-limits.test.ts',
  'test/integration/hostile-files.property.test.ts',
  'test/integration/embedded-hazards.test.ts',
  // HTTP edge (client mistakes, headers, busy port, a store that never answers): own stores
  'test/integration/http-errors.test.ts',
  'test/integration/http-headers.test.ts',
  'test/integration/http-startup-faults.test.ts',
  'test/integration/http-fuzz.test.ts',
  // kill -9 and damaged-log checks: the embedded store's own files
  'test/integration/crash-wal.test.ts',
  'test/integration/crash-kill.test.ts',
  // issue 10's file count is measured on the embedded read path (docs/architecture.md)
  'test/integration/request-footprint.test.ts',
  // layout, keyboard and axe checks of the explorer: the same page whatever
  // the store; the journeys (journeys.test.ts, explorer.test.ts) run on Neo4j
  'test/e2e/accessibility.test.ts',
  'test/e2e/responsive.test.ts',
  'test/e2e/keyboard.test.ts',
];

let server: Neo4jServer | undefined;
if (!process.env.NEO4J_URI?.trim()) {
  server = await startNeo4j({ log: (line) => console.log(`test:neo4j: ${line}`) });
  process.env.NEO4J_URI = server.uri;
  process.env.NEO4J_USERNAME = server.user;
  process.env.NEO4J_PASSWORD = server.password;
}
console.log(
  `test:neo4j: testing against ${process.env.NEO4J_URI} (user ${process.env.NEO4J_USERNAME ?? 'neo4j'})`,
);

const vitest = spawn(
  process.execPath,
  [
    'node_modules/vitest/vitest.mjs',
    'run',
    ...PROJECTS.flatMap((name) => ['--project', name]),
    '--no-file-parallelism',
    ...EMBEDDED_ONLY.flatMap((file) => ['--exclude', file]),
    ...process.argv.slice(2),
  ],
  // the contract suite runs on Neo4j only: `npm test` runs it on the embedded store
  { cwd: REPO_ROOT, stdio: 'inherit', env: { ...process.env, CONTRACT_STORES: 'neo4j' } },
);

let interrupted = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    interrupted = true;
    vitest.kill(signal);
  });
}
const code = await new Promise<number>((resolve) =>
  vitest.once('exit', (exitCode, signal) => resolve(exitCode ?? (signal ? 1 : 0))),
);
if (server) {
  console.log(`test:neo4j: stopping Neo4j at ${server.uri}`);
  await server.stop();
}
console.log(`test:neo4j: ${code === 0 ? 'passed' : 'FAILED'} against Neo4j`);
process.exit(interrupted && code === 0 ? 1 : code);

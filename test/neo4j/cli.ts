/**
 * `npm run neo4j:start`: a real Neo4j for development (see server.ts).
 * Prints the connection settings when Bolt accepts a query; Ctrl-C (SIGINT)
 * or SIGTERM stops the server and deletes its data. NEO4J_HEAP sets the
 * heap (default 1g).
 */
import { startNeo4j } from './server.ts';

const server = await startNeo4j({
  // NEO4J_HEAP=4g for bulk work: one transaction may use 70 % of the heap (docs/stores.md)
  heap: process.env.NEO4J_HEAP?.trim() || '1g',
  log: (line) => console.error(`neo4j: ${line}`),
});
console.log(
  [
    `Neo4j ${server.version} is ready. Point the API at it with:`,
    '',
    `  NEO4J_URI=${server.uri}`,
    `  NEO4J_USERNAME=${server.user}`,
    `  NEO4J_PASSWORD=${server.password}`,
    '',
    'Data lives in a throwaway directory, deleted on exit. Ctrl-C stops it.',
  ].join('\n'),
);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    console.error(`neo4j: ${signal}: stopping`);
    server.stop().then(
      () => {
        console.error('neo4j: stopped, data deleted');
        process.exit(0);
      },
      (error: unknown) => {
        console.error(
          `neo4j: stop failed: ${error instanceof Error ? error.message : String(error)}`,
        );
        process.exit(1);
      },
    );
  });
}

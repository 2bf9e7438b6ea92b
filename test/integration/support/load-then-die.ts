/**
 * `node --import tsx load-then-die.ts <db> <area...>`: loads the areas into
 * the embedded database at <db>, prints `loaded`, then kills itself with
 * SIGKILL before any close or checkpoint, so the commits are only in the
 * write-ahead log (crash-wal.test.ts).
 */
import { openStore } from '@accgraph/api/store';
import { seedAreas } from '@accgraph/graph-seed';

const [dbPath, ...areas] = process.argv.slice(2);
const store = await openStore({ kind: 'embedded', path: dbPath! });
await store.ensureSchema();
const result = await seedAreas(store, { areas });
if (!result.ok) process.exit(1);
process.stdout.write('loaded\n', () => process.kill(process.pid, 'SIGKILL'));

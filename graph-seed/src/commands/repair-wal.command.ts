import type { SeedPaths } from '../paths.ts';
import { EXIT, type ExitCode, type Io } from './io.ts';
import { loadCommand } from './load.command.ts';

/**
 * `repair-wal`: the answer to a damaged write-ahead log of the embedded
 * database (docs/stores.md). Copies the log aside, cuts it at its last whole
 * transaction, opens the store and reloads the bundled areas (an area the
 * cut left partial or stale is detected by its content hash and rewritten).
 * Imported areas must be imported again.
 */
export async function repairWalCommand(paths: Partial<SeedPaths>, io: Io): Promise<ExitCode> {
  const { checkWal, describeHolder, lockHolder, repairWal, storeConfigFromEnv } =
    await import('@accgraph/api/store');
  const config = storeConfigFromEnv(process.env);
  if (config.kind !== 'embedded') {
    io.err(
      'repair-wal repairs the embedded database file; NEO4J_URI is set (Neo4j keeps its own logs).',
    );
    return EXIT.usage;
  }
  const holder = lockHolder(config.path);
  if (holder) {
    // the one store command that cannot go through a running server: it rewrites the file's
    // log, which only works while no process has the file open (a server that runs has it open)
    io.err(
      `${config.path} is in use by ${describeHolder(holder)}: stop it first. repair-wal rewrites the ` +
        "file's write-ahead log, which it can do only while no process has the file open (a running " +
        'server cannot do it for you: it serves from that log). Nothing was changed.',
    );
    return EXIT.data;
  }
  const verdict = checkWal(config.path);
  if (verdict.ok) {
    io.out(
      `${config.path}: the write-ahead log is whole (${verdict.frames} transaction(s)); nothing to repair.`,
    );
    return EXIT.ok;
  }
  const repair = repairWal(config.path);
  io.out(
    `${config.path}: ${verdict.damage.reason}. Copied the log to ${repair.copy} and cut it after ` +
      `${repair.frames} whole transaction(s). Reloading the bundled areas:`,
  );
  // the file is free (checked above): no server holds it
  const loaded = await loadCommand(paths, { direct: true }, io);
  if (loaded === EXIT.ok) io.out('Repaired. Import again any area you had imported.');
  return loaded;
}

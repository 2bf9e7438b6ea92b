import { serverConfigFromEnv, type ServerConfig } from './config.ts';
import { createLogger, type Logger } from './logger.ts';
import { say } from './bootstrap/progress.ts';
import { prepareStore } from './bootstrap/prepare.ts';
import {
  graphCachesOn,
  graphCachesOption,
  responseCacheOption,
  turnOffGraphCaches,
  turnOffResponseCache,
} from './cache.ts';
import { warmFindings } from './findings/findings.cache.ts';
import { warmCorpus } from './fulltext/corpus.ts';
import { listenProblem, portProblem } from './http/port.ts';
import { getHeapStatistics } from 'node:v8';
import { createApp, SERVER_NODE_FLAGS } from './server.ts';
import {
  discoveryFile,
  newLocalToken,
  openStore,
  publishServer,
  storeConfigFromEnv,
  storeKey,
  StoreError,
  type ServerDiscovery,
  type StartingServer,
  type Store,
} from './store/index.ts';

/** Time allowed for draining requests and closing the store on SIGINT/SIGTERM. */
const SHUTDOWN_TIMEOUT_MS = 10_000;

async function open(logger: Logger): Promise<Store> {
  try {
    // the server runs the embedded database on a worker thread (decision 0015)
    const config = storeConfigFromEnv(process.env, { thread: 'worker' });
    return await openStore(config, logger.child({ name: 'store' }));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const code = error instanceof StoreError ? ` [${error.code}]` : '';
    say(`Cannot open the graph store${code}: ${message}`);
    logFatal(logger, error, 'cannot open the graph store');
    process.exit(1);
  }
}

/**
 * A StoreError is an explained condition (file in use, corrupt, wrong
 * password): the line `say` printed is the message, so the log gets its code,
 * not a stack. Anything else is a defect: log it whole.
 */
function logFatal(logger: Logger, error: unknown, msg: string): void {
  if (error instanceof StoreError) logger.fatal({ code: error.code }, msg);
  else logger.fatal({ err: error }, msg);
}

function publicHost(config: ServerConfig): string {
  return config.host === '0.0.0.0' || config.host === '::' ? '127.0.0.1' : config.host;
}

/** The address a local CLI reaches the server at: loopback, whatever HOST it listens on. */
function loopbackHost(config: ServerConfig): string {
  if (config.host === '::1' || config.host === '[::1]') return '[::1]';
  return '127.0.0.1';
}

async function main(): Promise<void> {
  let config: ServerConfig;
  let graphCaches: boolean;
  let responseCache: boolean;
  try {
    config = serverConfigFromEnv(process.env);
    graphCaches = graphCachesOption(process.env.GRAPH_CACHES);
    responseCache = responseCacheOption(process.env.RESPONSE_CACHE);
  } catch (error) {
    say(`Cannot start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
  const logger = createLogger(config.logLevel);
  const taken = await portProblem(config.host, config.port);
  if (taken) {
    say(`Cannot start: ${taken}`);
    process.exit(1);
  }
  const store = await open(logger);
  // We hold the store (the embedded file's lock): say so at once, so a CLI write during the
  // start-up waits for this server instead of meeting the lock (issue 14 point 1, decision 0036).
  const published = discoveryFile(process.env);
  const served = storeKey(storeConfigFromEnv(process.env));
  let unpublish = publish(published, {
    state: 'starting',
    pid: process.pid,
    started: new Date().toISOString(),
    store: served,
  });
  // whatever ends the process (a failed start-up too) takes its file with it
  process.once('exit', () => unpublish());
  if (!graphCaches) turnOffGraphCaches(store);
  if (!responseCache) turnOffResponseCache(store);
  const cacheNote = [
    graphCaches ? '' : 'GRAPH_CACHES=off',
    responseCache ? '' : 'RESPONSE_CACHE=off',
  ].filter(Boolean);
  say(`Graph store: ${store.description}${cacheNote.length ? ` (${cacheNote.join(', ')})` : ''}`);
  heapNote();

  // the local admin token of this start (decision 0030): in the discovery file once we listen
  const localToken = newLocalToken();
  const app = await createApp({ config, store, logger, localToken });
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    say(`${signal} received: draining requests and closing the store…`);
    const timer = setTimeout(() => {
      say('Shutdown took longer than 10 s; exiting.');
      process.exit(1);
    }, SHUTDOWN_TIMEOUT_MS);
    timer.unref();
    try {
      unpublish();
      await app.close();
      await store.close();
      say(
        `Graph store closed cleanly${store.kind === 'embedded' ? ' (checkpointed)' : ''}: ${store.description}`,
      );
      process.exit(0);
    } catch (error) {
      logger.error({ err: error }, 'error during shutdown');
      process.exit(1);
    }
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));

  try {
    await prepareStore({ store, config, logger });
  } catch (error) {
    if (stopping) return; // a signal closed the store mid-way: stop() reports and exits
    say(error instanceof Error ? error.message : String(error));
    logFatal(logger, error, 'cannot prepare the graph store');
    await store.close();
    process.exit(1);
  }
  try {
    await app.listen({ host: config.host, port: config.port });
  } catch (error) {
    // taken between the check above and now
    const problem = listenProblem(error, config.host, config.port);
    if (!problem) throw error;
    say(`Cannot start: ${problem}`);
    await store.close();
    process.exit(1);
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const base = `http://${publicHost(config)}:${port}`;
  // ready (decision 0030): the URL and the local admin token replace "starting"
  unpublish = publish(
    published,
    {
      url: `http://${loopbackHost(config)}:${port}`,
      pid: process.pid,
      started: new Date().toISOString(),
      store: served,
      token: localToken,
      state: 'ready',
    },
    unpublish,
  );
  say(`GraphQL:  ${base}/graphql`);
  say(`Explorer: ${base}/`);
  // Today's findings for every area, in the background: the first summary is then served from
  // memory. Only where the API keeps graph caches (the embedded store; on Neo4j other processes
  // may write, so nothing is kept: decision 0008).
  if (!graphCachesOn(store)) return;
  const started = performance.now();
  warmFindings(store).then(
    (count) =>
      logger.info(
        { findings: count, ms: Math.round(performance.now() - started) },
        'findings evaluated for today',
      ),
    (error: unknown) => logger.warn({ err: error }, 'findings were not evaluated at startup'),
  );
  warmAsk(store, logger);
}

/**
 * Says so when the server was started without a heap cap (`node api/src/main.ts` by hand):
 * `npm start` and the Dockerfile pass SERVER_NODE_FLAGS (decision 0047); without them V8 lets
 * each thread's heap grow with garbage to its default limit (4 GB on a 16 GB machine).
 */
function heapNote(): void {
  const given = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)];
  if (given.some((flag) => flag.startsWith('--max-old-space-size'))) return;
  const mb = Math.round(getHeapStatistics().heap_size_limit / 1048576);
  say(
    `Heap limit ${mb} MB per thread (no --max-old-space-size): \`npm start\` runs the server ` +
      `with ${SERVER_NODE_FLAGS.join(' ')} (decision 0047).`,
  );
}

/**
 * Writes the discovery file; when it cannot, says why, removes the one it
 * replaces (`previous`: a "starting" file would keep CLIs waiting) and keeps
 * serving (the CLI then writes directly and meets the file lock). Returns its remover.
 */
function publish(
  file: string,
  discovery: ServerDiscovery | StartingServer,
  previous: () => void = () => undefined,
): () => void {
  try {
    return publishServer(file, discovery);
  } catch (error) {
    previous();
    say(
      `Could not write ${file} (${error instanceof Error ? error.message : String(error)}): ` +
        '`npm run seed -- load|import|export|account add` cannot find this server.',
    );
    return () => undefined;
  }
}

/**
 * The ask / searchText corpus and indexes (api/src/fulltext/corpus.ts), built in the background
 * after startup and again once each write has finished (the write generation is even and has
 * moved), so no question waits for a build unless it arrives during one (then it waits for that
 * one). The store's write generation is looked at every second; after startup a build starts only
 * once it has not moved for a second, so a multi-area import (one transaction per area) is
 * indexed once, at its end.
 */
function warmAsk(store: Store, logger: Logger): void {
  let warmed: number | undefined;
  let seen: number | undefined;
  let building = false;
  const warm = () => {
    const generation = store.writeGeneration?.();
    const settled = warmed === undefined || generation === seen;
    seen = generation;
    if (building || generation === undefined || generation % 2 !== 0 || generation === warmed)
      return;
    if (!settled) return;
    building = true;
    const started = performance.now();
    warmCorpus(store).then(
      (areas) => {
        warmed = generation;
        building = false;
        logger.info(
          { areas, ms: Math.round(performance.now() - started) },
          `ask index built for ${areas} areas in ${Math.round(performance.now() - started)} ms`,
        );
      },
      (error: unknown) => {
        warmed = generation;
        building = false;
        logger.warn({ err: error }, 'ask index was not built');
      },
    );
  };
  warm();
  setInterval(warm, 1000).unref();
}

void main();

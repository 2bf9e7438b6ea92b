/**
 * A real Neo4j Community server for development and tests, from Maven
 * Central (decision 0007): Maven resolves `test/neo4j/pom.xml` (the ONE
 * place the Neo4j version is pinned) into the local Maven repository once,
 * and this module starts the server's own entry point
 * (`org.neo4j.server.CommunityEntryPoint`) on that classpath with a
 * generated `neo4j.conf`: 127.0.0.1 only, a free Bolt port, HTTP off, auth
 * on with a generated password, data in a throwaway directory, 1 GB heap.
 *
 *   const neo4j = await startNeo4j();   // { uri, user, password, stop() }
 *   ...
 *   await neo4j.stop();                 // stops the JVM, deletes the directory
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import neo4j from 'neo4j-driver';

export const NEO4J_DIR = path.dirname(fileURLToPath(import.meta.url));
export const NEO4J_POM = path.join(NEO4J_DIR, 'pom.xml');
/** Project-local cache of the resolved classpath (git-ignored); the jars stay in ~/.m2. */
const CACHE_DIR = path.join(NEO4J_DIR, '.cache');

const ENTRY_POINT = 'org.neo4j.server.CommunityEntryPoint';
const ADMIN_TOOL = 'org.neo4j.cli.AdminTool';

/** JVM options the packaged server's default neo4j.conf passes (server.jvm.additional). */
const JVM_OPTIONS = [
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+AlwaysPreTouch',
  '-XX:+UnlockExperimentalVMOptions',
  '-XX:+TrustFinalNonStaticFields',
  '-XX:+DisableExplicitGC',
  '-XX:+ExitOnOutOfMemoryError',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Djdk.tls.ephemeralDHKeySize=2048',
  '-Djdk.tls.rejectClientInitiatedRenegotiation=true',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--enable-native-access=ALL-UNNAMED',
];

export interface Neo4jServer {
  /** e.g. `bolt://127.0.0.1:41234` */
  readonly uri: string;
  readonly user: string;
  readonly password: string;
  /** The Neo4j version the server reports (`dbms.components()`). */
  readonly version: string;
  /** The throwaway NEO4J_HOME (conf, data, logs); deleted by stop(). */
  readonly home: string;
  /** The server's own log (`logs/neo4j.log`) and the JVM's output, for failure messages. */
  output(): string;
  /**
   * For fault tests: stops the JVM (SIGTERM and a clean shutdown, or SIGKILL)
   * and KEEPS the data; `resume()` starts it again on the same port, with the
   * same password and data, and resolves once Bolt answers.
   */
  halt(signal?: 'SIGTERM' | 'SIGKILL'): Promise<void>;
  resume(): Promise<void>;
  /** Stops the JVM (SIGTERM, then SIGKILL after 30 s) and deletes `home`. Idempotent. */
  stop(): Promise<void>;
}

export interface StartNeo4jOptions {
  /** JVM heap, initial = max (default `1g`). */
  heap?: string;
  /** Page cache (default `256m`: the test graphs are small). */
  pageCache?: string;
  /** How long the server may take to accept a query (default 180 s). */
  readyTimeoutMs?: number;
  /** Progress lines (default: none). */
  log?: (line: string) => void;
}

const OUTPUT_LIMIT = 100_000;

export async function startNeo4j(options: StartNeo4jOptions = {}): Promise<Neo4jServer> {
  const { heap = '1g', pageCache = '256m', readyTimeoutMs = 180_000, log = () => {} } = options;
  const java = requireTool(
    'java',
    ['-version'],
    'Java 17 or newer (e.g. apt-get install openjdk-17-jre-headless)',
  );
  const classpath = resolveClasspath(log);

  const home = await mkdtemp(path.join(tmpdir(), 'accgraph-neo4j-'));
  const user = 'neo4j';
  const password = randomBytes(18).toString('base64url');
  const port = await freePort();
  const conf = path.join(home, 'conf');
  mkdirSync(conf);
  writeFileSync(path.join(conf, 'neo4j.conf'), neo4jConf(home, port, heap, pageCache));
  const env = { ...process.env, NEO4J_HOME: home, NEO4J_CONF: conf };

  try {
    // the packaged `neo4j-admin dbms set-initial-password`, run in-process by its own class
    const admin = spawnSync(
      java,
      ['-cp', classpath, ADMIN_TOOL, 'dbms', 'set-initial-password', password],
      {
        env,
        encoding: 'utf8',
      },
    );
    if (admin.status !== 0) {
      throw new Error(
        `neo4j-admin dbms set-initial-password failed (exit ${admin.status}):\n${admin.stdout}${admin.stderr}`,
      );
    }
  } catch (error) {
    await rm(home, { recursive: true, force: true });
    throw error;
  }

  const jvmArgs = [
    `-Xms${heap}`,
    `-Xmx${heap}`,
    ...JVM_OPTIONS,
    '-cp',
    classpath,
    ENTRY_POINT,
    `--home-dir=${home}`,
    `--config-dir=${conf}`,
  ];
  let jvmOutput = '';
  const output = (): string => {
    const logFile = path.join(home, 'logs', 'neo4j.log');
    const serverLog = existsSync(logFile) ? readFileSync(logFile, 'utf8').slice(-OUTPUT_LIMIT) : '';
    return `${serverLog}${jvmOutput}`;
  };
  let running: { child: ChildProcess; exited: Promise<number | null> } | undefined;
  const launch = (): { child: ChildProcess; exited: Promise<number | null> } => {
    log(`starting Neo4j on 127.0.0.1:${port} (home ${home})`);
    const child = spawn(java, jvmArgs, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    const collect = (chunk: Buffer): void => {
      jvmOutput = (jvmOutput + chunk.toString('utf8')).slice(-OUTPUT_LIMIT);
    };
    child.stdout?.on('data', collect);
    child.stderr?.on('data', collect);
    const exited = new Promise<number | null>((resolve) =>
      child.once('exit', (code) => resolve(code)),
    );
    return { child, exited };
  };

  const uri = `bolt://127.0.0.1:${port}`;
  let stopping: Promise<void> | undefined;
  const halt = async (signal: 'SIGTERM' | 'SIGKILL' = 'SIGTERM'): Promise<void> => {
    const current = running;
    running = undefined;
    if (!current) return;
    if (signal === 'SIGKILL') {
      if (current.child.exitCode === null && current.child.signalCode === null) {
        current.child.kill('SIGKILL');
      }
      await current.exited;
    } else {
      await stopChild(current.child, current.exited);
    }
  };
  const resume = async (): Promise<void> => {
    if (stopping) throw new Error('this Neo4j was stopped for good (stop()); start a new one');
    if (running) return;
    running = launch();
    await waitUntilReady(uri, user, password, readyTimeoutMs, running.exited);
  };
  const stop = (): Promise<void> =>
    (stopping ??= (async () => {
      await halt();
      await rm(home, { recursive: true, force: true });
    })());

  try {
    running = launch();
    const version = await waitUntilReady(uri, user, password, readyTimeoutMs, running.exited);
    log(`Neo4j ${version} ready at ${uri}`);
    return { uri, user, password, version, home, output, halt, resume, stop };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const detail = tail(output());
    await stop();
    throw new Error(`${message}\n${detail}`);
  }
}

/** The server's neo4j.conf: every directory inside the throwaway home, loopback only. */
function neo4jConf(home: string, port: number, heap: string, pageCache: string): string {
  return [
    `server.directories.data=${path.join(home, 'data')}`,
    `server.directories.logs=${path.join(home, 'logs')}`,
    `server.directories.run=${path.join(home, 'run')}`,
    `server.directories.import=${path.join(home, 'import')}`,
    `server.directories.plugins=${path.join(home, 'plugins')}`,
    `server.directories.lib=${path.join(home, 'lib')}`,
    `server.directories.licenses=${path.join(home, 'licenses')}`,
    'server.default_listen_address=127.0.0.1',
    'server.default_advertised_address=127.0.0.1',
    `server.bolt.listen_address=127.0.0.1:${port}`,
    `server.bolt.advertised_address=127.0.0.1:${port}`,
    'server.bolt.enabled=true',
    'server.http.enabled=false',
    'server.https.enabled=false',
    'dbms.security.auth_enabled=true',
    `server.memory.heap.initial_size=${heap}`,
    `server.memory.heap.max_size=${heap}`,
    `server.memory.pagecache.size=${pageCache}`,
    'dbms.usage_report.enabled=false',
    // small throwaway databases: keep transaction logs short
    'db.tx_log.rotation.retention_policy=1 files',
    '',
  ].join('\n');
}

/**
 * The server's classpath: asks Maven (`dependency:build-classpath`, which
 * downloads into the local Maven repository on first use) and caches the
 * answer per pom content; the cache is reused while every jar still exists.
 */
export function resolveClasspath(log: (line: string) => void = () => {}): string {
  const pom = readFileSync(NEO4J_POM, 'utf8');
  const key = createHash('sha256').update(pom).digest('hex').slice(0, 16);
  const cached = path.join(CACHE_DIR, `classpath-${key}.txt`);
  if (existsSync(cached)) {
    const classpath = readFileSync(cached, 'utf8').trim();
    if (classpath && classpath.split(path.delimiter).every((jar) => existsSync(jar)))
      return classpath;
  }
  const mvn = requireTool('mvn', ['-v'], 'Maven 3 (e.g. apt-get install maven)');
  mkdirSync(CACHE_DIR, { recursive: true });
  log(
    `resolving Neo4j ${pinnedVersion()} from Maven Central (first run downloads ~150 MB into the local Maven repository)`,
  );
  const result = spawnSync(
    mvn,
    ['-q', '-B', '-f', NEO4J_POM, 'dependency:build-classpath', `-Dmdep.outputFile=${cached}`],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
  );
  if (result.status !== 0 || !existsSync(cached)) {
    throw new Error(
      `Maven could not resolve Neo4j from ${NEO4J_POM} (exit ${result.status}):\n${result.stdout}${result.stderr}`,
    );
  }
  return readFileSync(cached, 'utf8').trim();
}

/** The version pinned in pom.xml. */
export function pinnedVersion(): string {
  const match = /<neo4j\.version>([^<]+)<\/neo4j\.version>/.exec(readFileSync(NEO4J_POM, 'utf8'));
  if (!match?.[1]) throw new Error(`${NEO4J_POM} has no <neo4j.version> property`);
  return match[1];
}

function requireTool(command: string, args: string[], what: string): string {
  const probe = spawnSync(command, args, { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    throw new Error(
      `\`${command}\` is not available: the Neo4j test server needs ${what} on PATH.`,
    );
  }
  return command;
}

async function waitUntilReady(
  uri: string,
  user: string,
  password: string,
  timeoutMs: number,
  exited: Promise<number | null>,
): Promise<string> {
  let exitCode: number | null | undefined;
  void exited.then((code) => (exitCode = code ?? -1));
  const driver = neo4j.driver(uri, neo4j.auth.basic(user, password), {
    connectionTimeout: 2_000,
    maxTransactionRetryTime: 0,
  });
  const started = Date.now();
  let last = 'no answer yet';
  try {
    while (Date.now() - started < timeoutMs) {
      if (exitCode !== undefined)
        throw new Error(`Neo4j exited (code ${exitCode}) before it was ready.`);
      // ready = Bolt runs a query
      try {
        const result = await driver.executeQuery(
          'CALL dbms.components() YIELD versions RETURN versions[0] AS version',
        );
        return String(result.records[0]?.get('version'));
      } catch (error) {
        last = error instanceof Error ? error.message : String(error);
      }
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  } finally {
    await driver.close();
  }
  throw new Error(
    `Neo4j did not accept a query at ${uri} within ${timeoutMs / 1000} s (last: ${last}).`,
  );
}

async function stopChild(child: ChildProcess, exited: Promise<number | null>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const timedOut = await Promise.race([
    exited.then(() => false),
    new Promise<boolean>((resolve) => setTimeout(() => resolve(true), 30_000).unref()),
  ]);
  if (timedOut) {
    child.kill('SIGKILL');
    await exited;
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

function tail(text: string, lines = 30): string {
  return text.trimEnd().split('\n').slice(-lines).join('\n');
}

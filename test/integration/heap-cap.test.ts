import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '@accgraph/api/config';
import { SERVER_ENV, SERVER_HEAP_MB, SERVER_NODE_FLAGS } from '@accgraph/api/server';

/** The `node` arguments before `--import tsx api/src/main.ts` in a start command. */
function flagsBeforeMain(args: string[]): string[] {
  return args.slice(0, args.indexOf('--import'));
}

describe('the server heap cap (decision 0047, issue 16 point 3)', () => {
  it('npm start and the Dockerfile start the server with SERVER_NODE_FLAGS and SERVER_ENV', () => {
    const pkg = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    const start = /&& (.*)node (.*) api\/src\/main\.ts$/.exec(pkg.scripts.start ?? '');
    expect(flagsBeforeMain((start?.[2] ?? '').split(' '))).toEqual(SERVER_NODE_FLAGS);
    const env = Object.entries(SERVER_ENV).map(([k, v]) => `${k}=${v} `);
    expect(start?.[1]).toBe(env.join(''));
    const dockerfile = readFileSync(path.join(REPO_ROOT, 'Dockerfile'), 'utf8');
    const cmd = /^CMD (\[.*\])$/m.exec(dockerfile)?.[1];
    const args = JSON.parse(cmd ?? '[]') as string[];
    expect(args[0]).toBe('node');
    expect(flagsBeforeMain(args.slice(1))).toEqual(SERVER_NODE_FLAGS);
    expect(args.slice(-3)).toEqual(['--import', 'tsx', 'api/src/main.ts']);
    for (const [k, v] of Object.entries(SERVER_ENV)) {
      expect(dockerfile).toMatch(new RegExp(`^ENV ${k}=${v}$`, 'm'));
    }
  });

  it('caps the main thread and a worker thread (the store runs on one) alike', () => {
    const script = `
      const v8 = require('node:v8');
      const { Worker } = require('node:worker_threads');
      const mb = () => Math.round(v8.getHeapStatistics().heap_size_limit / 1048576);
      const w = new Worker("require('node:worker_threads').parentPort.postMessage(Math.round(require('node:v8').getHeapStatistics().heap_size_limit / 1048576))", { eval: true });
      w.once('message', (m) => { console.log(JSON.stringify([mb(), m])); w.terminate(); });`;
    const out = execFileSync(process.execPath, [...SERVER_NODE_FLAGS, '-e', script], {
      encoding: 'utf8',
      env: { ...process.env, NODE_OPTIONS: '' },
    });
    const [main, worker] = JSON.parse(out) as [number, number];
    // old generation (the cap) plus the young generation's semi-spaces
    for (const limit of [main, worker]) {
      expect(limit).toBeGreaterThanOrEqual(SERVER_HEAP_MB);
      expect(limit).toBeLessThan(SERVER_HEAP_MB + 128);
    }
  });
});

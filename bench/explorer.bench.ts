/**
 * Explorer rendering benchmark, in headless Debian Chromium against the
 * served app (the REAL API over a fresh store, or BENCH_BASE_URL /
 * E2E_BASE_URL when set):
 *
 * - time to drawn for a real area (Wiltshire, 2014 and current) and for
 *   generated graphs of 300, 1,000 and 2,000 nodes (`?bench=N`), and the
 *   2,000-node comparison (`?bench=2000&view=compare`, two panes of 1,000);
 *   it waits for the explorer's ready flag (`window.__explorerReady`) and
 *   reads `window.__explorerTimings`; several runs, median;
 * - drag frame p95 at 1,000 nodes: one node dragged with the mouse for ~2 s
 *   while requestAnimationFrame intervals are sampled.
 *
 * Prints a Markdown table (machine, Chromium version, date) and exits 1 when a
 * target is missed and BENCH_STRICT=1.
 *
 *   npm run build:explorer && node --import tsx bench/explorer.bench.ts
 *   BENCH_RUNS=7 BENCH_DRAG_MS=3000 node --import tsx bench/explorer.bench.ts
 */
import os from 'node:os';
import { InMemoryCache, type TypePolicies } from '@apollo/client';
import { print, type DocumentNode } from 'graphql';
import type { Browser, Page } from 'playwright-core';
import { POSSIBLE_TYPES, TYPE_POLICIES } from '../explorer/src/data/client';
import {
  ExplorerAreaDocument,
  ExplorerFindingFlagsDocument,
  ExplorerFindingsDocument,
} from '../explorer/src/gql/graphql';
import type { ReadyTimings } from '../explorer/src/ui/readiness';
import { launchChromium } from '../test/e2e/support/browser';
import { serverForTests, type RunningServer } from '../test/e2e/support/server';

const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 5));
const DRAG_MS = Math.max(500, Number(process.env.BENCH_DRAG_MS ?? 2000));
const VIEWPORT = { width: 1440, height: 900 };
const MOVE_INTERVAL_MS = 16;
const READY_TIMEOUT = 120_000;

type Timing = ReadyTimings;

interface Sample {
  /** performance.now() at ready: from navigation start to every canvas drawn. */
  fromNavigation: number;
  /** From the first layout request to every canvas drawn (layout + render + measure + fit). */
  layoutAndDraw: number;
  /** Time inside the layout function (worker), summed over canvases. */
  layoutMs: number;
  nodes: number;
  edges: number;
  offThread: boolean;
}

interface Scenario {
  name: string;
  query: string;
  /** Which figure the target applies to, and the target in ms (null: no target). */
  target: { metric: 'layoutAndDraw' | 'fromNavigation'; ms: number } | null;
}

const SCENARIOS: Scenario[] = [
  { name: 'Wiltshire 2014 (real area)', query: '?area=wiltshire&doc=wiltshire/2014', target: null },
  { name: 'Wiltshire current (real area)', query: '?area=wiltshire', target: null },
  {
    name: 'generated, 300 nodes',
    query: '?bench=300',
    target: { metric: 'layoutAndDraw', ms: 400 },
  },
  { name: 'generated, 1,000 nodes', query: '?bench=1000', target: null },
  { name: 'generated, 2,000 nodes', query: '?bench=2000', target: null },
  {
    name: 'comparison, 2 × 1,000 nodes',
    query: '?bench=2000&view=compare',
    target: { metric: 'layoutAndDraw', ms: 2000 },
  },
];

/** Records every canvas's timings (the page keeps only the last one in `__explorerTimings`). */
const RECORD_TIMINGS = `(() => {
  const all = [];
  let last;
  Object.defineProperty(window, '__benchTimings', { value: all });
  Object.defineProperty(window, '__explorerTimings', {
    configurable: true,
    get: () => last,
    set: (v) => { last = v; all.push(v); },
  });
})();`;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const i = Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1));
  return s[i]!;
}

async function measureOnce(browser: Browser, base: string, query: string): Promise<Sample> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    await page.addInitScript(RECORD_TIMINGS);
    await page.goto(`${base}/${query}`);
    await page.waitForFunction(
      () => (window as unknown as { __explorerReady?: boolean }).__explorerReady === true,
      undefined,
      { timeout: READY_TIMEOUT, polling: 'raf' },
    );
    const all = await page.evaluate(
      () => (window as unknown as { __benchTimings: Timing[] }).__benchTimings,
    );
    const canvases = await page.locator('[data-testid^=canvas][data-ready=true]').count();
    // The last report of each canvas (a canvas reports again after a re-layout).
    const byCanvas = new Map<string, Timing>();
    for (const t of all) byCanvas.set(t.canvas, t);
    const ts = [...byCanvas.values()];
    if (ts.length === 0 || ts.length < canvases) {
      throw new Error(`${query}: ${canvases} canvas(es) ready but ${ts.length} timing report(s)`);
    }
    const readyAt = Math.max(...ts.map((t) => t.readyAt));
    const startedAt = Math.min(...ts.map((t) => t.startedAt));
    return {
      fromNavigation: readyAt,
      layoutAndDraw: readyAt - startedAt,
      layoutMs: ts.reduce((n, t) => n + t.layoutMs, 0),
      nodes: ts.reduce((n, t) => n + t.nodes, 0),
      edges: ts.reduce((n, t) => n + t.edges, 0),
      offThread: ts.every((t) => t.offThread),
    };
  } finally {
    await context.close();
  }
}

interface DragResult {
  frames: number;
  p50: number;
  p95: number;
  max: number;
  moved: number;
  nodeId: string;
}

/** Drags a node near the middle of the view for DRAG_MS while sampling rAF intervals. */
async function measureDrag(browser: Browser, base: string, n: number): Promise<DragResult> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    await page.goto(`${base}/?bench=${n}`);
    await page.waitForFunction(
      () => (window as unknown as { __explorerReady?: boolean }).__explorerReady === true,
      undefined,
      { timeout: READY_TIMEOUT, polling: 'raf' },
    );
    // The node nearest the middle of the fitted view (only nodes in view are rendered).
    const canvas = page.locator('[data-testid=canvas]');
    const box = (await canvas.boundingBox())!;
    const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    const target = await pickNode(page, centre);
    const before = await nodeTransform(page, target.id);

    await page.evaluate(START_SAMPLING);
    await page.mouse.move(target.x, target.y);
    await page.mouse.down();
    const started = Date.now();
    let step = 0;
    while (Date.now() - started < DRAG_MS) {
      step += 1;
      const angle = step / 12;
      // A slow circle of radius 120 px around the start, plus a drift: the node keeps moving.
      await page.mouse.move(
        target.x + 120 * Math.sin(angle) + step * 0.2,
        target.y + 120 * (1 - Math.cos(angle)),
      );
      // Paced like a real mouse (~60 events a second), not as fast as the protocol allows.
      const due = started + step * MOVE_INTERVAL_MS;
      if (due > Date.now()) await new Promise((resolve) => setTimeout(resolve, due - Date.now()));
    }
    await page.mouse.up();
    const frames = await page.evaluate(() => {
      const w = window as unknown as { __frames: number[]; __sampling: boolean };
      w.__sampling = false;
      return w.__frames;
    });
    const after = await nodeTransform(page, target.id);
    return {
      frames: frames.length,
      p50: percentile(frames, 50),
      p95: percentile(frames, 95),
      max: Math.max(...frames),
      moved: Math.hypot(after.x - before.x, after.y - before.y),
      nodeId: target.id,
    };
  } finally {
    await context.close();
  }
}

/** The drawn node whose centre is nearest the given point, and its centre. */
async function pickNode(page: Page, near: { x: number; y: number }) {
  return page.evaluate((p) => {
    let best: { id: string; x: number; y: number; d: number } | null = null;
    for (const el of document.querySelectorAll<HTMLElement>(
      '[data-testid=canvas] .react-flow__node',
    )) {
      const r = el.getBoundingClientRect();
      const x = r.left + r.width / 2;
      const y = r.top + r.height / 2;
      if (document.elementFromPoint(x, y)?.closest('.react-flow__node') !== el) continue;
      const d = Math.hypot(x - p.x, y - p.y);
      if (!best || d < best.d) best = { id: el.dataset.id ?? '', x, y, d };
    }
    if (!best) throw new Error('no node under the pointer');
    return best;
  }, near);
}

async function nodeTransform(page: Page, id: string) {
  return page.locator(`.react-flow__node[data-id="${id}"]`).evaluate((el) => {
    const m = new DOMMatrixReadOnly(getComputedStyle(el).transform);
    return { x: m.m41, y: m.m42 };
  });
}

/** rAF interval sampler, as text: tsx's name helpers must not leak into the page. */
const START_SAMPLING = `(() => {
  window.__frames = [];
  window.__sampling = true;
  let last = performance.now();
  function tick(now) {
    window.__frames.push(now - last);
    last = now;
    if (window.__sampling) requestAnimationFrame(tick);
  }
  requestAnimationFrame((now) => { last = now; requestAnimationFrame(tick); });
})()`;

const fmt = (ms: number) => `${Math.round(ms)} ms`;

/** Readable first view (issue 15): time to the first drawn, readable view, and name sizes. */
const READABLE: { name: string; query: string; targetMs: number }[] = [
  {
    name: 'Wiltshire 2019 (bundled, 59 nodes, opens as overview)',
    query: '?area=wiltshire&doc=wiltshire/2019',
    targetMs: 1000,
  },
  { name: 'Wiltshire 2014 (bundled)', query: '?area=wiltshire&doc=wiltshire/2014', targetMs: 1000 },
  { name: 'Walsall (bundled)', query: '?area=walsall', targetMs: 1000 },
  { name: 'generated, 300 nodes', query: '?bench=300', targetMs: 2000 },
];

/** On-screen heights of the names drawn inside the canvas's box, in CSS px. */
const NAME_HEIGHTS = `(() => {
  const canvas = document.querySelector('[data-testid^=canvas]').getBoundingClientRect();
  const vp = document.querySelector('[data-testid^=canvas] .react-flow__viewport');
  const zoom = new DOMMatrixReadOnly(getComputedStyle(vp).transform).a;
  const out = [];
  for (const el of document.querySelectorAll('[data-testid^=canvas] .ag-node__name')) {
    const r = el.getBoundingClientRect();
    if (r.right > canvas.left && r.left < canvas.right && r.bottom > canvas.top && r.top < canvas.bottom)
      out.push(parseFloat(getComputedStyle(el).fontSize) * zoom);
  }
  return out;
})()`;

async function measureReadable(browser: Browser, base: string, query: string) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    await page.addInitScript(RECORD_TIMINGS);
    await page.goto(`${base}/${query}`);
    await page.waitForFunction(
      () => (window as unknown as { __explorerReady?: boolean }).__explorerReady === true,
      undefined,
      { timeout: READY_TIMEOUT, polling: 'raf' },
    );
    const all = await page.evaluate(
      () => (window as unknown as { __benchTimings: Timing[] }).__benchTimings,
    );
    const heights = (await page.evaluate(NAME_HEIGHTS)) as number[];
    return { readyAt: Math.max(...all.map((t) => t.readyAt)), heights };
  } finally {
    await context.close();
  }
}

/**
 * One interaction, timed inside the page: from the click to the first frame
 * where the `done` selector matches (polled every animation frame).
 */
const TIME_CLICK = `async ([target, done, action]) => {
  // The target may be drawn again meanwhile (a panel still loading): wait for it, untimed.
  let el = document.querySelector(target);
  for (let i = 0; !el && i < 600; i++) {
    await new Promise((r) => requestAnimationFrame(r));
    el = document.querySelector(target);
  }
  if (!el) throw new Error('nothing to click: ' + target);
  const t0 = performance.now();
  if (action === 'hover') el.dispatchEvent(new MouseEvent('mouseover', { bubbles: true, relatedTarget: document.body }));
  else el.click();
  for (;;) {
    await new Promise((r) => requestAnimationFrame(r));
    if (document.querySelector(done)) return performance.now() - t0;
    if (performance.now() - t0 > 30000) throw new Error('never done: ' + done);
  }
}`;

interface Interaction {
  name: string;
  query: string;
  click: string;
  done: string;
  /** 'hover' moves the pointer onto the target instead of clicking it. */
  action?: 'click' | 'hover';
}

const INTERACTIONS: Interaction[] = [
  {
    name: 'overview → full graph (59 nodes laid out, posts drawn)',
    query: '?area=wiltshire&doc=wiltshire/2019',
    click: '[data-testid=scope-toggle]',
    done: '[data-testid=canvas][data-ready=true][data-node-count="59"] .react-flow__node-post',
  },
  {
    name: 'choose a single point of failure (selected on the canvas)',
    query: '?area=wiltshire&doc=wiltshire/2019',
    click: '[data-testid=spof]',
    done: '.react-flow__node.selected',
  },
  {
    name: 'open a finding badge (findings list shows it)',
    query: '?area=wiltshire&doc=wiltshire/2019',
    click: '[data-testid=canvas] [data-testid=finding-badge]',
    done: '[data-testid=finding-details]',
  },
  {
    name: 'coverage-matrix cell (holders with their quotes)',
    query: '?area=wiltshire&doc=wiltshire/2014&view=compare&with=walsall',
    click: '[data-testid=coverage-cell][data-status=SINGLE][data-area=wiltshire]',
    done: '[data-testid=coverage-explanation] [data-testid=evidence-quote]',
  },
  {
    name: 'coverage-matrix gap (its finding with the quote)',
    query: '?area=wiltshire&view=compare&with=walsall',
    click: '[data-testid=coverage-cell][data-verdict=gap]',
    done: '[data-testid=coverage-finding] [data-testid=evidence-quote]',
  },
  {
    name: 'present mode: next hop (quote shown, hop highlighted)',
    query: '?area=wiltshire&doc=wiltshire/2014&chain=wiltshire/childrens-trust&step=1',
    click: '[data-testid=present-next]',
    done: '[data-testid=present-bar][data-step="2"] [data-testid=evidence-quote]',
  },
  {
    name: 'hover details (card beside a node)',
    query: '?area=wiltshire&doc=wiltshire/2014',
    click: '[data-testid=canvas] .react-flow__node[data-id="wiltshire/wscb"]',
    done: '[data-testid=hover-card]',
    action: 'hover',
  },
  {
    name: 'path to a chosen node: present it (path highlighted, first hop shown)',
    query: '?area=wiltshire&doc=wiltshire/2014&sel=wiltshire/wscb&to=wiltshire/childrens-trust',
    click: '[data-testid=path-present]',
    done: '[data-testid=present-bar][data-step="1"]',
  },
];

async function measureInteraction(
  browser: Browser,
  base: string,
  it: Interaction,
): Promise<number> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    await page.goto(`${base}/${it.query}`);
    await page.locator(it.click).first().waitFor({ timeout: READY_TIMEOUT });
    // A person clicks once the view is on screen: every canvas drawn (the compare view's too).
    await page.waitForFunction(
      () => (window as unknown as { __explorerReady?: boolean }).__explorerReady === true,
      undefined,
      { timeout: READY_TIMEOUT, polling: 'raf' },
    );
    await page.waitForTimeout(300);
    return (await page.evaluate(
      `(${TIME_CLICK})(${JSON.stringify([it.click, it.done, it.action ?? 'click'])})`,
    )) as number;
  } finally {
    await context.close();
  }
}

/**
 * With BENCH_BEFORE_URL (a second server serving an earlier build, e.g. with
 * EXPLORER_DIR), every figure is also taken there, runs alternating between
 * the two, and the table gives both and their ratio (this build ÷ before):
 * on a shared machine the ratio means more than either time.
 */
const BEFORE_URL = process.env.BENCH_BEFORE_URL
  ? new URL(process.env.BENCH_BEFORE_URL).origin
  : null;

async function alternate<T>(measure: (base: string) => Promise<T>, base: string) {
  await measure(base); // warm-up
  if (BEFORE_URL) await measure(BEFORE_URL);
  const now: T[] = [];
  const before: T[] = [];
  for (let i = 0; i < RUNS; i++) {
    now.push(await measure(base));
    if (BEFORE_URL) before.push(await measure(BEFORE_URL));
  }
  return { now, before };
}

const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(2)}×` : '—');

async function readableSection(
  browser: Browser,
  base: string,
): Promise<{ lines: string[]; missed: number }> {
  let missed = 0;
  const rows: string[] = [];
  for (const s of READABLE) {
    const { now: runs, before } = await alternate(
      (b) => measureReadable(browser, b, s.query),
      base,
    );
    const t = median(runs.map((r) => r.readyAt));
    const heights = runs[0]!.heights;
    const med = heights.length ? median(heights) : NaN;
    const min = heights.length ? Math.min(...heights) : NaN;
    const ok = t <= s.targetMs && med >= 11;
    if (!ok) missed += 1;
    const tb = before.length ? median(before.map((r) => r.readyAt)) : NaN;
    process.stderr.write(
      `[bench] readable ${s.name}: ${fmt(t)}${before.length ? ` (before ${fmt(tb)})` : ''}, names median ${med.toFixed(1)} px\n`,
    );
    rows.push(
      `| ${s.name} | ${RUNS} | ${fmt(t)} |${before.length ? ` ${fmt(tb)} | ${ratio(t, tb)} |` : ''} ${heights.length} | ${med.toFixed(1)} px | ${min.toFixed(1)} px | ≤ ${s.targetMs} ms and ≥ 11 px: ${ok ? 'met' : '**not met**'} |`,
    );
  }
  const irows: string[] = [];
  for (const it of INTERACTIONS) {
    const { now: ms, before } = await alternate((b) => measureInteraction(browser, b, it), base);
    const m = median(ms);
    const ok = m <= 200;
    if (!ok) missed += 1;
    const mb = before.length ? median(before) : NaN;
    process.stderr.write(
      `[bench] interaction ${it.name}: ${fmt(m)}${before.length ? ` (before ${fmt(mb)})` : ''}\n`,
    );
    irows.push(
      `| ${it.name} | ${RUNS} | ${fmt(m)} | ${fmt(Math.max(...ms))} |${before.length ? ` ${fmt(mb)} | ${ratio(m, mb)} |` : ''} ≤ 200 ms: ${ok ? 'met' : '**not met**'} |`,
    );
  }
  const b = BEFORE_URL !== null;
  return {
    missed,
    lines: [
      '## Readable first view and interactions (issue 15)',
      '',
      '"First readable draw": from the start of navigation to the canvas drawn, measured and fitted (names are drawn readable from the first frame: semantic zoom). "Names": on-screen height of every name drawn inside the canvas at that moment.',
      '',
      `| area | runs | first readable draw (median) |${b ? ' before (median) | ratio |' : ''} names in view | median name | smallest name | target |`,
      `|---|---:|---:|${b ? '---:|---:|' : ''}---:|---:|---:|---|`,
      ...rows,
      '',
      'Interactions, timed inside the page from the click to the first frame showing the answer:',
      '',
      `| interaction | runs | median | worst |${b ? ' before (median) | ratio |' : ''} target |`,
      `|---|---:|---:|---:|${b ? '---:|---:|' : ''}---|`,
      ...irows,
      '',
    ],
  };
}

/**
 * `BENCH_ONLY=cache`: the time Apollo takes to write the first view's answers
 * (Wiltshire 2019's graph, findings and flags, fetched from the server) into
 * the explorer's cache (`TYPE_POLICIES`), against a cache that stores every
 * object with an id as an entity of its own (the explorer before session 8:
 * only `AreaGraph` embedded). In Node, after 10 warm-up writes; medians of
 * BENCH_CACHE_ROUNDS (default 60) writes alternating between the two.
 */
const NORMALISED_POLICIES: TypePolicies = { AreaGraph: { keyFields: false } };

async function cacheSection(base: string): Promise<string[]> {
  const rounds = Math.max(5, Number(process.env.BENCH_CACHE_ROUNDS ?? 60));
  const area = { id: 'wiltshire', asOf: null, allTime: false, documentId: 'wiltshire/2019' };
  const scope = { area: 'wiltshire', asOf: null, document: 'wiltshire/2019' };
  const answers: { name: string; query: DocumentNode; variables: object }[] = [
    { name: 'area graph (59 nodes, 83 edges)', query: ExplorerAreaDocument, variables: area },
    { name: 'findings (first page)', query: ExplorerFindingsDocument, variables: scope },
    { name: 'finding flags', query: ExplorerFindingFlagsDocument, variables: scope },
  ];
  const shape = new InMemoryCache();
  const loaded: { name: string; query: DocumentNode; variables: object; data: object }[] = [];
  for (const a of answers) {
    const query = shape.transformDocument(a.query); // with __typename, as Apollo asks
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: print(query), variables: a.variables }),
    });
    const body = (await res.json()) as { data?: object; errors?: unknown };
    if (!body.data || body.errors) throw new Error(`${a.name}: ${JSON.stringify(body.errors)}`);
    loaded.push({ ...a, data: body.data });
  }
  const writeAll = (typePolicies: TypePolicies) => {
    const cache = new InMemoryCache({ possibleTypes: POSSIBLE_TYPES, typePolicies });
    const t0 = performance.now();
    for (const a of loaded)
      cache.writeQuery({ query: a.query, variables: a.variables, data: a.data });
    const t1 = performance.now();
    for (const a of loaded) {
      if (!cache.readQuery({ query: a.query, variables: a.variables })) {
        throw new Error(`${a.name}: not read back from the cache`);
      }
    }
    return { write: t1 - t0, read: performance.now() - t1 };
  };
  const ours: { write: number; read: number }[] = [];
  const before: { write: number; read: number }[] = [];
  for (let i = 0; i < rounds + 10; i++) {
    const a = writeAll(TYPE_POLICIES);
    const b = writeAll(NORMALISED_POLICIES);
    if (i >= 10) {
      ours.push(a);
      before.push(b);
    }
  }
  const m = (xs: { write: number; read: number }[], k: 'write' | 'read') =>
    median(xs.map((x) => x[k]));
  const row = (k: 'write' | 'read') =>
    `| ${k} the three answers | ${rounds} | ${m(ours, k).toFixed(2)} ms | ${m(before, k).toFixed(2)} ms | ${(m(ours, k) / m(before, k)).toFixed(2)}× |`;
  return [
    "### Apollo cache: the first view's answers (Wiltshire 2019)",
    '',
    `Node ${process.version}, after 10 warm-up rounds; "every id an entity" is the cache before session 8.`,
    '',
    '| what | rounds | explorer cache (median) | every id an entity (median) | ratio |',
    '|---|---:|---:|---:|---:|',
    row('write'),
    row('read'),
    '',
  ];
}

async function main(): Promise<void> {
  const server: RunningServer = process.env.BENCH_BASE_URL
    ? {
        baseUrl: new URL(process.env.BENCH_BASE_URL).origin,
        port: 0,
        output: () => '',
        stop: async () => undefined,
      }
    : await serverForTests({ readyTimeoutMs: 120_000 });
  const browser = await launchChromium();
  const lines: string[] = [];
  let missed = 0;
  // The machine may be shared: say how busy it was (1-minute load average).
  const loadAtStart = os.loadavg()[0] ?? 0;
  try {
    const cpus = os.cpus();
    const version = browser.version();
    process.stderr.write(`[bench] ${server.baseUrl}, Chromium ${version}, ${RUNS} runs each\n`);

    if (process.env.BENCH_ONLY === 'cache') {
      process.stdout.write((await cacheSection(server.baseUrl)).join('\n') + '\n');
      return;
    }
    if (process.env.BENCH_ONLY === 'readable') {
      const r = await readableSection(browser, server.baseUrl);
      process.stdout.write(r.lines.join('\n'));
      process.stdout.write(
        `\n\nLoad average ${loadAtStart.toFixed(2)} at the start, ${(os.loadavg()[0] ?? 0).toFixed(2)} at the end (${cpus.length} cores).\n`,
      );
      if (r.missed && process.env.BENCH_STRICT === '1') process.exitCode = 1;
      return;
    }
    const readable = await readableSection(browser, server.baseUrl);
    missed += readable.missed;
    const rows: string[] = [];
    for (const s of SCENARIOS) {
      await measureOnce(browser, server.baseUrl, s.query); // warm-up (HTTP cache, JIT), not counted
      const samples: Sample[] = [];
      for (let i = 0; i < RUNS; i++)
        samples.push(await measureOnce(browser, server.baseUrl, s.query));
      const nav = median(samples.map((x) => x.fromNavigation));
      const draw = median(samples.map((x) => x.layoutAndDraw));
      const layout = median(samples.map((x) => x.layoutMs));
      const first = samples[0]!;
      let verdict = '—';
      if (s.target) {
        const value = s.target.metric === 'layoutAndDraw' ? draw : nav;
        const ok = value <= s.target.ms;
        if (!ok) missed += 1;
        verdict = `≤ ${s.target.ms} ms: ${ok ? 'met' : '**not met**'}`;
      }
      process.stderr.write(
        `[bench] ${s.name}: drawn ${fmt(draw)} after the layout request, ${fmt(nav)} after navigation (runs: ${samples
          .map((x) => Math.round(x.layoutAndDraw))
          .join(', ')})\n`,
      );
      rows.push(
        `| ${s.name} | ${first.nodes} | ${first.edges} | ${RUNS} | ${fmt(draw)} | ${fmt(
          Math.min(...samples.map((x) => x.layoutAndDraw)),
        )}–${fmt(Math.max(...samples.map((x) => x.layoutAndDraw)))} | ${fmt(layout)}${
          first.offThread ? ' (worker)' : ' (main thread)'
        } | ${fmt(nav)} | ${verdict} |`,
      );
    }

    const drags: DragResult[] = [];
    for (let i = 0; i < Math.min(RUNS, 3); i++)
      drags.push(await measureDrag(browser, server.baseUrl, 1000));
    const p95 = median(drags.map((d) => d.p95));
    const dragOk = p95 <= 33 && drags.every((d) => d.moved > 20);
    if (!dragOk) missed += 1;

    lines.push(
      '## Explorer rendering',
      '',
      `- Machine: ${cpus[0]?.model ?? 'unknown CPU'}, ${cpus.length} cores, ${Math.round(
        os.totalmem() / 2 ** 30,
      )} GiB, ${os.type()} ${os.release()}; load average ${loadAtStart.toFixed(2)} at the start, ${(
        os.loadavg()[0] ?? 0
      ).toFixed(2)} at the end`,
      `- Browser: headless Chromium ${version} (${process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'}, --disable-gpu), viewport ${VIEWPORT.width}×${VIEWPORT.height}`,
      `- Node ${process.version}; ${new Date().toISOString().slice(0, 10)}; ${RUNS} runs per row after one warm-up, median`,
      '',
      '"Laid out and drawn": from the canvas asking for its layout to every canvas drawn, measured and fitted (`readyAt − startedAt` of `window.__explorerTimings`). "After navigation": the same moment from the start of page navigation (scripts, API query, layout, drawing).',
      '',
      '| scenario | nodes | edges | runs | laid out and drawn (median) | range | layout in worker | after navigation | target |',
      '|---|---:|---:|---:|---:|---|---:|---:|---|',
      ...rows,
      '',
      '| drag at 1,000 nodes | runs | frames | p50 | p95 (median of runs) | worst frame | node moved | target |',
      '|---|---:|---:|---:|---:|---:|---:|---|',
      `| one node dragged ~${(DRAG_MS / 1000).toFixed(1)} s with the mouse (a move every ${MOVE_INTERVAL_MS} ms) | ${drags.length} | ${median(
        drags.map((d) => d.frames),
      )} | ${median(drags.map((d) => d.p50)).toFixed(1)} ms | ${p95.toFixed(1)} ms | ${Math.max(
        ...drags.map((d) => d.max),
      ).toFixed(1)} ms | ${Math.round(median(drags.map((d) => d.moved)))} px | ≤ 33 ms: ${
        dragOk ? 'met' : '**not met**'
      } |`,
      '',
      ...readable.lines,
    );
    process.stdout.write(lines.join('\n'));
  } finally {
    await browser.close();
    await server.stop();
  }
  if (missed && process.env.BENCH_STRICT === '1') process.exitCode = 1;
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exitCode = 1;
});

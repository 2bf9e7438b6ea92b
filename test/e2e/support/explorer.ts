/**
 * Page helpers for the explorer's browser tests: wait for a drawn canvas,
 * click a relationship where a person would, read downloads, check a PNG,
 * keep screenshots. Selectors are the ones explorer/README.md documents.
 */
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Download, Locator, Page } from 'playwright-core';
import { RESULTS_DIR } from './paths';

export const VIEWPORT = { width: 1440, height: 900 } as const;

/** The screens every view is checked on: desktop, a 1024 px laptop or tablet, a phone. */
export const WIDTHS = [
  { name: 'desktop', width: 1440, height: 900 },
  { name: 'laptop', width: 1024, height: 768 },
  { name: 'phone', width: 390, height: 844 },
] as const;

/** Generous, because the shared CI machines are slow; a pass is usually well under a second. */
export const UI_TIMEOUT = 30_000;

/** `[data-testid=canvas]` (or another canvas) once it says it is laid out and drawn. */
export async function canvasReady(page: Page, testId = 'canvas'): Promise<Locator> {
  const canvas = page.locator(`[data-testid="${testId}"][data-ready="true"]`);
  await canvas.waitFor({ timeout: UI_TIMEOUT });
  return canvas;
}

/** Opens a URL of the app and waits until its canvas is drawn. */
export async function openCanvas(page: Page, baseUrl: string, query: string): Promise<Locator> {
  await page.goto(`${baseUrl}/${query}`);
  return canvasReady(page);
}

export function node(page: Page, id: string): Locator {
  return page.locator(`.react-flow__node[data-id="${id}"]`);
}

export function edge(page: Page, id: string): Locator {
  return page.locator(`.react-flow__edge[data-id="${id}"]`);
}

/** The ids React Flow draws (rendered nodes or edges). */
export async function drawnIds(page: Page, kind: 'node' | 'edge', scope = '[data-testid=canvas]') {
  const ids = await page
    .locator(`${scope} .react-flow__${kind}`)
    .evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.id ?? ''));
  return ids.sort();
}

/** The ids listed in one of the table view's tables. */
export async function tableIds(page: Page, table: 'table-nodes' | 'table-edges') {
  const ids = await page
    .locator(`[data-testid=${table}] tbody tr[data-id]`)
    .evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.id ?? ''));
  return ids.sort();
}

/**
 * Waits until every canvas has stopped moving: React Flow animates its
 * viewport (fit to a chain step, a path, a selection) over several hundred
 * milliseconds, and a page measured mid-flight shows badges at sizes and
 * distances no user sees once it rests. Resolves when every viewport's
 * transform has been unchanged for 250 ms of animation frames (at most 10 s).
 */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const read = () =>
          [...document.querySelectorAll<HTMLElement>('.react-flow__viewport')]
            .map((v) => v.style.transform)
            .join('|');
        const started = performance.now();
        let last = read();
        let stableSince = started;
        const tick = (now: number) => {
          const current = read();
          if (current !== last) {
            last = current;
            stableSince = now;
          }
          if (now - stableSince >= 250 || now - started > 10_000) resolve();
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
  );
}

/**
 * Clicks a relationship with the mouse on its drawn line, at the first point
 * along it (20 %…80 %) where the line itself, not a badge or a node on top,
 * is what the pointer hits. Fails when no such point is in view.
 */
export async function clickEdge(page: Page, id: string): Promise<void> {
  const target = edge(page, id);
  await target.waitFor({ timeout: UI_TIMEOUT });
  const point = await target.evaluate((el) => {
    const path =
      el.querySelector<SVGPathElement>('path.react-flow__edge-interaction') ??
      el.querySelector<SVGPathElement>('path.react-flow__edge-path');
    if (!path) return null;
    const length = path.getTotalLength();
    const matrix = path.getScreenCTM();
    if (!matrix) return null;
    for (const f of [0.3, 0.7, 0.2, 0.8, 0.4, 0.6, 0.25, 0.75, 0.35, 0.65]) {
      const p = path.getPointAtLength(length * f);
      const x = p.x * matrix.a + p.y * matrix.c + matrix.e;
      const y = p.x * matrix.b + p.y * matrix.d + matrix.f;
      const hit = document.elementFromPoint(x, y);
      if (hit?.closest('.react-flow__edge') === el) return { x, y };
    }
    return null;
  });
  if (!point) throw new Error(`No visible, unobstructed point on edge ${id} to click`);
  await page.mouse.click(point.x, point.y);
}

/** True when the element's box lies inside the canvas's visible box. */
export async function insideCanvas(page: Page, target: Locator, testId = 'canvas') {
  const canvas = await page.locator(`[data-testid="${testId}"]`).boundingBox();
  const box = await target.boundingBox();
  if (!canvas || !box) return false;
  return (
    box.x >= canvas.x - 1 &&
    box.y >= canvas.y - 1 &&
    box.x + box.width <= canvas.x + canvas.width + 1 &&
    box.y + box.height <= canvas.y + canvas.height + 1
  );
}

/** Clicks and returns the download it starts, with its bytes. */
export async function download(
  page: Page,
  click: () => Promise<void>,
): Promise<{ download: Download; name: string; bytes: Buffer }> {
  const [started] = await Promise.all([
    page.waitForEvent('download', { timeout: UI_TIMEOUT }),
    click(),
  ]);
  const file = await started.path();
  const bytes = await readFile(file);
  return { download: started, name: started.suggestedFilename(), bytes };
}

export const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from a PNG's IHDR chunk (bytes 16-23), or null when it is not a PNG. */
export function pngSize(bytes: Buffer): { width: number; height: number } | null {
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(PNG_SIGNATURE)) return null;
  if (bytes.subarray(12, 16).toString('latin1') !== 'IHDR') return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Decodes image bytes in the browser (a real decoder) and returns their natural size. */
export async function decodeInBrowser(page: Page, bytes: Buffer, type = 'image/png') {
  return page.evaluate(
    async ({ b64, mime }) => {
      const img = new Image();
      img.src = `data:${mime};base64,${b64}`;
      await img.decode();
      // Also read back pixels: a decoded, non-blank picture has more than one colour.
      const canvas = document.createElement('canvas');
      canvas.width = Math.min(img.naturalWidth, 2048);
      canvas.height = Math.min(img.naturalHeight, 2048);
      const ctx = canvas.getContext('2d');
      ctx?.drawImage(img, 0, 0);
      const data = ctx?.getImageData(0, 0, canvas.width, canvas.height).data;
      const colours = new Set<number>();
      if (data) {
        for (let i = 0; i < data.length && colours.size < 64; i += 4 * 97) {
          colours.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
        }
      }
      return { width: img.naturalWidth, height: img.naturalHeight, colours: colours.size };
    },
    { b64: bytes.toString('base64'), mime: type },
  );
}

/** Rows of a CSV text (quoted fields may hold commas, quotes and newlines). */
export function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const body = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && body[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** Keeps a screenshot as a test artefact: test-results/e2e/<name>.png. */
export async function keepScreenshot(page: Page, name: string): Promise<string> {
  await mkdir(RESULTS_DIR, { recursive: true });
  await settle(page);
  const file = path.join(RESULTS_DIR, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

/** How Chromium reports a Content Security Policy violation in the console. */
export const CSP_VIOLATION = /Content Security Policy/;

/**
 * Collects uncaught page errors and Content Security Policy violations (the
 * server's CSP, api/src/http/edge.ts); a passing step must not
 * leave any.
 */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (CSP_VIOLATION.test(message.text())) errors.push(`CSP: ${message.text()}`);
  });
  return errors;
}

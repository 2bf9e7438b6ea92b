/**
 * `window.__explorerReady` and `<html data-ready>`: true when every canvas on
 * the page has laid out and drawn (the rendering benchmark waits for it).
 * `window.__explorerTimings` holds the last canvas's figures.
 */
import type { DrawTimings } from '../flow/drawCanvas';

const canvases = new Map<string, boolean>();

/** A drawing's figures (`startedAt`/`laidOutAt`: layout asked for / answered), its canvas, and when it was drawn. */
export interface ReadyTimings extends DrawTimings {
  canvas: string;
  /** performance.now() when drawn. */
  readyAt: number;
}

export interface ExplorerWindow extends Window {
  __explorerReady?: boolean;
  __explorerTimings?: ReadyTimings;
}

let firstDrawn: () => void = () => undefined;
const drawn = new Promise<void>((resolve) => (firstDrawn = resolve));

/**
 * Resolves when the page's canvases are first drawn; or after `noCanvasMs`
 * when no canvas has come by then (the table view); or after `atMostMs`
 * whatever happened (a layout that failed). What can wait for the first
 * view waits for this.
 */
export function afterFirstDraw(noCanvasMs = 1000, atMostMs = 5000): Promise<void> {
  return new Promise<void>((resolve) => {
    void drawn.then(resolve);
    setTimeout(() => {
      if (canvases.size === 0) resolve();
    }, noCanvasMs);
    setTimeout(resolve, atMostMs);
  });
}

function publish(): void {
  const ready = canvases.size > 0 && [...canvases.values()].every(Boolean);
  if (ready) firstDrawn();
  (window as ExplorerWindow).__explorerReady = ready;
  if (ready) document.documentElement.dataset.ready = 'true';
  else delete document.documentElement.dataset.ready;
}

export function canvasBusy(id: string): void {
  canvases.set(id, false);
  publish();
}

export function canvasReady(id: string, timings?: Omit<ReadyTimings, 'canvas' | 'readyAt'>): void {
  canvases.set(id, true);
  if (timings) {
    (window as ExplorerWindow).__explorerTimings = {
      canvas: id,
      ...timings,
      readyAt: performance.now(),
    };
  }
  publish();
}

export function canvasGone(id: string): void {
  canvases.delete(id);
  publish();
}

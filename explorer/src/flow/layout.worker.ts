/// <reference lib="webworker" />
/**
 * Runs the layered layout off the main thread. Receives `{ id, input }`
 * (graph/flowElements `LayoutInput`), answers `{ id, positions, ms }`.
 */
import { runLayout, type LayoutInput } from '../graph/flowElements';

interface Request {
  id: number;
  input: LayoutInput;
}

self.onmessage = (event: MessageEvent<Request>) => {
  const started = performance.now();
  const positions = runLayout(event.data.input);
  self.postMessage({ id: event.data.id, positions, ms: performance.now() - started });
};

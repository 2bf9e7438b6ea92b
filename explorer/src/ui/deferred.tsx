/**
 * What the first view does not need, loaded after it (issue 15 point 6):
 * the editing actions and the history panel (shown to editors, or collapsed)
 * and the network measures (graphology, ~180 KB). Each stands in for its
 * component with the same props; each lazy part has its own Suspense
 * boundary, so waiting for it never blanks anything around it.
 */
import { lazy, Suspense, useEffect, useState, type ComponentType, type JSX } from 'react';
import type * as CentralityModule from '../graph/centrality';
import { afterFirstDraw } from './readiness';

/** A component loaded when first drawn, in its own Suspense boundary (nothing shown meanwhile). */
function deferred<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  const Lazy = lazy(() => load().then((component) => ({ default: component })));
  function Deferred(props: P) {
    return (
      <Suspense fallback={null}>
        <Lazy {...(props as P & JSX.IntrinsicAttributes)} />
      </Suspense>
    );
  }
  return Deferred;
}

export const EditAction = deferred(() => import('../editing/EditAction').then((m) => m.EditAction));
export const FactAction = deferred(() => import('../editing/FactForms').then((m) => m.FactAction));
export const DocumentFacts = deferred(() =>
  import('../editing/DocumentFacts').then((m) => m.DocumentFacts),
);
export const HistoryPanel = deferred(() =>
  import('../history/HistoryPanel').then((m) => m.HistoryPanel),
);

type Centrality = typeof CentralityModule;
let centrality: Centrality | null = null;
let loadingCentrality: Promise<Centrality> | null = null;

let hurry: () => void = () => undefined;
const hurried = new Promise<void>((resolve) => (hurry = resolve));

/**
 * graph/centrality.ts (graphology), loaded once: once the first view is drawn
 * (its loading and measuring would otherwise run amid the drawing), or at
 * once when `now` (a styling rule asks for the measures).
 */
export function loadCentrality(now = false): Promise<Centrality> {
  if (now) hurry();
  loadingCentrality ??= Promise.race([afterFirstDraw(), hurried])
    .then(() => import('../graph/centrality'))
    .then((m) => (centrality = m));
  return loadingCentrality;
}

/**
 * The measures module once loaded (null until then; the component renders
 * again when it comes). `wanted` false: not asked for here; `now`: without
 * waiting for the first view.
 */
export function useCentrality(wanted = true, now = false): Centrality | null {
  const [mod, setMod] = useState<Centrality | null>(centrality);
  useEffect(() => {
    if (mod || !wanted) return;
    let live = true;
    void loadCentrality(now).then((m) => {
      if (live) setMod(m);
    });
    return () => {
      live = false;
    };
  }, [mod, wanted, now]);
  return mod;
}

/**
 * What the first view does not need, loaded after it (issue 15 point 6):
 * the editing actions and the history panel (shown to editors, or collapsed)
 * and the network measures (graphology, ~180 KB). Each stands in for its
 * component with the same props; each lazy part has its own Suspense
 * boundary, so waiting for it never blanks anything around it.
 */
import { lazy, Suspense, useEffect, useState, type ComponentProps } from 'react';
import type * as CentralityModule from '../graph/centrality';
import { afterFirstDraw } from './readiness';

const LazyEditAction = lazy(() =>
  import('../editing/EditAction').then((m) => ({ default: m.EditAction })),
);
const LazyFactAction = lazy(() =>
  import('../editing/FactForms').then((m) => ({ default: m.FactAction })),
);
const LazyDocumentFacts = lazy(() =>
  import('../editing/DocumentFacts').then((m) => ({ default: m.DocumentFacts })),
);
const LazyHistoryPanel = lazy(() =>
  import('../history/HistoryPanel').then((m) => ({ default: m.HistoryPanel })),
);

export function EditAction(props: ComponentProps<typeof LazyEditAction>) {
  return (
    <Suspense fallback={null}>
      <LazyEditAction {...props} />
    </Suspense>
  );
}

export function FactAction(props: ComponentProps<typeof LazyFactAction>) {
  return (
    <Suspense fallback={null}>
      <LazyFactAction {...props} />
    </Suspense>
  );
}

export function DocumentFacts(props: ComponentProps<typeof LazyDocumentFacts>) {
  return (
    <Suspense fallback={null}>
      <LazyDocumentFacts {...props} />
    </Suspense>
  );
}

export function HistoryPanel(props: ComponentProps<typeof LazyHistoryPanel>) {
  return (
    <Suspense fallback={null}>
      <LazyHistoryPanel {...props} />
    </Suspense>
  );
}

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

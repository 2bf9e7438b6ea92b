import { HANDLE_SIDES, type HandleSide } from '../../graph/toFlow';

/**
 * Edge anchors, one per side an edge uses (`usedSides` in graph/flowElements);
 * the layout picks the pair of sides that face each other (`handleSides` in
 * graph/toFlow). The canvas runs in loose connection mode, so each anchor
 * serves as either end of an edge.
 *
 * The explorer reads the graph: nobody draws edges, so the anchors need no
 * connection logic and are plain elements with the classes and data
 * attributes React Flow measures (`getHandleBounds`: `.source`,
 * `data-handleid`, `data-handlepos`), not `<Handle>` components, which
 * each subscribe to React Flow's store. Hidden, never painted (styles.css).
 */
function anchor(side: HandleSide) {
  return (
    <div
      key={side}
      className={`react-flow__handle react-flow__handle-${side} source ag-handle`}
      data-handleid={side}
      data-handlepos={side}
      aria-hidden="true"
    />
  );
}

const ANCHORS = new Map<string, readonly ReturnType<typeof anchor>[]>();

/**
 * The anchors for these sides (all four when not given), the same elements
 * for every node with the same sides (React skips unchanged elements).
 */
export function anchorsFor(sides: readonly HandleSide[] = HANDLE_SIDES) {
  const key = sides.join(' ');
  let out = ANCHORS.get(key);
  if (!out) ANCHORS.set(key, (out = sides.map(anchor)));
  return out;
}

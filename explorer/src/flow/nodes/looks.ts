/**
 * The node colours as CSS classes, one per entry of the appearance tables
 * (graph/appearance: the legend reads the same tables), instead of an inline
 * style on every node: three style properties set on each of 1,000 nodes add
 * up when they are first drawn.
 */
import {
  BODY_FUNCTION_APPEARANCE,
  LABEL_APPEARANCE,
  type NodeAppearance,
} from '../../graph/appearance';

const LOOKS: readonly NodeAppearance[] = [
  ...Object.values(BODY_FUNCTION_APPEARANCE),
  ...Object.values(LABEL_APPEARANCE),
];

export function lookClass(appearance: NodeAppearance): string {
  return `ag-look-${appearance.key}`;
}

/** One rule per look; rendered once as a hoisted <style> (AreaCanvas). */
export const NODE_LOOKS_CSS = LOOKS.map(
  (a) => `.${lookClass(a)}{background:${a.fill};border-color:${a.border};color:${a.text}}`,
).join('\n');

/**
 * PNG / SVG of the whole graph, React Flow's "download image" recipe:
 * render the viewport element with html-to-image (1.11.11: later versions
 * drop edges), framed on the nodes' bounds.
 */
import { getNodesBounds, getViewportForBounds, type Node } from '@xyflow/react';
import { toPng, toSvg } from 'html-to-image';
import { fileSlug } from '../graph/evidencePack';
import { downloadUrl } from '../ui/download';

const PADDING = 40;
const MAX_SIDE = 4096;

export async function exportImage(
  viewport: HTMLElement,
  nodes: Node[],
  format: 'png' | 'svg',
  name: string,
): Promise<void> {
  const bounds = getNodesBounds(nodes);
  const scale = Math.min(
    1,
    MAX_SIDE / Math.max(bounds.width + 2 * PADDING, bounds.height + 2 * PADDING),
  );
  const width = Math.max(320, Math.round((bounds.width + 2 * PADDING) * scale));
  const height = Math.max(240, Math.round((bounds.height + 2 * PADDING) * scale));
  const vp = getViewportForBounds(
    bounds,
    width,
    height,
    0.05,
    2,
    PADDING / Math.max(width, height),
  );
  const options = {
    backgroundColor: '#ffffff',
    width,
    height,
    style: {
      width: `${width}px`,
      height: `${height}px`,
      transform: `translate(${vp.x}px, ${vp.y}px) scale(${vp.zoom})`,
    },
    // Badges are buttons; keep them, they show the findings.
    filter: (node: HTMLElement) => !node.classList?.contains('react-flow__minimap'),
  };
  const url = format === 'png' ? await toPng(viewport, options) : await toSvg(viewport, options);
  downloadUrl(url, `${fileSlug(name)}.${format}`);
}

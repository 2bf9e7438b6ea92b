/**
 * PNG / SVG of the whole graph, React Flow's "download image" recipe:
 * render the viewport element with html-to-image (1.11.11: later versions
 * drop edges), framed on the nodes' bounds. The PNG is then painted into a
 * frame (../graph/exportFrame.ts): a title, the area, the document, the date
 * above it and a legend below it.
 *
 * While it is drawn, the canvas is put in its export state (`ag-exporting`):
 * names at their own size and finding badges at their size in the graph,
 * not scaled for the screen's zoom.
 */
import { getNodesBounds, getViewportForBounds, type Node } from '@xyflow/react';
import { toPng, toSvg } from 'html-to-image';
import { fileSlug } from '../graph/evidencePack';
import type { ExportFrame, LegendEntry } from '../graph/exportFrame';
import { downloadUrl } from '../ui/download';

const PADDING = 40;
const MAX_SIDE = 4096;

export async function exportImage(
  root: HTMLElement,
  nodes: Node[],
  format: 'png' | 'svg',
  name: string,
  frame: ExportFrame | null,
): Promise<void> {
  const viewport = root.querySelector<HTMLElement>('.react-flow__viewport');
  if (!viewport) return;
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
  root.classList.add('ag-exporting');
  let url: string;
  try {
    url = format === 'png' ? await toPng(viewport, options) : await toSvg(viewport, options);
  } finally {
    root.classList.remove('ag-exporting');
  }
  if (format === 'png' && frame) url = await framed(url, frame);
  downloadUrl(url, `${fileSlug(name)}.${format}`);
}

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
const MARGIN = 24;
const TITLE_PX = 28;
const SUBTITLE_PX = 18;
const LEGEND_PX = 15;
const LEGEND_ROW = 26;
const SWATCH = 36;

/** The graph's picture with the title above and the legend below, as a PNG data URL. */
async function framed(graphUrl: string, frame: ExportFrame): Promise<string> {
  const img = new Image();
  img.src = graphUrl;
  await img.decode();
  const width = Math.max(img.naturalWidth, 720);
  const measure = document.createElement('canvas').getContext('2d');
  if (!measure) return graphUrl;
  measure.font = `${LEGEND_PX}px ${FONT}`;
  const cells = frame.legend.map((e) => SWATCH + 8 + measure.measureText(e.text).width + 24);
  const rows = legendRows(cells, width - 2 * MARGIN);
  const header = MARGIN + TITLE_PX + 10 + SUBTITLE_PX + MARGIN;
  const legendHeight = MARGIN + 20 + rows.length * LEGEND_ROW + MARGIN;

  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = header + img.naturalHeight + legendHeight;
  const ctx = canvas.getContext('2d');
  if (!ctx) return graphUrl;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.textBaseline = 'top';
  ctx.fillStyle = '#0f172a';
  ctx.font = `700 ${TITLE_PX}px ${FONT}`;
  ctx.fillText(frame.title, MARGIN, MARGIN);
  ctx.fillStyle = '#334155';
  ctx.font = `${SUBTITLE_PX}px ${FONT}`;
  ctx.fillText(frame.subtitle, MARGIN, MARGIN + TITLE_PX + 10);
  ctx.fillStyle = '#e2e8f0';
  ctx.fillRect(MARGIN, header - 2, width - 2 * MARGIN, 1);
  ctx.drawImage(img, Math.round((width - img.naturalWidth) / 2), header);

  let y = header + img.naturalHeight + MARGIN;
  ctx.fillStyle = '#e2e8f0';
  ctx.fillRect(MARGIN, y - MARGIN / 2, width - 2 * MARGIN, 1);
  ctx.fillStyle = '#0f172a';
  ctx.font = `700 ${LEGEND_PX}px ${FONT}`;
  ctx.fillText('Legend', MARGIN, y);
  y += 20 + 4;
  ctx.font = `${LEGEND_PX}px ${FONT}`;
  for (const row of rows) {
    let x = MARGIN;
    for (const i of row) {
      paintEntry(ctx, frame.legend[i]!, x, y);
      x += cells[i]!;
    }
    y += LEGEND_ROW;
  }
  return canvas.toDataURL('image/png');
}

/** Legend entries (by index) in rows no wider than `width`. */
function legendRows(cells: readonly number[], width: number): number[][] {
  const rows: number[][] = [[]];
  let used = 0;
  cells.forEach((w, i) => {
    if (used + w > width && rows[rows.length - 1]!.length > 0) {
      rows.push([]);
      used = 0;
    }
    rows[rows.length - 1]!.push(i);
    used += w;
  });
  return rows;
}

function paintEntry(ctx: CanvasRenderingContext2D, e: LegendEntry, x: number, y: number): void {
  ctx.save();
  ctx.strokeStyle = e.stroke;
  ctx.lineWidth = e.width;
  if (e.kind === 'node') {
    ctx.fillStyle = e.fill;
    ctx.fillRect(x, y, SWATCH, 16);
    ctx.strokeRect(x, y, SWATCH, 16);
  } else {
    if (e.dash) ctx.setLineDash(e.dash.split(/[ ,]+/).map(Number));
    ctx.beginPath();
    ctx.moveTo(x, y + 8);
    ctx.lineTo(x + SWATCH, y + 8);
    ctx.stroke();
  }
  ctx.restore();
  ctx.fillStyle = '#0f172a';
  ctx.fillText(e.text, x + SWATCH + 8, y);
}

import type { PackContext } from '../graph/evidencePack';
import { fileSlug } from '../graph/evidencePack';
import { useWorkspace } from './context';
import { downloadText } from './download';

interface EvidencePackButtonProps {
  /** Names the downloaded file: evidence-<slug of name>.md. */
  name: string;
  /** The date the evidence was taken at. */
  asOf: string | null;
  /** Builds the Markdown pack; null while there is nothing to export. */
  build: ((ctx: PackContext) => string) | null;
  secondary?: boolean;
}

/** "Download evidence pack (Markdown)": the same context for every pack. */
export function EvidencePackButton({ name, asOf, build, secondary }: EvidencePackButtonProps) {
  const ws = useWorkspace();
  const download = () => {
    if (!build) return;
    const md = build({
      areaName: ws.areaName,
      asOf,
      titles: ws.titles,
      url: window.location.href,
      generated: new Date().toISOString().slice(0, 10),
    });
    downloadText(md, `evidence-${fileSlug(name)}.md`, 'text/markdown');
  };
  return (
    <button
      type="button"
      className={`ag-button ag-button--small${secondary ? ' ag-button--secondary' : ''}`}
      onClick={download}
      disabled={!build}
      data-testid="evidence-pack"
    >
      Download evidence pack (Markdown)
    </button>
  );
}

import { useMemo } from 'react';
import type { Decorations } from '../graph/decorations';
import { fileSlug } from '../graph/evidencePack';
import { edgesCsv, nodesCsv, tableRows } from '../graph/table';
import type { ViewGraph } from '../graph/view';
import { downloadText } from './download';

interface TableViewProps {
  view: ViewGraph;
  decorations: Decorations;
  selectedId: string | null;
  onSelect: (id: string) => void;
  areaName: string;
}

/**
 * The canvas as tables: the same view graph and decorations (graph/table),
 * so it lists exactly the drawn nodes and relationships.
 */
export function TableView({ view, decorations, selectedId, onSelect, areaName }: TableViewProps) {
  const rows = useMemo(() => tableRows(view, decorations), [view, decorations]);
  return (
    <div className="ag-tableview" data-testid="table-view">
      <div className="ag-tableview__bar">
        <p>
          {rows.nodes.length} nodes and {rows.edges.length} relationships — exactly what the canvas
          draws with the current filters.
        </p>
        <button
          type="button"
          className="ag-button ag-button--small"
          data-testid="export-csv-nodes"
          onClick={() =>
            downloadText(nodesCsv(rows.nodes), `${fileSlug(areaName)}-nodes.csv`, 'text/csv')
          }
        >
          Download nodes (CSV)
        </button>
        <button
          type="button"
          className="ag-button ag-button--small"
          data-testid="export-csv-edges"
          onClick={() =>
            downloadText(
              edgesCsv(rows.edges),
              `${fileSlug(areaName)}-relationships.csv`,
              'text/csv',
            )
          }
        >
          Download relationships (CSV)
        </button>
      </div>
      <h2 id="ag-table-nodes">Nodes</h2>
      <div className="ag-table-wrap">
        <table className="ag-table" aria-labelledby="ag-table-nodes" data-testid="table-nodes">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Type</th>
              <th scope="col">Kind</th>
              <th scope="col">Function</th>
              <th scope="col">Findings</th>
              <th scope="col">Change</th>
            </tr>
          </thead>
          <tbody>
            {rows.nodes.map((r) => (
              <tr
                key={r.id}
                data-id={r.id}
                aria-selected={selectedId === r.id}
                className={r.highlighted ? 'ag-row--on' : undefined}
              >
                <th scope="row">
                  <button type="button" className="ag-link-button" onClick={() => onSelect(r.id)}>
                    {r.name}
                  </button>
                </th>
                <td>{r.label}</td>
                <td>{r.kind}</td>
                <td>{r.function}</td>
                <td>{r.findings || ''}</td>
                <td>{r.diff}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2 id="ag-table-edges">Relationships</h2>
      <div className="ag-table-wrap">
        <table className="ag-table" aria-labelledby="ag-table-edges" data-testid="table-edges">
          <thead>
            <tr>
              <th scope="col">From</th>
              <th scope="col">Relationship</th>
              <th scope="col">To</th>
              <th scope="col">Documents</th>
              <th scope="col">Findings</th>
              <th scope="col">Change</th>
            </tr>
          </thead>
          <tbody>
            {rows.edges.map((r) => (
              <tr
                key={r.id}
                data-id={r.id}
                aria-selected={selectedId === r.id}
                className={r.highlighted ? 'ag-row--on' : undefined}
              >
                <td>{r.sourceName}</td>
                <th scope="row">
                  <button type="button" className="ag-link-button" onClick={() => onSelect(r.id)}>
                    {r.relationship}
                  </button>
                </th>
                <td>{r.targetName}</td>
                <td>{r.documents}</td>
                <td>{r.findings || ''}</td>
                <td>{r.diff}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

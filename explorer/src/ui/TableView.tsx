import { useMemo, type ReactNode } from 'react';
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
      <SelectableTable
        id="ag-table-nodes"
        title="Nodes"
        testId="table-nodes"
        rows={rows.nodes}
        selectedId={selectedId}
        onSelect={onSelect}
        columns={[
          { header: 'Name', cell: (r) => r.name, selects: true },
          { header: 'Type', cell: (r) => r.label },
          { header: 'Kind', cell: (r) => r.kind },
          { header: 'Function', cell: (r) => r.function },
          { header: 'Findings', cell: (r) => r.findings || '' },
          { header: 'Change', cell: (r) => r.diff },
        ]}
      />
      <SelectableTable
        id="ag-table-edges"
        title="Relationships"
        testId="table-edges"
        rows={rows.edges}
        selectedId={selectedId}
        onSelect={onSelect}
        columns={[
          { header: 'From', cell: (r) => r.sourceName },
          { header: 'Relationship', cell: (r) => r.relationship, selects: true },
          { header: 'To', cell: (r) => r.targetName },
          { header: 'Documents', cell: (r) => r.documents },
          { header: 'Findings', cell: (r) => r.findings || '' },
          { header: 'Change', cell: (r) => r.diff },
        ]}
      />
    </div>
  );
}

interface Column<R> {
  header: string;
  cell: (row: R) => ReactNode;
  /** The row's header cell: a button that selects the row's node or relationship. */
  selects?: boolean;
}

interface SelectableTableProps<R extends { id: string; highlighted: boolean }> {
  id: string;
  title: string;
  testId: string;
  rows: readonly R[];
  columns: Column<R>[];
  selectedId: string | null;
  onSelect: (id: string) => void;
}

/** One titled table whose rows select their node or relationship (its header cell is a button). */
function SelectableTable<R extends { id: string; highlighted: boolean }>({
  id,
  title,
  testId,
  rows,
  columns,
  selectedId,
  onSelect,
}: SelectableTableProps<R>) {
  return (
    <>
      <h2 id={id}>{title}</h2>
      <div className="ag-table-wrap">
        <table className="ag-table" aria-labelledby={id} data-testid={testId}>
          <thead>
            <tr>
              {columns.map((c) => (
                <th key={c.header} scope="col">
                  {c.header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr
                key={r.id}
                data-id={r.id}
                aria-selected={selectedId === r.id}
                className={r.highlighted ? 'ag-row--on' : undefined}
              >
                {columns.map((c) =>
                  c.selects ? (
                    <th key={c.header} scope="row">
                      <button
                        type="button"
                        className="ag-link-button"
                        onClick={() => onSelect(r.id)}
                      >
                        {c.cell(r)}
                      </button>
                    </th>
                  ) : (
                    <td key={c.header}>{c.cell(r)}</td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

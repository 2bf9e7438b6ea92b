import { Dialog } from './Dialog';

export const SHORTCUTS: readonly [string, string][] = [
  ['?', 'Open this help'],
  ['/', 'Search bodies, posts and duties'],
  ['1 / 2 / 3 / 4', 'Canvas, table, findings, compare view'],
  ['Tab, then Enter', 'Move to a node or relationship on the canvas, and select it'],
  ['Arrow keys', 'Move the selected node (Shift: further) — instead of dragging'],
  ['L', 'Re-layout the graph'],
  ['F', 'Fit the whole graph in view'],
  ['H', 'Who holds the selected node to account'],
  ['O', 'What the selected post carries (obligations)'],
  ['D', 'Show or hide the changes between documents'],
  ['Esc', 'Clear the selection and highlights, close a dialog'],
  ['+ / −', 'Zoom in / out (zoom buttons, bottom left)'],
];

export function HelpDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <Dialog open={open} title="Keyboard shortcuts" onClose={onClose} testId="help-dialog">
      <table className="ag-table ag-table--compact">
        <caption className="ag-visually-hidden">Keyboard shortcuts</caption>
        <thead>
          <tr>
            <th scope="col">Key</th>
            <th scope="col">Does</th>
          </tr>
        </thead>
        <tbody>
          {SHORTCUTS.map(([key, what]) => (
            <tr key={key}>
              <td>
                <kbd>{key}</kbd>
              </td>
              <td>{what}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        Every view is also a link: the address keeps the area, date or document, selection, filters
        and view, so Back and Forward work and a copied address opens the same view.
      </p>
    </Dialog>
  );
}

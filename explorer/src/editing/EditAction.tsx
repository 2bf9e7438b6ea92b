import { useState } from 'react';
import { EditDialog, type EditTarget } from './EditDialog';
import { useCanEdit } from './useCanEdit';

/**
 * The inspector's "Edit" action, shown to editors of the area only; opens
 * the small edit form for a node or a relationship statement.
 */
export function EditAction({ areaId, target }: { areaId: string; target: EditTarget }) {
  const rights = useCanEdit(areaId);
  const [open, setOpen] = useState(false);
  if (!rights.canEdit) return null;
  return (
    <>
      <button
        type="button"
        className="ag-button ag-button--small ag-button--secondary ag-edit-action"
        onClick={() => setOpen(true)}
        data-testid="edit-action"
      >
        {target.kind === 'node' ? 'Edit' : 'Correct'}
      </button>
      <EditDialog
        areaId={areaId}
        version={rights.version}
        target={open ? target : null}
        onClose={() => setOpen(false)}
        onSaved={() => void rights.refetch()}
      />
    </>
  );
}

import { useApolloClient, useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Dialog } from '../ui/Dialog';
import { editErrorText } from './errors';
import { EditFooter } from './EditFooter';
import { CORRECT_RELATIONSHIP_MUTATION, EDIT_NODE_MUTATION } from './operations';
import {
  BasisChoice,
  PassageList,
  PassagePicker,
  withPassage,
  type Passage,
} from './PassagePicker';
import './editing.css';

export type EditTarget =
  | { kind: 'node'; id: string; name: string; aliases: readonly string[] }
  | { kind: 'relationship'; id: string; documentId: string; label: string };

/**
 * The small edit form of the inspector (decision 0024): rename a node or set
 * its aliases; correct a relationship's evidence (passages selected in the
 * stored text) or mark it an interpretation with its reason. Every edit says
 * why and carries the area version read; the server answers CONFLICT when
 * someone else changed the area first, and nothing is saved.
 */
export function EditDialog({
  areaId,
  version,
  target,
  onClose,
  onSaved,
}: {
  areaId: string;
  version: number | null;
  target: EditTarget | null;
  onClose: () => void;
  onSaved: (version: number) => void;
}) {
  return (
    <Dialog
      open={target !== null}
      title={target?.kind === 'node' ? `Edit ${target.name}` : 'Correct this statement'}
      onClose={onClose}
      testId="edit-dialog"
      wide={target?.kind === 'relationship'}
    >
      {target ? (
        <EditForm
          key={target.id}
          areaId={areaId}
          version={version}
          target={target}
          onClose={onClose}
          onSaved={onSaved}
        />
      ) : null}
    </Dialog>
  );
}

function EditForm({
  areaId,
  version,
  target,
  onClose,
  onSaved,
}: {
  areaId: string;
  version: number | null;
  target: EditTarget;
  onClose: () => void;
  onSaved: (version: number) => void;
}) {
  const client = useApolloClient();
  const [editNode, nodeState] = useMutation(EDIT_NODE_MUTATION);
  const [correct, relState] = useMutation(CORRECT_RELATIONSHIP_MUTATION);
  const [reason, setReason] = useState('');
  const [name, setName] = useState(target.kind === 'node' ? target.name : '');
  const [aliases, setAliases] = useState(target.kind === 'node' ? target.aliases.join('\n') : '');
  const [passages, setPassages] = useState<Passage[]>([]);
  const [basis, setBasis] = useState<'STATED' | 'INTERPRETED'>('STATED');
  const [interpretation, setInterpretation] = useState('');
  const [error, setError] = useState<string | null>(null);
  const busy = nodeState.loading || relState.loading;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    if (version === null) return setError('The area version is not known yet; try again.');
    const common = { areaId, expectedVersion: version, reason };
    try {
      let saved: number | undefined;
      if (target.kind === 'node') {
        const r = await editNode({
          variables: {
            input: {
              ...common,
              id: target.id,
              name,
              aliases: aliases
                .split('\n')
                .map((a) => a.trim())
                .filter(Boolean),
            },
          },
        });
        saved = r.data?.editNode.version;
      } else {
        const r = await correct({
          variables: {
            input: {
              ...common,
              id: target.id,
              basis,
              interpretation: basis === 'INTERPRETED' ? interpretation : null,
              evidence:
                passages.length > 0 || basis === 'INTERPRETED'
                  ? passages.map(({ documentId, start, end }) => ({ documentId, start, end }))
                  : null,
            },
          },
        });
        saved = r.data?.correctRelationship.version;
      }
      if (saved !== undefined) {
        await client.refetchQueries({ include: 'active' });
        onSaved(saved);
        onClose();
      }
    } catch (e) {
      setError(editErrorText(e));
    }
  };

  return (
    <form className="ag-edit" onSubmit={(e) => void submit(e)} data-testid="edit-form">
      {target.kind === 'node' ? (
        <>
          <label className="ag-edit__field">
            Name
            <input value={name} onChange={(e) => setName(e.target.value)} required />
          </label>
          <label className="ag-edit__field">
            Aliases (one per line)
            <textarea rows={3} value={aliases} onChange={(e) => setAliases(e.target.value)} />
          </label>
        </>
      ) : (
        <>
          <p className="ag-muted">
            <code>{target.id}</code>
          </p>
          <BasisChoice
            name="basis"
            basis={basis}
            onChange={setBasis}
            interpretation={interpretation}
            onInterpretation={setInterpretation}
            reasonRequired
          />
          <PassagePicker
            documentId={target.documentId}
            onAdd={(p) => setPassages((all) => withPassage(all, p))}
          />
          <PassageList
            passages={passages}
            onRemove={(p) => setPassages((all) => all.filter((a) => a !== p))}
            empty={`No new passage: the statement keeps its quotes${
              basis === 'INTERPRETED' ? ' (an interpretation may cite none)' : ''
            }.`}
          />
        </>
      )}
      <EditFooter
        reason={reason}
        onReason={setReason}
        error={error}
        busy={busy}
        onClose={onClose}
        testPrefix="edit"
      />
    </form>
  );
}

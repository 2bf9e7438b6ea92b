import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { edgeAppearance } from '../graph/appearance';
import { Dialog } from '../ui/Dialog';
import { editErrorText } from './errors';
import { EditFooter } from './EditFooter';
import { NodeCombobox } from './NodeCombobox';
import { nodeOptions } from './nodeOptions';
import {
  ADD_NODE_MUTATION,
  ADD_OBLIGATION_MUTATION,
  ADD_RELATIONSHIP_MUTATION,
  AREA_NODES_QUERY,
  CORRECT_OBLIGATION_MUTATION,
  EDIT_VOCABULARY_QUERY,
  SET_DOCUMENT_FACT_MUTATION,
} from './operations';
import {
  BasisChoice,
  PassageList,
  PassagePicker,
  withPassage,
  type Passage,
} from './PassagePicker';
import { useCanEdit } from './useCanEdit';
import './editing.css';

/** A fact of a published area to add or correct (issue 14 point 3). */
export type FactTarget =
  | { kind: 'add-node' }
  | { kind: 'add-relationship'; from: { id: string; name: string } }
  | { kind: 'add-obligation'; holder: { id: string; name: string } }
  | {
      kind: 'correct-obligation';
      id: string;
      text: string;
      modality: string | null;
      dutyTypes: readonly string[];
    }
  | {
      kind: 'document-fact';
      documentId: string;
      /** The fact's index in Document.facts when correcting; absent: a new fact. */
      index?: number;
      category?: string;
      factKind?: string;
      value?: string;
    };

export interface FactContext {
  areaId: string;
  /** Documents of the area, id → title: where the evidence is selected. */
  documents: ReadonlyMap<string, string>;
  /** The document to open first in the passage picker. */
  documentId: string | null;
  /**
   * Nodes drawn now, id → name; the other end of a relationship is chosen among
   * these and every node of the area (read when the form opens).
   */
  nodes: ReadonlyMap<string, string>;
}

const TITLES: Record<FactTarget['kind'], string> = {
  'add-node': 'Add a node',
  'add-relationship': 'Add a relationship',
  'add-obligation': 'Add an obligation',
  'correct-obligation': 'Correct this obligation',
  'document-fact': 'Document fact',
};

/**
 * A button, for editors of the area only, that opens the form adding or
 * correcting one fact: evidence selected in the stored text (offsets, never
 * retyped) or an interpretation with its written reason, why the change is
 * made, and the area version read (a stale one answers CONFLICT).
 */
export function FactAction({
  context,
  target,
  label,
  testId,
  onAdded,
}: {
  context: FactContext;
  target: FactTarget;
  label: string;
  testId: string;
  /** Called with the id of what was saved (e.g. to select a node just added). */
  onAdded?: (targetId: string) => void;
}) {
  const rights = useCanEdit(context.areaId);
  const [open, setOpen] = useState(false);
  if (!rights.canEdit) return null;
  const title =
    target.kind === 'document-fact'
      ? target.index === undefined
        ? 'Add a document fact'
        : 'Correct this document fact'
      : TITLES[target.kind];
  return (
    <>
      <button
        type="button"
        className="ag-button ag-button--small ag-button--secondary ag-edit-action"
        onClick={() => setOpen(true)}
        data-testid={testId}
      >
        {label}
      </button>
      {open
        ? // In the body, not in the panel: the form stays open when a phone's side sheet closes.
          createPortal(
            <Dialog open title={title} onClose={() => setOpen(false)} testId="fact-dialog" wide>
              <FactForm
                context={context}
                version={rights.version}
                target={target}
                onClose={() => setOpen(false)}
                onSaved={(targetId) => {
                  void rights.refetch();
                  if (targetId) onAdded?.(targetId);
                }}
              />
            </Dialog>,
            document.body,
          )
        : null}
    </>
  );
}

function slugOf(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .split('-')
    .slice(0, 6)
    .join('-');
}

const NODE_LABELS = ['Body', 'Post', 'Organisation', 'Person'] as const;
const STATUTORY = ['statutory', 'non-statutory', 'not-stated'] as const;

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <label className="ag-edit__field">
      {label}
      {children}
    </label>
  );
}

/** A choice among vocabulary values (shown in words), or "Not given". */
function OptionalChoice({
  label,
  values,
  value,
  onChange,
  testId,
}: {
  label: string;
  values: readonly string[];
  value: string;
  onChange: (value: string) => void;
  testId: string;
}) {
  return (
    <Field label={label}>
      <select value={value} onChange={(e) => onChange(e.target.value)} data-testid={testId}>
        <option value="">Not given</option>
        {values.map((k) => (
          <option key={k} value={k}>
            {k.replace(/-/g, ' ')}
          </option>
        ))}
      </select>
    </Field>
  );
}

function FactForm({
  context,
  version,
  target,
  onClose,
  onSaved,
}: {
  context: FactContext;
  version: number | null;
  target: FactTarget;
  onClose: () => void;
  /** After a save (with the id of what changed) or a CONFLICT (without). */
  onSaved: (targetId?: string) => void;
}) {
  const client = useApolloClient();
  const vocab = useQuery(EDIT_VOCABULARY_QUERY).data?.editVocabulary;
  const [addRelationship, s1] = useMutation(ADD_RELATIONSHIP_MUTATION);
  const [addObligation, s2] = useMutation(ADD_OBLIGATION_MUTATION);
  const [correctObligation, s3] = useMutation(CORRECT_OBLIGATION_MUTATION);
  const [setDocumentFact, s4] = useMutation(SET_DOCUMENT_FACT_MUTATION);
  const [addNode, s5] = useMutation(ADD_NODE_MUTATION);
  const busy = s1.loading || s2.loading || s3.loading || s4.loading || s5.loading;
  // Every node of the area (all documents), not only those drawn now: read fresh each time.
  const areaNodes = useQuery(AREA_NODES_QUERY, {
    variables: { id: context.areaId },
    skip: target.kind !== 'add-relationship',
    fetchPolicy: 'cache-and-network',
  });

  const docIds = [...context.documents.keys()];
  const [documentId, setDocumentId] = useState(
    target.kind === 'document-fact' ? target.documentId : (context.documentId ?? docIds[0] ?? ''),
  );
  const [passages, setPassages] = useState<Passage[]>([]);
  const [basis, setBasis] = useState<'STATED' | 'INTERPRETED'>('STATED');
  const [interpretation, setInterpretation] = useState('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);

  // Relationship
  const [type, setType] = useState('');
  const [to, setTo] = useState('');
  const [props, setProps] = useState<Record<string, string>>({});
  // Obligation
  const [text, setText] = useState(target.kind === 'correct-obligation' ? target.text : '');
  const [slug, setSlug] = useState('');
  const [modality, setModality] = useState(
    target.kind === 'correct-obligation' ? (target.modality ?? '') : '',
  );
  const [duties, setDuties] = useState<string[]>(
    target.kind === 'correct-obligation' ? [...target.dutyTypes] : [],
  );
  // Document fact
  const [category, setCategory] = useState(
    target.kind === 'document-fact' ? (target.category ?? 'DATE') : 'DATE',
  );
  const [factKind, setFactKind] = useState(
    target.kind === 'document-fact' ? (target.factKind ?? '') : '',
  );
  const [value, setValue] = useState(target.kind === 'document-fact' ? (target.value ?? '') : '');
  // Node
  const [nodeLabel, setNodeLabel] = useState<(typeof NODE_LABELS)[number]>('Body');
  const [name, setName] = useState('');
  const [aliases, setAliases] = useState('');
  const [nodeKind, setNodeKind] = useState('');
  const [statutory, setStatutory] = useState('');
  const toOptions = nodeOptions(
    areaNodes.data?.area?.graph.nodes ?? [],
    context.nodes,
    target.kind === 'add-relationship' ? target.from.id : null,
  );
  const nodeKinds = vocab?.nodeKinds.find((k) => k.of === nodeLabel)?.values ?? [];

  const typeProps = vocab?.relationshipProperties.filter((p) => p.of.startsWith(`${type}.`)) ?? [];
  const factKinds =
    vocab?.documentFactKinds.find((k) => k.of.toUpperCase() === category.toUpperCase())?.values ??
    [];
  const isDocFact = target.kind === 'document-fact';
  const interpreted = !isDocFact && basis === 'INTERPRETED';

  const evidence = passages.map(({ documentId: d, start, end }) => ({ documentId: d, start, end }));
  const evidenceFields = {
    basis,
    interpretation: interpreted ? interpretation : null,
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    if (version === null) return setError('The area version is not known yet; try again.');
    const common = { areaId: context.areaId, expectedVersion: version, reason };
    try {
      let targetId: string | undefined;
      if (target.kind === 'add-node') {
        const r = await addNode({
          variables: {
            input: {
              ...common,
              ...evidenceFields,
              evidence,
              label: nodeLabel,
              slug: slug || slugOf(name),
              name,
              aliases:
                nodeLabel === 'Person'
                  ? []
                  : aliases
                      .split('\n')
                      .map((a) => a.trim())
                      .filter(Boolean),
              kind: nodeKind || null,
              statutory: nodeLabel === 'Body' && statutory ? statutory : null,
            },
          },
        });
        targetId = r.data?.addNode.targetId;
      } else if (target.kind === 'add-relationship') {
        const properties = Object.fromEntries(
          Object.entries(props)
            .map(([k, v]) => [k, v.trim()] as const)
            .filter(([, v]) => v),
        );
        await addRelationship({
          variables: {
            input: {
              ...common,
              ...evidenceFields,
              documentId,
              evidence,
              type: type as never,
              from: target.from.id,
              to,
              properties: Object.keys(properties).length ? JSON.stringify(properties) : null,
            },
          },
        });
      } else if (target.kind === 'add-obligation') {
        await addObligation({
          variables: {
            input: {
              ...common,
              ...evidenceFields,
              documentId,
              evidence,
              slug: slug || slugOf(text),
              text,
              modality,
              dutyTypes: duties,
              holders: [target.holder.id],
            },
          },
        });
      } else if (target.kind === 'correct-obligation') {
        await correctObligation({
          variables: {
            input: {
              ...common,
              id: target.id,
              text,
              modality,
              dutyTypes: duties,
              ...(passages.length || interpreted ? { ...evidenceFields, evidence } : {}),
            },
          },
        });
      } else {
        await setDocumentFact({
          variables: {
            input: {
              ...common,
              documentId: target.documentId,
              index: target.index ?? null,
              category: category as never,
              kind: factKind,
              value,
              evidence,
            },
          },
        });
      }
      await client.refetchQueries({ include: 'active' });
      onSaved(targetId);
      onClose();
    } catch (e) {
      setError(editErrorText(e));
      // Someone else changed the area: read its version again (and what is shown), so the
      // editor can look and save again with what they typed kept.
      const code = (e as { errors?: readonly { extensions?: { code?: unknown } }[] }).errors?.[0]
        ?.extensions?.code;
      if (code === 'CONFLICT') {
        onSaved();
        void client.refetchQueries({ include: 'active' });
      }
    }
  };

  return (
    <form className="ag-edit" onSubmit={(e) => void submit(e)} data-testid="fact-form">
      {target.kind === 'add-relationship' ? (
        <>
          <p className="ag-muted">From {target.from.name}</p>
          <Field label="Relationship">
            <select
              value={type}
              onChange={(e) => {
                setType(e.target.value);
                setProps({});
              }}
              required
              data-testid="fact-type"
            >
              <option value="">Choose…</option>
              {vocab?.relationshipTypes.map((t) => (
                <option key={t} value={t}>
                  {edgeAppearance(t).verb} ({t})
                </option>
              ))}
            </select>
          </Field>
          <NodeCombobox
            label="To"
            options={toOptions}
            value={to}
            onChange={setTo}
            loading={areaNodes.loading && !areaNodes.data}
            testId="fact-to"
          />
          {typeProps.map((p) => {
            const key = p.of.slice(type.length + 1);
            return (
              <Field key={p.of} label={`${key}${p.required ? '' : ' (optional)'}`}>
                <input
                  list={`vocab-${p.of}`}
                  value={props[key] ?? ''}
                  onChange={(e) => setProps((all) => ({ ...all, [key]: e.target.value }))}
                  data-testid={`fact-prop-${key}`}
                />
                <datalist id={`vocab-${p.of}`}>
                  {p.values.map((v) => (
                    <option key={v} value={v} />
                  ))}
                </datalist>
              </Field>
            );
          })}
        </>
      ) : null}
      {target.kind === 'add-node' ? (
        <>
          <Field label="Type">
            <select
              value={nodeLabel}
              onChange={(e) => {
                setNodeLabel(e.target.value as (typeof NODE_LABELS)[number]);
                setNodeKind('');
                setStatutory('');
              }}
              data-testid="fact-node-label"
            >
              {NODE_LABELS.map((l) => (
                <option key={l} value={l}>
                  {l === 'Body' ? 'Body (board, partnership, group, panel…)' : l}
                </option>
              ))}
            </select>
          </Field>
          <Field label="Name">
            <input
              value={name}
              onChange={(e) => setName(e.target.value)}
              required
              data-testid="fact-node-name"
            />
          </Field>
          {nodeLabel === 'Person' ? null : (
            <Field label="Other names it goes by (optional, one per line)">
              <textarea
                rows={2}
                value={aliases}
                onChange={(e) => setAliases(e.target.value)}
                data-testid="fact-node-aliases"
              />
            </Field>
          )}
          {nodeKinds.length > 0 ? (
            <OptionalChoice
              label="Kind (optional)"
              values={nodeKinds}
              value={nodeKind}
              onChange={setNodeKind}
              testId="fact-node-kind"
            />
          ) : null}
          {nodeLabel === 'Body' ? (
            <OptionalChoice
              label="Statutory status (only where the document says it)"
              values={STATUTORY}
              value={statutory}
              onChange={setStatutory}
              testId="fact-node-statutory"
            />
          ) : null}
          <Field label="Short id (optional, made from the name)">
            <input
              value={slug}
              placeholder={slugOf(name)}
              onChange={(e) => setSlug(e.target.value)}
              data-testid="fact-slug"
            />
          </Field>
        </>
      ) : null}
      {target.kind === 'add-obligation' || target.kind === 'correct-obligation' ? (
        <>
          {target.kind === 'add-obligation' ? (
            <p className="ag-muted">Held by {target.holder.name}</p>
          ) : null}
          <Field label="What the obligation is (its text)">
            <textarea
              rows={2}
              value={text}
              onChange={(e) => setText(e.target.value)}
              required
              data-testid="fact-text"
            />
          </Field>
          {target.kind === 'add-obligation' ? (
            <Field label="Short id (optional, made from the text)">
              <input
                value={slug}
                placeholder={slugOf(text)}
                onChange={(e) => setSlug(e.target.value)}
                data-testid="fact-slug"
              />
            </Field>
          ) : null}
          <Field label="Modality">
            <input
              list="vocab-modalities"
              value={modality}
              onChange={(e) => setModality(e.target.value)}
              required
              data-testid="fact-modality"
            />
            <datalist id="vocab-modalities">
              {vocab?.modalities.map((m) => (
                <option key={m} value={m} />
              ))}
            </datalist>
          </Field>
          <fieldset className="ag-edit__basis ag-edit__duties" data-testid="fact-duties">
            <legend>Duty types</legend>
            {vocab?.dutyTypes.map((d) => (
              <label key={d.code}>
                <input
                  type="checkbox"
                  value={d.code}
                  checked={duties.includes(d.code)}
                  onChange={(e) =>
                    setDuties((all) =>
                      e.target.checked ? [...all, d.code] : all.filter((c) => c !== d.code),
                    )
                  }
                />{' '}
                {d.label}
              </label>
            ))}
          </fieldset>
        </>
      ) : null}
      {target.kind === 'document-fact' ? (
        <>
          <Field label="Category">
            <select
              value={category}
              onChange={(e) => {
                setCategory(e.target.value);
                setFactKind('');
              }}
              data-testid="fact-category"
            >
              {['DATE', 'NOTE', 'REPLACES', 'AIM'].map((c) => (
                <option key={c} value={c}>
                  {c.toLowerCase()}
                </option>
              ))}
            </select>
          </Field>
          <Field label="Kind">
            <input
              list="vocab-fact-kinds"
              value={factKind}
              onChange={(e) => setFactKind(e.target.value)}
              required
              data-testid="fact-kind"
            />
            <datalist id="vocab-fact-kinds">
              {factKinds.map((k) => (
                <option key={k} value={k} />
              ))}
            </datalist>
          </Field>
          <Field
            label={
              category === 'DATE'
                ? 'Date (YYYY-MM-DD, YYYY-MM or YYYY)'
                : category === 'NOTE'
                  ? 'Note'
                  : 'In the document’s words'
            }
          >
            <input
              value={value}
              onChange={(e) => setValue(e.target.value)}
              required
              data-testid="fact-value"
            />
          </Field>
        </>
      ) : null}

      {isDocFact ? null : (
        <BasisChoice
          name="fact-basis"
          basis={basis}
          onChange={setBasis}
          interpretation={interpretation}
          onInterpretation={setInterpretation}
          interpretedTestId="fact-interpreted"
          interpretationTestId="fact-interpretation"
        />
      )}
      {isDocFact ? null : (
        <Field label="Document">
          <select
            value={documentId}
            onChange={(e) => setDocumentId(e.target.value)}
            data-testid="fact-document"
          >
            {docIds.map((d) => (
              <option key={d} value={d}>
                {context.documents.get(d) ?? d}
              </option>
            ))}
          </select>
        </Field>
      )}
      {documentId ? (
        <PassagePicker
          key={documentId}
          documentId={documentId}
          onAdd={(p) => setPassages((all) => withPassage(all, p))}
        />
      ) : null}
      <PassageList
        passages={passages}
        onRemove={(p) => setPassages((all) => all.filter((a) => a !== p))}
        empty={
          target.kind === 'correct-obligation'
            ? 'No new passage: the obligation keeps its quotes.'
            : target.kind === 'add-node'
              ? interpreted
                ? 'No passage yet (an interpretation may cite none).'
                : 'No passage yet: select the words that name it (and its status, if given).'
              : interpreted
                ? 'No passage yet (an interpretation may cite none).'
                : 'No passage yet: select the words that state it.'
        }
      />
      <EditFooter
        reason={reason}
        onReason={setReason}
        error={error}
        busy={busy}
        onClose={onClose}
        testPrefix="fact"
      />
    </form>
  );
}

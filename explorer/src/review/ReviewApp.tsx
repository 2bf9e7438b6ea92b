/**
 * The review screen (decision 0025), at `?review=new` (upload a document) and
 * `?review=<draftId>&area=<areaId>` (review its draft): the document text with
 * every proposed fact marked, beside the draft's graph (ReviewGraph: clicking
 * a node or relationship chooses it, as the list does) and the list of
 * proposals; accept, edit or
 * reject each; select text to add a fact; rename, alias, merge; problems
 * inline; publish.
 */
import { useMutation, useQuery } from '@apollo/client/react';
import { useCallback, useMemo, useState, type FormEvent } from 'react';
import { AccountMenu } from '../auth';
import { describeError } from '../data/errors';
import { ME_QUERY } from '../data/operations';
import { docBlocks } from '../graph/docBlocks';
import type { ReviewDraftFieldsFragment, ReviewState, ReviewVocabularyQuery } from '../gql/graphql';
import { segmentsOf, type Span } from './highlight';
import { selectionIn } from '../editing/selection';
import { propertiesText } from './properties';
import { ReviewGraph } from './ReviewGraph';
import {
  REVIEW_ADD_FACT,
  REVIEW_ALIASES,
  REVIEW_DRAFT_AREA,
  REVIEW_DRAFT_QUERY,
  REVIEW_EDIT,
  REVIEW_MERGE,
  REVIEW_PUBLISH,
  REVIEW_RENAME,
  REVIEW_SET_STATE,
  REVIEW_VOCABULARY,
} from './operations';

type Draft = ReviewDraftFieldsFragment;
type NodeP = Draft['nodes'][number];
type RelP = Draft['relationships'][number];
type OblP = Draft['obligations'][number];
type FactP = Draft['facts'][number];
type AnyP = NodeP | RelP | OblP | FactP;
/** The vocabularies the server checks edits against (editVocabulary): the forms offer only these. */
type Vocabulary = ReviewVocabularyQuery['editVocabulary'];

const valuesOf = (lists: readonly { of: string; values: readonly string[] }[], of: string) =>
  lists.find((l) => l.of === of)?.values ?? [];

/** Every proposal of the draft, in the order the lists show them. */
const allOf = (d: Draft): AnyP[] => [...d.nodes, ...d.relationships, ...d.obligations, ...d.facts];

/** A choice among fixed values (a vocabulary, the draft's nodes). */
function Choice({
  label,
  value,
  onChange,
  options,
  testId,
  multiple,
}: {
  label: string;
  value: string | string[];
  onChange: (value: string[]) => void;
  options: readonly (string | { value: string; text: string })[];
  testId?: string;
  multiple?: boolean;
}) {
  return (
    <label>
      {label}
      <select
        value={value}
        multiple={multiple}
        data-testid={testId}
        onChange={(e) => onChange([...e.target.selectedOptions].map((o) => o.value))}
      >
        {options.map((o) =>
          typeof o === 'string' ? (
            <option key={o}>{o}</option>
          ) : (
            <option key={o.value} value={o.value}>
              {o.text}
            </option>
          ),
        )}
      </select>
    </label>
  );
}

/** The session's CSRF token (the accgraph_csrf cookie) as the header a state-changing request repeats it in. */
function csrfHeaders(): Record<string, string> {
  const token = /(?:^|;\s*)accgraph_csrf=([^;]+)/.exec(document.cookie)?.[1];
  return token ? { 'x-csrf-token': decodeURIComponent(token) } : {};
}

/** Mutation options that send the CSRF header. */
const withCsrf = () => ({ context: { headers: csrfHeaders() } });

function go(params: Record<string, string>) {
  const url = new URL(window.location.href);
  url.search = new URLSearchParams(params).toString();
  window.location.assign(url.toString());
}

/** The upload form: a file, the area it describes and its year; drafts it and opens the review. */
/**
 * Who may add an area: the upload form for editors and admins (of the
 * deployment or of any area); a sign-in request for anonymous readers and a
 * word about roles for viewers, instead of a form the server would refuse.
 * When who is signed in cannot be read, the form is shown and the server decides.
 */
function UploadGate() {
  const q = useQuery(ME_QUERY, { fetchPolicy: 'cache-and-network' });
  if (!q.data && !q.error) return <p className="ag-muted">Checking who is signed in…</p>;
  const me = q.data?.me;
  if (q.data && !me) {
    return (
      <section className="ag-review-upload" data-testid="review-sign-in">
        <h2>Add an area from a document</h2>
        <p>
          Adding an area needs an editor&apos;s account: use <strong>Sign in</strong> above, then
          upload the document here.
        </p>
      </section>
    );
  }
  const mayEdit = (role: string | null) => role === 'EDITOR' || role === 'ADMIN';
  if (me && !mayEdit(me.role) && !me.areaRoles.some((r) => mayEdit(r.role))) {
    return (
      <section className="ag-review-upload" data-testid="review-sign-in">
        <h2>Add an area from a document</h2>
        <p>
          {me.displayName} is a viewer: adding an area needs the editor role, which an admin can
          give (the <code>setRole</code> mutation).
        </p>
      </section>
    );
  }
  return <UploadForm />;
}

function UploadForm() {
  const [file, setFile] = useState<File | null>(null);
  const [areaId, setAreaId] = useState('');
  const [year, setYear] = useState(String(new Date().getFullYear()));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [draftArea] = useMutation(REVIEW_DRAFT_AREA);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) return setError('Choose a document (PDF, DOCX, HTML or text).');
    setBusy(true);
    setError(null);
    try {
      const form = new FormData();
      form.append('file', file, file.name);
      const response = await fetch('/uploads', {
        method: 'POST',
        body: form,
        credentials: 'same-origin',
        headers: csrfHeaders(),
      });
      const body = (await response.json()) as { id?: string; message?: string; hint?: string };
      if (!response.ok || !body.id) {
        throw new Error(
          `${body.message ?? `Upload refused (${response.status})`}${body.hint ? ` What to do: ${body.hint}.` : ''}`,
        );
      }
      const { data } = await draftArea({
        variables: { uploadId: body.id, areaId, year },
        ...withCsrf(),
      });
      if (!data) throw new Error('The draft was not made.');
      go({ review: data.draftArea.id, area: data.draftArea.areaId });
    } catch (e) {
      setError(e instanceof Error ? e.message : describeError(e).text);
      setBusy(false);
    }
  };
  return (
    <form className="ag-review-upload" onSubmit={submit} data-testid="review-upload">
      <h2>Add an area from a document</h2>
      <p className="ag-muted">
        The reader proposes every body, relationship and obligation it finds, each with its quote.
        You review them next; nothing is published until you publish.
      </p>
      <label>
        Document (PDF, DOCX, HTML or text)
        <input
          type="file"
          data-testid="review-file"
          accept=".pdf,.docx,.html,.htm,.txt,.md"
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
        />
      </label>
      <label>
        <span>
          Area id (lowercase, e.g. <code>walsall</code>)
        </span>
        <input
          data-testid="review-area"
          value={areaId}
          pattern="[a-z0-9]+(-[a-z0-9]+)*"
          required
          onChange={(e) => setAreaId(e.target.value)}
        />
      </label>
      <label>
        Year of the document
        <input
          data-testid="review-year"
          value={year}
          pattern="(19|20)[0-9]{2}"
          required
          onChange={(e) => setYear(e.target.value)}
        />
      </label>
      <button type="submit" className="ag-button" disabled={busy} data-testid="review-submit">
        {busy ? 'Reading the document…' : 'Upload and draft'}
      </button>
      {error ? (
        <p role="alert" className="ag-review-error" data-testid="review-upload-error">
          {error}
        </p>
      ) : null}
    </form>
  );
}

const describe = (p: AnyP, names: Map<string, string>): string => {
  if ('name' in p) return p.label === 'Person' ? `${p.name} (person)` : `${p.name} (${p.label})`;
  if ('type' in p) {
    return `${names.get(p.from) ?? p.from} ${p.type.replace(/_/g, ' ').toLowerCase()} ${names.get(p.to) ?? p.to}${propertiesText(p.properties)}`;
  }
  if ('category' in p)
    return `Document ${p.category === p.kind ? p.category : `${p.category} (${p.kind})`}: ${p.value}`;
  return `${p.holders.map((h) => names.get(h) ?? h).join(', ')} ${p.modality}: ${p.text} [${p.dutyTypes.join(', ')}]`;
};

/** The document text with every quote marked; selecting text offers to add a fact. */
function DocumentText({
  draft,
  current,
  onPick,
  onSelect,
}: {
  draft: Draft;
  current: string | null;
  onPick: (key: string) => void;
  onSelect: (range: { start: number; end: number } | null) => void;
}) {
  const spans = useMemo<Span[]>(() => {
    const all: Span[] = [];
    for (const p of allOf(draft)) {
      if (p.state === 'REJECTED') continue;
      for (const e of p.evidence) all.push({ key: p.key, start: e.start, end: e.end });
    }
    return all;
  }, [draft]);
  const blocks = useMemo(() => docBlocks(draft.text), [draft.text]);
  const states = useMemo(() => {
    const m = new Map<string, ReviewState>();
    for (const p of allOf(draft)) m.set(p.key, p.state);
    return m;
  }, [draft]);
  return (
    <div
      className="ag-review-doc"
      data-testid="review-document"
      // it scrolls: reachable by keyboard (axe scrollable-region-focusable)
      tabIndex={0}
      role="region"
      aria-label={`Text of ${draft.title}, every proposed fact marked`}
      onMouseUp={(e) => onSelect(selectionIn(e.currentTarget, draft.text, 'offset'))}
      onKeyUp={(e) => onSelect(selectionIn(e.currentTarget, draft.text, 'offset'))}
    >
      {blocks.map((b) => {
        const from = b.kind === 'bullet' || b.kind === 'numbered' ? b.markerStart : b.start;
        const parts = segmentsOf(from, b.end, spans).map((s) => {
          const text = draft.text.slice(s.start, s.end);
          if (s.keys.length === 0) {
            return (
              <span key={s.start} data-offset={s.start}>
                {text}
              </span>
            );
          }
          const accepted = s.keys.some((k) => states.get(k) === 'ACCEPTED');
          return (
            <mark
              key={s.start}
              data-offset={s.start}
              data-keys={s.keys.join(' ')}
              className={`ag-review-mark${accepted ? ' ag-review-mark--accepted' : ''}${current && s.keys.includes(current) ? ' ag-review-mark--current' : ''}`}
              onClick={() => onPick(s.keys[0]!)}
            >
              {text}
            </mark>
          );
        });
        const heading =
          b.kind === 'heading' || draft.headings.some((h) => h.start <= b.start && b.start < h.end);
        if (heading) return <h3 key={b.start}>{parts}</h3>;
        return (
          <p key={b.start} className={`ag-review-block ag-review-block--${b.kind}`}>
            {parts}
          </p>
        );
      })}
    </div>
  );
}

interface Actions {
  setState: (key: string, state: ReviewState) => void;
  edit: (input: Record<string, string | string[] | null>) => void;
  rename: (key: string, name: string) => void;
  aliases: (key: string, aliases: string[]) => void;
  merge: (keepKey: string, dropKey: string) => void;
}

function ProposalRow({
  p,
  names,
  nodes,
  current,
  onPick,
  act,
  readOnly,
  vocab,
}: {
  p: AnyP;
  names: Map<string, string>;
  nodes: NodeP[];
  current: boolean;
  onPick: (key: string) => void;
  act: Actions;
  readOnly: boolean;
  vocab: Vocabulary;
}) {
  const [editing, setEditing] = useState(false);
  const [value, setValue] = useState('');
  const [type, setType] = useState('type' in p ? p.type : '');
  const [modality, setModality] = useState('modality' in p ? p.modality : '');
  const [duties, setDuties] = useState<string[]>('dutyTypes' in p ? p.dutyTypes : []);
  const [alias, setAlias] = useState('');
  const [mergeWith, setMergeWith] = useState('');
  const isNode = 'name' in p;
  return (
    <li
      className={`ag-review-item ag-review-item--${p.state.toLowerCase()}${current ? ' ag-review-item--current' : ''}`}
      data-testid={`proposal-${p.key}`}
      data-state={p.state}
    >
      <button type="button" className="ag-review-item__what" onClick={() => onPick(p.key)}>
        <span className="ag-review-item__key">{p.key}</span> {describe(p, names)}
        {'interpretation' in p && p.interpretation ? ' (interpretation)' : ''}
      </button>
      <span className="ag-muted ag-review-item__meta">
        {p.rule ? `${p.rule} · ${Math.round((p.confidence ?? 0) * 100)}%` : 'added by a reviewer'}
        {p.edited ? ' · edited' : ''} · {p.state.toLowerCase()}
      </span>
      {'interpretation' in p && p.interpretation ? (
        <p className="ag-interpretation" data-testid={`interpretation-${p.key}`}>
          <strong>Interpretation</strong> (our reading, not the document&apos;s words):{' '}
          {p.interpretation}
        </p>
      ) : null}
      {p.problems.length > 0 ? (
        <ul className="ag-review-problems" data-testid={`problems-${p.key}`}>
          {p.problems.map((m) => (
            <li key={m} role="alert">
              {m}
            </li>
          ))}
        </ul>
      ) : null}
      {readOnly ? null : (
        <div className="ag-review-item__actions">
          {(
            [
              ['ACCEPTED', 'accept', 'Accept'],
              ['REJECTED', 'reject', 'Reject'],
            ] as const
          ).map(([state, id, text]) => (
            <button
              key={state}
              type="button"
              className="ag-button"
              data-testid={`${id}-${p.key}`}
              aria-pressed={p.state === state}
              onClick={() => act.setState(p.key, state)}
            >
              {text}
            </button>
          ))}
          <button
            type="button"
            className="ag-button"
            data-testid={`edit-${p.key}`}
            aria-expanded={editing}
            onClick={() => setEditing((e) => !e)}
          >
            Edit
          </button>
        </div>
      )}
      {editing && !readOnly ? (
        <div className="ag-review-edit">
          {isNode ? (
            <>
              <label>
                Name
                <input
                  defaultValue={p.name}
                  onChange={(e) => setValue(e.target.value)}
                  data-testid={`rename-input-${p.key}`}
                />
              </label>
              <button
                type="button"
                className="ag-button"
                onClick={() => value && act.rename(p.key, value)}
                data-testid={`rename-${p.key}`}
              >
                Rename
              </button>
              <span className="ag-muted">
                The quote stays the document&rsquo;s words; the old name is kept as an alias.
              </span>
              <label>
                Alias
                <input value={alias} onChange={(e) => setAlias(e.target.value)} />
              </label>
              <button
                type="button"
                className="ag-button"
                onClick={() => alias && act.aliases(p.key, [alias])}
              >
                Add alias
              </button>
              <label>
                Merge a duplicate into this node
                <select value={mergeWith} onChange={(e) => setMergeWith(e.target.value)}>
                  <option value="">—</option>
                  {nodes
                    // a person merges with a person, a body, post or organisation with one of those
                    .filter(
                      (n) => n.key !== p.key && (n.label === 'Person') === (p.label === 'Person'),
                    )
                    .map((n) => (
                      <option key={n.key} value={n.key}>
                        {n.name} ({n.key})
                      </option>
                    ))}
                </select>
              </label>
              <button
                type="button"
                className="ag-button"
                disabled={!mergeWith}
                onClick={() => act.merge(p.key, mergeWith)}
              >
                Merge
              </button>
            </>
          ) : 'type' in p ? (
            <>
              <Choice
                label="Type"
                value={type}
                onChange={([t]) => setType(t!)}
                options={vocab.relationshipTypes}
              />
              <button
                type="button"
                className="ag-button"
                onClick={() => act.edit({ key: p.key, type })}
              >
                Save
              </button>
              {p.type === 'SIGNED' ? <SignatureCell key={p.properties} p={p} act={act} /> : null}
            </>
          ) : 'category' in p ? (
            <>
              <label>
                {p.category === 'date' ? 'Date (YYYY-MM-DD)' : 'Value'}
                <input defaultValue={p.value} onChange={(e) => setValue(e.target.value)} />
              </label>
              <button
                type="button"
                className="ag-button"
                onClick={() => value && act.edit({ key: p.key, value })}
              >
                Save
              </button>
            </>
          ) : (
            <>
              <label>
                Text
                <textarea defaultValue={p.text} onChange={(e) => setValue(e.target.value)} />
              </label>
              <Choice
                label="Modality"
                value={modality}
                onChange={([m]) => setModality(m!)}
                options={vocab.modalities}
              />
              <Choice
                label="Duty types"
                multiple
                value={duties}
                onChange={setDuties}
                options={vocab.dutyTypes.map((d) => ({ value: d.code, text: d.label }))}
              />
              <button
                type="button"
                className="ag-button"
                onClick={() =>
                  act.edit({
                    key: p.key,
                    ...(value ? { text: value } : {}),
                    modality,
                    dutyTypes: duties,
                  })
                }
              >
                Save
              </button>
            </>
          )}
        </div>
      ) : null}
    </li>
  );
}

/**
 * A signature's cell in the signatory block: signed, or left blank by the
 * document (issue 14 point 7). The signature keeps its evidence, the quote
 * of its row in the block; only the cell's state changes, as an edit in the
 * audit trail.
 */
function SignatureCell({ p, act }: { p: RelP; act: Actions }) {
  const props = JSON.parse(p.properties) as Record<string, unknown>;
  const [blank, setBlank] = useState(props.signatureBlank === true ? 'blank' : 'signed');
  return (
    <>
      <Choice
        label="Signature cell"
        value={blank}
        testId={`signature-cell-${p.key}`}
        onChange={([v]) => setBlank(v!)}
        options={[
          { value: 'blank', text: 'left blank in the document' },
          { value: 'signed', text: 'signed' },
        ]}
      />
      <button
        type="button"
        className="ag-button"
        data-testid={`save-signature-${p.key}`}
        onClick={() =>
          act.edit({
            key: p.key,
            properties: JSON.stringify({ ...props, signatureBlank: blank === 'blank' }),
          })
        }
      >
        Save the signature cell
      </button>
      <span className="ag-muted">The evidence stays the signature block&rsquo;s words.</span>
    </>
  );
}

type AddKind = 'NODE' | 'RELATIONSHIP' | 'OBLIGATION' | 'DOCUMENT_FACT';
const ADD_KINDS: readonly { value: AddKind; text: string }[] = [
  { value: 'NODE', text: 'a node' },
  { value: 'RELATIONSHIP', text: 'a relationship' },
  { value: 'OBLIGATION', text: 'an obligation' },
  { value: 'DOCUMENT_FACT', text: 'a document fact (date, note, replaces, aim)' },
];
const FACT_CATEGORIES = ['date', 'note', 'replaces', 'aim'] as const;

/**
 * Adds a fact from the selected text: the quote is the text there, never
 * typed. Kinds, types, modalities, duty types and fact kinds are offered
 * from the server's vocabularies only; the server checks them again.
 */
function AddFact({
  draft,
  range,
  vocab,
  onAdd,
}: {
  draft: Draft;
  range: { start: number; end: number };
  vocab: Vocabulary;
  onAdd: (input: Record<string, unknown>) => void;
}) {
  const [kind, setKind] = useState<AddKind>('NODE');
  const [label, setLabel] = useState('Body');
  const quote = draft.text.slice(range.start, range.end);
  const [name, setName] = useState(quote.trim().slice(0, 120));
  const [nodeKind, setNodeKind] = useState('other');
  const [type, setType] = useState('REPORTS_TO');
  const [from, setFrom] = useState(draft.nodes[0]?.id ?? '');
  const [to, setTo] = useState(draft.nodes[1]?.id ?? '');
  const [prop, setProp] = useState('');
  const [holders, setHolders] = useState<string[]>(draft.nodes[0] ? [draft.nodes[0].id] : []);
  const [modality, setModality] = useState('must');
  const [duties, setDuties] = useState<string[]>([]);
  const [category, setCategory] = useState<(typeof FACT_CATEGORIES)[number]>('date');
  const [factKind, setFactKind] = useState('dated');
  const [value, setValue] = useState('');
  const nodeOptions = draft.nodes.map((n) => ({ value: n.id, text: n.name }));
  // a relationship property with a vocabulary (MEMBER_OF capacity, HOLDS_TO_ACCOUNT mode, ...)
  const propRule = vocab.relationshipProperties.find((r) => r.of.startsWith(`${type}.`));
  const propName = propRule?.of.split('.')[1] ?? '';
  const toOptions =
    type === 'SIGNED'
      ? [{ value: draft.documentId, text: `this document (${draft.documentId})` }]
      : nodeOptions;
  const input = (): Record<string, unknown> => {
    switch (kind) {
      case 'NODE':
        // a person has no kind
        return label === 'Person' ? { name, label } : { name, label, nodeKind };
      case 'RELATIONSHIP':
        return {
          type,
          from,
          to: type === 'SIGNED' ? draft.documentId : to,
          ...(propRule && prop ? { properties: JSON.stringify({ [propName]: prop }) } : {}),
        };
      case 'OBLIGATION':
        return { holders, modality, dutyTypes: duties };
      case 'DOCUMENT_FACT':
        return {
          category,
          factKind: category === 'date' || category === 'note' ? factKind : category,
          ...(value ? { value } : {}),
        };
    }
  };
  return (
    <form
      className="ag-review-add"
      data-testid="review-add"
      onSubmit={(e) => {
        e.preventDefault();
        onAdd({ kind, ...range, ...input() });
      }}
    >
      <p>
        Selected ({range.start}–{range.end}):{' '}
        <q>{quote.length > 160 ? `${quote.slice(0, 160)}…` : quote}</q>
      </p>
      <Choice
        label="Add"
        value={kind}
        onChange={([k]) => setKind(k as AddKind)}
        options={ADD_KINDS}
        testId="review-add-kind"
      />
      {kind === 'NODE' ? (
        <>
          <label>
            Name
            <input
              value={name}
              onChange={(e) => setName(e.target.value)}
              data-testid="review-add-name"
            />
          </label>
          <Choice
            label="Label"
            value={label}
            onChange={([l]) => {
              setLabel(l!);
              setNodeKind('other');
            }}
            options={['Body', 'Post', 'Organisation', 'Person']}
          />
          {label === 'Person' ? null : (
            <Choice
              label="Kind"
              value={nodeKind}
              onChange={([k]) => setNodeKind(k!)}
              options={valuesOf(vocab.nodeKinds, label)}
              testId="review-add-node-kind"
            />
          )}
        </>
      ) : kind === 'RELATIONSHIP' ? (
        <>
          <Choice label="From" value={from} onChange={([v]) => setFrom(v!)} options={nodeOptions} />
          <Choice
            label="Type"
            value={type}
            onChange={([t]) => {
              setType(t!);
              setProp('');
            }}
            options={vocab.relationshipTypes}
            testId="review-add-type"
          />
          <Choice
            label="To"
            value={type === 'SIGNED' ? draft.documentId : to}
            onChange={([v]) => setTo(v!)}
            options={toOptions}
          />
          {propRule ? (
            <Choice
              label={`${propName}${propRule.required ? '' : ' (optional)'}`}
              value={prop}
              onChange={([v]) => setProp(v!)}
              options={['', ...propRule.values]}
              testId="review-add-property"
            />
          ) : null}
        </>
      ) : kind === 'OBLIGATION' ? (
        <>
          <Choice
            label="Held by (one or more)"
            multiple
            value={holders}
            onChange={setHolders}
            options={nodeOptions}
            testId="review-add-holders"
          />
          <Choice
            label="Modality"
            value={modality}
            onChange={([m]) => setModality(m!)}
            options={vocab.modalities}
            testId="review-add-modality"
          />
          <Choice
            label="Duty types (taxonomy)"
            multiple
            value={duties}
            onChange={setDuties}
            options={vocab.dutyTypes.map((d) => ({
              value: d.code,
              text: `${d.label} (${d.code})`,
            }))}
            testId="review-add-duties"
          />
        </>
      ) : (
        <>
          <Choice
            label="Fact"
            value={category}
            onChange={([c]) => {
              const next = c as (typeof FACT_CATEGORIES)[number];
              setCategory(next);
              setFactKind(valuesOf(vocab.documentFactKinds, next)[0] ?? next);
            }}
            options={FACT_CATEGORIES}
            testId="review-add-category"
          />
          {category === 'date' || category === 'note' ? (
            <Choice
              label={category === 'date' ? 'Which date' : 'Which note'}
              value={factKind}
              onChange={([k]) => setFactKind(k!)}
              options={valuesOf(vocab.documentFactKinds, category)}
              testId="review-add-fact-kind"
            />
          ) : null}
          {category === 'date' || category === 'note' ? (
            <label>
              {category === 'date'
                ? 'The date the quote states (YYYY-MM-DD, YYYY-MM or YYYY)'
                : 'The note'}
              <input
                value={value}
                onChange={(e) => setValue(e.target.value)}
                data-testid="review-add-value"
                required
              />
            </label>
          ) : (
            <p className="ag-muted">In the document’s words: the selected quote.</p>
          )}
        </>
      )}
      <button type="submit" className="ag-button" data-testid="review-add-submit">
        Add with this quote
      </button>
    </form>
  );
}

function DraftReview({ draftId, areaId }: { draftId: string; areaId: string }) {
  const { data, error, loading } = useQuery(REVIEW_DRAFT_QUERY, {
    variables: { id: draftId, areaId },
  });
  const [current, setCurrent] = useState<string | null>(null);
  const [range, setRange] = useState<{ start: number; end: number } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [reason, setReason] = useState('Reviewed against the document');
  const [published, setPublished] = useState<string | null>(null);
  const [setStateM] = useMutation(REVIEW_SET_STATE);
  const [editM] = useMutation(REVIEW_EDIT);
  const [addM] = useMutation(REVIEW_ADD_FACT);
  const [renameM] = useMutation(REVIEW_RENAME);
  const [aliasM] = useMutation(REVIEW_ALIASES);
  const [mergeM] = useMutation(REVIEW_MERGE);
  const [publishM, publishing] = useMutation(REVIEW_PUBLISH);
  const vocabulary = useQuery(REVIEW_VOCABULARY);
  const vocab = vocabulary.data?.editVocabulary;
  const draft = data?.draft;
  // before the draft is read no revision is known: -1 is refused as stale (CONFLICT)
  const revision = draft?.revision ?? -1;
  const run = useCallback(async (work: () => Promise<unknown>) => {
    setFailure(null);
    try {
      await work();
    } catch (e) {
      setFailure(describeError(e).text);
    }
  }, []);
  const base = { areaId, draftId, revision };
  const act: Actions = {
    setState: (key, state) =>
      void run(() => setStateM({ variables: { ...base, key, state }, ...withCsrf() })),
    edit: (input) =>
      void run(() =>
        editM({
          variables: { input: { ...base, key: String(input.key), ...input } },
          ...withCsrf(),
        }),
      ),
    rename: (key, name) =>
      void run(() => renameM({ variables: { ...base, key, name }, ...withCsrf() })),
    aliases: (key, aliases) =>
      void run(() => aliasM({ variables: { ...base, key, aliases }, ...withCsrf() })),
    merge: (keepKey, dropKey) =>
      void run(() => mergeM({ variables: { ...base, keepKey, dropKey }, ...withCsrf() })),
  };
  // a SIGNED relationship goes to the document itself: named by its title
  const names = useMemo(
    () =>
      new Map([
        ...(draft ? [[draft.documentId, `this document (${draft.title})`] as const] : []),
        ...(draft?.nodes ?? []).map((n) => [n.id, n.name] as const),
      ]),
    [draft],
  );
  if (error ?? vocabulary.error)
    return (
      <p role="alert" className="ag-review-error">
        {describeError(error ?? vocabulary.error).text}
      </p>
    );
  if (loading || !draft || !vocab) return <p role="status">Loading the draft…</p>;
  const readOnly = draft.status !== 'OPEN';
  const all = allOf(draft);
  const count = (s: ReviewState) => all.filter((p) => p.state === s).length;
  const docProblems = draft.problems.filter((p) => p.key === null);
  const pick = (key: string) => {
    setCurrent(key);
    document
      .querySelector(`[data-keys~="${key}"]`)
      ?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    document.querySelector(`[data-testid="proposal-${key}"]`)?.scrollIntoView({ block: 'nearest' });
  };
  const section = (title: string, items: AnyP[], id: string) => (
    <section aria-labelledby={id}>
      <h3 id={id}>
        {title} ({items.length})
      </h3>
      <ul className="ag-review-list">
        {items.map((p) => (
          <ProposalRow
            key={p.key}
            p={p}
            names={names}
            nodes={draft.nodes}
            current={current === p.key}
            onPick={pick}
            act={act}
            readOnly={readOnly}
            vocab={vocab}
          />
        ))}
      </ul>
    </section>
  );
  return (
    <div className="ag-review" data-testid="review-screen" data-revision={draft.revision}>
      <div className="ag-review-bar">
        <h2>
          Review: {draft.title} <span className="ag-muted">({draft.documentId})</span>
        </h2>
        <p className="ag-muted" data-testid="review-counts">
          {count('ACCEPTED')} accepted · {count('REJECTED')} rejected · {count('PROPOSED')} to
          review · {draft.problems.length} problem(s)
        </p>
        {readOnly || published ? (
          <p role="status" data-testid="review-published">
            {published ?? 'Published.'}{' '}
            <a href={`?area=${encodeURIComponent(draft.areaId)}`}>Open the area</a>
          </p>
        ) : (
          <form
            className="ag-review-publish"
            onSubmit={(e) => {
              e.preventDefault();
              void run(async () => {
                const res = await publishM({
                  variables: { areaId, draftId, reason, revision },
                  ...withCsrf(),
                });
                const p = res.data?.publishDraft;
                if (p)
                  setPublished(
                    `Published ${p.nodes} nodes, ${p.relationships} relationships and ${p.obligations} obligations (${p.leftOut} unreviewed left out).`,
                  );
              });
            }}
          >
            <label>
              Why
              <input
                value={reason}
                onChange={(e) => setReason(e.target.value)}
                required
                data-testid="review-reason"
              />
            </label>
            <button
              type="submit"
              className="ag-button ag-button--primary"
              disabled={publishing.loading}
              data-testid="review-publish"
            >
              Publish accepted facts
            </button>
          </form>
        )}
        {failure ? (
          <p role="alert" className="ag-review-error" data-testid="review-error">
            {failure}
          </p>
        ) : null}
        {docProblems.map((p) => (
          <p role="alert" className="ag-review-error" key={p.path + p.message}>
            {p.path}: {p.message}
          </p>
        ))}
      </div>
      <div className="ag-review-panes">
        <DocumentText
          draft={draft}
          current={current}
          onPick={pick}
          onSelect={readOnly ? () => undefined : setRange}
        />
        <ReviewGraph draft={draft} current={current} onPick={pick} />
        <div className="ag-review-side" data-testid="review-proposals">
          {range && !readOnly ? (
            <AddFact
              key={`${range.start}-${range.end}`}
              draft={draft}
              range={range}
              vocab={vocab}
              onAdd={(input) =>
                void run(async () => {
                  await addM({
                    variables: { input: { ...base, ...input } as never },
                    ...withCsrf(),
                  });
                  setRange(null);
                })
              }
            />
          ) : (
            <p className="ag-muted">Select text in the document to add a fact with that quote.</p>
          )}
          {section(
            'Bodies, posts and organisations',
            draft.nodes.filter((n) => n.label !== 'Person'),
            'review-nodes',
          )}
          {section(
            'People',
            draft.nodes.filter((n) => n.label === 'Person'),
            'review-people',
          )}
          {section('Relationships', draft.relationships, 'review-relationships')}
          {section('Obligations', draft.obligations, 'review-obligations')}
          {section('Document facts', draft.facts, 'review-facts')}
        </div>
      </div>
    </div>
  );
}

/** The review screen: the upload form, or the draft named in the URL. */
export default function ReviewApp() {
  const params = new URLSearchParams(window.location.search);
  const review = params.get('review') ?? 'new';
  const areaId = params.get('area') ?? '';
  return (
    <div className="ag-app ag-review-app">
      <header className="ag-header">
        <h1>
          <a href="./">Safeguarding Accountability Graph</a>
        </h1>
        <p className="ag-muted">Add an area</p>
        <AccountMenu />
      </header>
      <main className="ag-main ag-review-main" id="ag-main" tabIndex={-1}>
        {review === 'new' || !areaId ? (
          <UploadGate />
        ) : (
          <DraftReview draftId={review} areaId={areaId} />
        )}
      </main>
    </div>
  );
}

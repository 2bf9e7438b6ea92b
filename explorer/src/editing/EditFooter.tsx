/**
 * The end of every edit form: why the change is made (kept in the history),
 * the server's refusal if any, and Save / Cancel. `testPrefix` names the
 * fields for tests (`<prefix>-reason`, `<prefix>-error`, `<prefix>-save`).
 */
export function EditFooter({
  reason,
  onReason,
  error,
  busy,
  onClose,
  testPrefix,
}: {
  reason: string;
  onReason: (reason: string) => void;
  error: string | null;
  busy: boolean;
  onClose: () => void;
  testPrefix: string;
}) {
  return (
    <>
      <label className="ag-edit__field">
        Why this change (kept in the history)
        <textarea
          rows={2}
          value={reason}
          onChange={(e) => onReason(e.target.value)}
          required
          data-testid={`${testPrefix}-reason`}
        />
      </label>
      {error ? (
        <p className="ag-edit__error" role="alert" data-testid={`${testPrefix}-error`}>
          {error}
        </p>
      ) : null}
      <div className="ag-edit__actions">
        <button
          type="submit"
          className="ag-button"
          disabled={busy}
          data-testid={`${testPrefix}-save`}
        >
          {busy ? 'Saving…' : 'Save'}
        </button>
        <button type="button" className="ag-button ag-button--secondary" onClick={onClose}>
          Cancel
        </button>
      </div>
    </>
  );
}

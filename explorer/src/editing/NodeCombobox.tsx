import { useEffect, useId, useMemo, useState, type KeyboardEvent } from 'react';
import { filterNodes, type NodeOption } from './nodeOptions';

/**
 * Choose one node of the area by typing part of its name, alias-free id or
 * type (WAI-ARIA combobox with a list box: arrows move, Enter picks, Escape
 * closes). Offers every node given, drawn on the canvas or not.
 */
export function NodeCombobox({
  label,
  options,
  value,
  onChange,
  testId,
  loading,
}: {
  label: string;
  options: readonly NodeOption[];
  value: string;
  onChange: (id: string) => void;
  testId: string;
  loading?: boolean;
}) {
  const id = useId();
  const listId = `${id}-list`;
  const chosen = options.find((o) => o.id === value) ?? null;
  const [text, setText] = useState(chosen?.name ?? '');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const shown = useMemo(
    () => filterNodes(options, chosen && text === chosen.name ? '' : text),
    [options, text, chosen],
  );
  const pick = (o: NodeOption) => {
    onChange(o.id);
    setText(o.name);
    setOpen(false);
  };
  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      if (!open) setOpen(true);
      else setActive((a) => Math.min(a + 1, shown.length - 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (e.key === 'Enter') {
      if (open && shown[active]) {
        e.preventDefault();
        pick(shown[active]);
      }
    } else if (e.key === 'Escape') {
      if (open) {
        e.preventDefault();
        e.stopPropagation();
        setOpen(false);
      }
    }
  };
  const activeId = open && shown[active] ? `${id}-opt-${active}` : undefined;
  useEffect(() => {
    if (activeId) document.getElementById(activeId)?.scrollIntoView({ block: 'nearest' });
  }, [activeId]);
  return (
    <div className="ag-combobox">
      <label className="ag-edit__field" htmlFor={`${id}-input`}>
        {label}
      </label>
      <input
        id={`${id}-input`}
        type="text"
        role="combobox"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={activeId}
        aria-describedby={`${id}-hint`}
        autoComplete="off"
        value={text}
        placeholder={loading ? 'Loading the area’s nodes…' : 'Type part of a name'}
        onChange={(e) => {
          setText(e.target.value);
          setActive(0);
          setOpen(true);
          if (value) onChange('');
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKey}
        data-testid={testId}
        data-value={value}
      />
      <p id={`${id}-hint`} className="ag-muted ag-combobox__hint" aria-live="polite">
        {chosen
          ? `Chosen: ${chosen.name} (${chosen.label}).`
          : `${shown.length} of ${options.length} nodes of the area match.`}
      </p>
      <ul
        id={listId}
        role="listbox"
        aria-label={label}
        className="ag-combobox__list"
        hidden={!open}
        data-testid={`${testId}-options`}
      >
        {shown.map((o, i) => (
          <li
            key={o.id}
            id={`${id}-opt-${i}`}
            role="option"
            aria-selected={i === active}
            className={`ag-combobox__option${i === active ? ' ag-combobox__option--active' : ''}`}
            data-id={o.id}
            // mousedown, not click: the input keeps focus and the list does not close first
            onMouseDown={(e) => {
              e.preventDefault();
              pick(o);
            }}
          >
            {o.name} <span className="ag-muted">· {o.label}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

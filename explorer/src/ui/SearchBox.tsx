import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useSearch } from '../data/hooks';
import type { ApiSearchHit as SearchHit } from '../graph/types';
import { message } from '../messages';

interface SearchBoxProps {
  areaId: string;
  onChoose: (hit: SearchHit) => void;
  /** A question in plain words (Enter on a question, or the Ask button). */
  onAsk?: (question: string) => void;
}

/** A question rather than a name: ends with "?", starts with a question word, or has four words or more. */
export function isQuestion(text: string): boolean {
  const t = text.trim();
  return (
    t.endsWith('?') ||
    /^(?:who|whom|whose|what|which|when|where|why|how|is|are|does|do|did|can|has|have|tell|list|show)\b/i.test(
      t,
    ) ||
    t.split(/\s+/).length >= 4
  );
}

const KIND_TEXT: Record<string, string> = {
  Body: 'Body',
  Post: 'Post',
  Organisation: 'Organisation',
  Person: 'Person',
  Obligation: 'Duty',
  DutyType: 'Duty type',
};

function hitTitle(hit: SearchHit): string {
  const n = hit.node;
  return n.name ?? n.label ?? n.obligationText ?? n.id;
}

/**
 * "Ask or search": type-ahead over bodies, posts and duties (the API's ranked
 * `search`), as an ARIA combobox; a question (Enter, or Ask) goes to `ask`.
 */
export function SearchBox({ areaId, onChoose, onAsk }: SearchBoxProps) {
  const [text, setText] = useState('');
  const [debounced, setDebounced] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const listId = useId();
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const t = setTimeout(() => setDebounced(text.trim()), 180);
    return () => clearTimeout(t);
  }, [text]);

  const { data, loading } = useSearch(debounced, areaId);
  const hits = data ?? [];
  useEffect(() => setActive(0), [debounced]);

  const choose = (hit: SearchHit | undefined) => {
    if (!hit) return;
    onChoose(hit);
    setOpen(false);
    setText(hitTitle(hit));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((a) => Math.min(a + 1, Math.max(0, hits.length - 1)));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (onAsk && isQuestion(text) && !(open && active > 0)) {
        onAsk(text.trim());
        setOpen(false);
      } else choose(hits[active]);
    } else if (event.key === 'Escape') {
      if (open) {
        event.stopPropagation();
        setOpen(false);
      } else {
        setText('');
      }
    }
  };

  const expanded = open && debounced.length >= 2;
  return (
    <div className="ag-search" data-testid="search">
      <label htmlFor={`${listId}-input`}>{onAsk ? 'Ask or search' : 'Search'}</label>
      <div className="ag-search__box">
        <input
          ref={input}
          id={`${listId}-input`}
          type="search"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded && hits[active] ? `${listId}-${active}` : undefined}
          placeholder={
            onAsk ? 'A question, or a body, post, duty…  ( / )' : 'Bodies, posts, duties…  ( / )'
          }
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setOpen(true);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setTimeout(() => setOpen(false), 150)}
          onKeyDown={onKeyDown}
          data-testid="search-input"
          autoComplete="off"
        />
        {onAsk ? (
          <button
            type="button"
            className="ag-search__ask"
            disabled={text.trim().length < 2}
            onClick={() => {
              onAsk(text.trim());
              setOpen(false);
            }}
            data-testid="ask-button"
          >
            Ask
          </button>
        ) : null}
        {expanded ? (
          <ul id={listId} role="listbox" className="ag-search__list" aria-label="Search results">
            {loading && hits.length === 0 ? (
              <li className="ag-search__empty" role="presentation">
                Searching…
              </li>
            ) : null}
            {!loading && hits.length === 0 ? (
              <li className="ag-search__empty" role="presentation">
                {message('searchNone', debounced).text}
              </li>
            ) : null}
            {hits.map((hit, i) => (
              <li
                key={hit.node.id}
                id={`${listId}-${i}`}
                role="option"
                aria-selected={i === active}
                className="ag-search__option"
                onMouseDown={(e) => {
                  e.preventDefault();
                  choose(hit);
                }}
                onMouseEnter={() => setActive(i)}
                data-testid="search-option"
                data-id={hit.node.id}
              >
                <span className="ag-search__kind">
                  {KIND_TEXT[hit.node.__typename] ?? hit.node.__typename}
                </span>
                <span className="ag-search__title">{hitTitle(hit)}</span>
                {hit.matchedOn !== 'NAME' ? (
                  <span className="ag-search__snippet">
                    {hit.snippet.slice(0, hit.matchStart)}
                    <mark>{hit.snippet.slice(hit.matchStart, hit.matchEnd)}</mark>
                    {hit.snippet.slice(hit.matchEnd)}
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </div>
  );
}

import { useEffect, useRef, type ReactNode } from 'react';
import type { ApiFindingRule as FindingRuleSummary } from '../../graph/types';
import { findingPack } from '../../graph/evidencePack';
import { bySeverity } from '../../graph/findingOrder';
import type { ApiFinding } from '../../graph/types';
import { message } from '../../messages';
import { useWorkspace } from '../context';
import { EvidenceList } from '../Evidence';
import { EvidencePackButton } from '../EvidencePackButton';
import { StatusMessage } from '../StatusMessage';
import { Section } from './Section';

interface FindingsPanelProps {
  findings: readonly ApiFinding[] | undefined;
  rules: readonly FindingRuleSummary[];
  loading: boolean;
  error: ReactNode;
}

/**
 * Which statements the findings judge, by the document's name ("of the
 * Wiltshire 2014 protocol"), or by the date when a date was chosen.
 */
function findingsScopeText(ws: {
  areaName: string;
  when: string;
  state: { asOf: string | null };
}): string {
  if (ws.state.asOf) return `in force ${ws.when}`;
  return ws.when.startsWith('in the ') ? `of the ${ws.areaName} ${ws.when.slice(7)}` : ws.when;
}

/** Gaps, duplication and risks the rules find, linked both ways with the canvas badges. */
export function FindingsPanel({ findings, rules, loading, error }: FindingsPanelProps) {
  const ws = useWorkspace();
  // "Judge by today's law" is an explicit choice (`?law=today`); the default is the document's period.
  const byToday = ws.state.law === 'today';
  const open = ws.state.finding;
  const ruleById = new Map(rules.map((r) => [r.id, r]));
  const openRef = useRef<HTMLLIElement>(null);
  useEffect(() => {
    openRef.current?.scrollIntoView({ block: 'nearest' });
  }, [open]);

  const choose = (f: ApiFinding) => {
    if (open === f.id) {
      ws.set({ finding: null });
      return;
    }
    ws.set({ finding: f.id, chain: null, post: null, view: 'findings' });
    ws.focus(f.nodeIds.length ? f.nodeIds : [], null);
  };

  return (
    <Section title={`Findings${findings ? ` (${findings.length})` : ''}`} testId="findings-panel">
      <p className="ag-muted">
        Gaps, duplication and accountability risks found by the rule catalogue in the statements{' '}
        <span data-testid="findings-scope">{findingsScopeText(ws)}</span>. ⚑ badges on the canvas
        open them
        {byToday ? " (the badges stay those of the document's period)" : ''}.
      </p>
      <label className="ag-check" data-testid="findings-law-today">
        <input
          type="checkbox"
          checked={byToday}
          onChange={(e) => ws.set({ law: e.currentTarget.checked ? 'today' : null, finding: null })}
        />{' '}
        Judge by today's law
      </label>
      <p className="ag-muted" data-testid="findings-law">
        Judged by{' '}
        {findings?.[0]
          ? findings[0].law.label
          : byToday
            ? "today's law"
            : "the law of the document's period"}
        .
      </p>
      {error}
      {loading && !findings ? <StatusMessage message={message('findingsLoading')} /> : null}
      {findings && findings.length === 0 ? <StatusMessage message={message('noFindings')} /> : null}
      <ul
        className="ag-findings"
        aria-label={
          byToday ? "Findings by today's law" : "Findings by the law of the document's period"
        }
      >
        {(findings ? bySeverity(findings) : []).map((f) => {
          const rule = ruleById.get(f.ruleId);
          const isOpen = open === f.id;
          return (
            <li
              key={f.id}
              ref={isOpen ? openRef : undefined}
              className={`ag-finding${isOpen ? ' ag-finding--open' : ''}`}
              data-testid="finding"
              data-finding-id={f.id}
            >
              <button
                type="button"
                className="ag-finding__head"
                aria-expanded={isOpen}
                onClick={() => choose(f)}
              >
                <span className={`ag-sev ag-sev--${f.severity.toLowerCase()}`}>{f.severity}</span>
                {f.status === 'ACCEPTED_RISK' ? (
                  <span className="ag-sev ag-sev--accepted">accepted risk</span>
                ) : null}
                <span className="ag-finding__rule">{rule?.title ?? f.ruleId}</span>
                <span className="ag-finding__message">{f.message}</span>
              </button>
              {isOpen ? (
                <div className="ag-finding__body" data-testid="finding-details">
                  {rule ? <p className="ag-muted">Why it matters: {rule.rationale}</p> : null}
                  <div className="ag-actions">
                    <button
                      type="button"
                      className="ag-button ag-button--small"
                      onClick={() => ws.focus(f.nodeIds, null)}
                    >
                      Centre on the canvas
                    </button>
                    <EvidencePackButton
                      name={f.ruleId + '-' + f.nodeIds.join('-')}
                      asOf={f.asOf}
                      build={(ctx) => findingPack(f, ctx)}
                      secondary
                    />
                  </div>
                  <p className="ag-muted">
                    Subjects:{' '}
                    {f.nodeIds.map((id, i) => (
                      <span key={id}>
                        {i > 0 ? ', ' : ''}
                        {ws.drawn.has(id) ? (
                          <button
                            type="button"
                            className="ag-link-button"
                            onClick={() => ws.focus([id], id)}
                          >
                            {ws.names.get(id) ?? id}
                          </button>
                        ) : (
                          <button
                            type="button"
                            className="ag-link-button"
                            onClick={() => ws.set({ sel: id })}
                          >
                            {id}
                          </button>
                        )}
                      </span>
                    ))}
                  </p>
                  <h3>Evidence</h3>
                  <EvidenceList evidence={f.evidence} />
                  {f.mitigation ? (
                    <>
                      <h3>Mitigation the document declares</h3>
                      <EvidenceList evidence={[f.mitigation]} />
                    </>
                  ) : null}
                </div>
              ) : null}
            </li>
          );
        })}
      </ul>
    </Section>
  );
}

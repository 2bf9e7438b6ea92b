import { isCurrent } from '@accgraph/schema';
import { str, strings } from '../../graph/records.ts';
import type { FindingDraft } from '../model.ts';
import { strParam, type RuleImpl } from '../rule.ts';
import { longDate, quotesMatching, sentence } from '../text.ts';

export const staleOrUnratifiedInstrument: RuleImpl = {
  id: 'STALE_OR_UNRATIFIED_INSTRUMENT',
  evaluate({ facts, params }) {
    const doc = facts.document;
    const p = doc.props;
    const title = `"${str(p, 'title') ?? doc.id}" (${doc.id})`;
    const kinds = strings(p, 'noteKinds');
    const texts = strings(p, 'noteTexts');
    const out: FindingDraft[] = [];
    const push = (reason: string, message: string, re: RegExp) =>
      out.push({
        key: [reason],
        message,
        nodeIds: [doc.id],
        relationships: [],
        evidence: quotesMatching(doc, re),
      });
    if (str(p, 'status') === 'draft' || kinds.includes('draft')) {
      const version = str(p, 'version');
      push(
        'draft',
        `${sentence(title)} is still a draft${version ? ` ("${version}")` : ''}, with no approval, ` +
          'ratification or signature recorded.',
        /draft/i,
      );
    }
    const ratification = new RegExp(strParam(params.unratifiedPattern, 'ratif'), 'i');
    if (kinds.some((k, i) => k === 'blank-field' && ratification.test(texts[i] ?? ''))) {
      push(
        'unratified',
        `${sentence(title)} says it was ratified, but every ratification date in it is blank.`,
        /ratif|date of meeting/i,
      );
    }
    const due = str(p, 'reviewDue');
    if (due && !isCurrent(null, due, facts.asOf)) {
      push(
        'review-overdue',
        `${sentence(title)} was due for review by ${longDate(due)}, and no later version of it is recorded.`,
        /review/i,
      );
    }
    return out;
  },
};

import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

/** One question of test/ask/questions.yaml and what a right answer is. */
export interface Question {
  q: string;
  intent: string;
  kind?: 'ANSWER' | 'NOT_STATED' | 'NOT_UNDERSTOOD' | 'AMBIGUOUS';
  document?: string;
  linked?: string[];
  /** A substring of the expected evidence (or one of several acceptable ones). */
  quote?: string | string[];
  alternatives?: string[];
}

export const QUESTIONS_FILE = new URL('./questions.yaml', import.meta.url);

export function loadQuestions(): Question[] {
  const list = parse(readFileSync(QUESTIONS_FILE, 'utf8')) as Question[];
  for (const [i, item] of list.entries()) {
    if (typeof item.q !== 'string' || typeof item.intent !== 'string') {
      throw new Error(`test/ask/questions.yaml item ${i + 1}: needs "q" and "intent".`);
    }
  }
  return list;
}

/** The fields of `ask` the score reads. */
export const ASK_QUERY = `query Ask($question: String!) {
  ask(question: $question) {
    kind text
    evidence { documentId quote section start end }
    nodes { id }
    interpretation { intent documentId operation linked { id } }
    alternatives { nodeId documentId question }
  }
}`;

export interface AskAnswer {
  kind: string;
  text: string;
  evidence: { documentId: string; quote: string; section: string; start: number; end: number }[];
  nodes: { id: string }[];
  interpretation: {
    intent: string;
    documentId: string | null;
    operation: string | null;
    linked: { id: string }[];
  };
  alternatives: { nodeId: string | null; documentId: string | null; question: string }[];
}

export interface Verdict {
  /** Right kind, right document, and the expected quote among the evidence (or the alternatives offered). */
  right: boolean;
  intent: boolean;
  /** Every expected node linked (or offered as an alternative). */
  linking: boolean | null;
  /** For expected NOT_STATED: answered NOT_STATED (not an invented ANSWER). */
  notStated: boolean | null;
  why: string[];
}

const squash = (s: string) => s.replace(/[’‘]/g, "'").replace(/\s+/g, ' ').toLowerCase();

export function judge(question: Question, answer: AskAnswer): Verdict {
  const why: string[] = [];
  const kind = question.kind ?? 'ANSWER';
  if (answer.kind !== kind) why.push(`kind ${answer.kind}, expected ${kind}`);
  if (
    question.document &&
    answer.interpretation.documentId !== question.document &&
    kind !== 'AMBIGUOUS'
  ) {
    why.push(`document ${answer.interpretation.documentId}, expected ${question.document}`);
  }
  if (question.quote) {
    const quotes = (Array.isArray(question.quote) ? question.quote : [question.quote]).map(squash);
    const found = quotes.some(
      (wanted) =>
        answer.evidence.some((e) => squash(e.quote).includes(wanted)) ||
        (kind === 'NOT_STATED' && squash(answer.text).includes(wanted)),
    );
    if (!found) why.push(`no evidence holds "${String(question.quote)}"`);
  }
  const offered = new Set([
    ...answer.interpretation.linked.map((l) => l.id),
    ...answer.alternatives.map((a) => a.nodeId).filter((id): id is string => id !== null),
  ]);
  const expectedNodes = [...(question.linked ?? []), ...(question.alternatives ?? [])];
  const linking = expectedNodes.length ? expectedNodes.every((id) => offered.has(id)) : null;
  if (linking === false)
    why.push(
      `linked ${[...offered].join(', ') || 'nothing'}, expected ${expectedNodes.join(', ')}`,
    );
  const intent = answer.interpretation.intent === question.intent;
  return {
    right: why.length === 0,
    intent,
    linking,
    notStated: kind === 'NOT_STATED' ? answer.kind === 'NOT_STATED' : null,
    why,
  };
}

export interface Score {
  total: number;
  right: number;
  intent: number;
  linking: { ok: number; of: number };
  notStated: { ok: number; of: number };
}

export function score(verdicts: Verdict[]): Score {
  return {
    total: verdicts.length,
    right: verdicts.filter((v) => v.right).length,
    intent: verdicts.filter((v) => v.intent).length,
    linking: {
      ok: verdicts.filter((v) => v.linking === true).length,
      of: verdicts.filter((v) => v.linking !== null).length,
    },
    notStated: {
      ok: verdicts.filter((v) => v.notStated === true).length,
      of: verdicts.filter((v) => v.notStated !== null).length,
    },
  };
}

export const pct = (n: number, of: number) => `${((100 * n) / Math.max(1, of)).toFixed(1)}%`;

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseYaml } from '@accgraph/schema';
import { draftArea, type Draft } from './draft.ts';

interface RefNode {
  id: string;
  label: string;
  name: string;
  aliases?: string[];
}
interface RefRel {
  type: string;
  from: string;
  to: string;
}
interface RefFile {
  area: { id: string };
  document: { id: string; source: string };
  nodes?: RefNode[];
  relationships?: RefRel[];
}

export interface Score {
  found: number;
  expected: number;
  drafted: number;
  correct: number;
}
export interface DocumentEvaluation {
  file: string;
  area: string;
  bodies: Score;
  relationships: Score;
  byType: Record<string, Score>;
  quotes: { total: number; verbatim: number };
  ms: number;
}

const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/^the\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();

const formsOf = (n: { id: string; name: string; aliases?: string[] }) =>
  new Set([norm(n.name), ...(n.aliases ?? []).map(norm), n.id.split('/').at(-1)!]);

/** Maps each drafted node to the reference node with a shared name, alias or id tail. */
function matchNodes(draft: Draft, ref: RefNode[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const d of draft.nodes) {
    const forms = formsOf(d);
    const hit = ref.find((r) => [...formsOf(r)].some((f) => forms.has(f)));
    if (hit) out.set(d.id, hit.id);
  }
  return out;
}

const score = (): Score => ({ found: 0, expected: 0, drafted: 0, correct: 0 });

/** Drafts the source of a hand-made area file and compares the draft with it. */
export function evaluateAreaFile(areaFile: string, sourcesDir: string): DocumentEvaluation {
  const ref = parseYaml(areaFile, readFileSync(areaFile, 'utf8')).data as RefFile;
  const source = readFileSync(join(sourcesDir, ref.document.source), 'utf8');
  const t0 = performance.now();
  const draft = draftArea(source, ref.area.id);
  const ms = performance.now() - t0;
  const refNodes = ref.nodes ?? [];
  const map = matchNodes(draft, refNodes);

  const bodies = score();
  const refBodies = refNodes.filter((n) => n.label === 'Body');
  bodies.expected = refBodies.length;
  const mapped = new Set(map.values());
  bodies.found = refBodies.filter((b) => mapped.has(b.id)).length;
  const draftedBodies = draft.nodes.filter((n) => n.label === 'Body');
  bodies.drafted = draftedBodies.length;
  bodies.correct = draftedBodies.filter((n) => map.has(n.id)).length;

  const key = (r: RefRel) => `${r.type}:${r.from}->${r.to}`;
  const refKeys = new Set((ref.relationships ?? []).map(key));
  const draftedKeys = new Set(
    draft.relationships.map((r) =>
      key({ type: r.type, from: map.get(r.from) ?? r.from, to: map.get(r.to) ?? r.to }),
    ),
  );
  const byType: Record<string, Score> = {};
  const relationships = score();
  const of = (type: string) => (byType[type] ??= score());
  for (const k of refKeys) {
    const s = of(k.split(':')[0]!);
    s.expected++;
    relationships.expected++;
    if (draftedKeys.has(k)) {
      s.found++;
      relationships.found++;
    }
  }
  for (const k of draftedKeys) {
    const s = of(k.split(':')[0]!);
    s.drafted++;
    relationships.drafted++;
    if (refKeys.has(k)) {
      s.correct++;
      relationships.correct++;
    }
  }
  const evidence = [...draft.nodes, ...draft.relationships].flatMap((x) => x.evidence);
  const verbatim = evidence.filter((e) => source.slice(e.start, e.end) === e.quote).length;
  return {
    file: areaFile,
    area: ref.area.id,
    bodies,
    relationships,
    byType,
    quotes: { total: evidence.length, verbatim },
    ms,
  };
}

const pct = (a: number, b: number) => (b === 0 ? '–' : `${Math.round((100 * a) / b)}%`);

/** Markdown table rows of an evaluation (recall = found/expected, precision = correct/drafted). */
export function evaluationTable(results: DocumentEvaluation[]): string[] {
  const lines = [
    '| document | bodies recall | bodies precision | relationships recall | relationships precision | quotes verbatim | draft time |',
    '|---|---|---|---|---|---|---|',
  ];
  const total = { b: score(), r: score(), q: { total: 0, verbatim: 0 } };
  for (const e of results) {
    lines.push(
      `| ${e.file.split('/').at(-1)} | ${pct(e.bodies.found, e.bodies.expected)} (${e.bodies.found}/${e.bodies.expected}) | ${pct(e.bodies.correct, e.bodies.drafted)} (${e.bodies.correct}/${e.bodies.drafted}) | ${pct(e.relationships.found, e.relationships.expected)} (${e.relationships.found}/${e.relationships.expected}) | ${pct(e.relationships.correct, e.relationships.drafted)} (${e.relationships.correct}/${e.relationships.drafted}) | ${pct(e.quotes.verbatim, e.quotes.total)} (${e.quotes.verbatim}/${e.quotes.total}) | ${Math.round(e.ms)} ms |`,
    );
    for (const k of ['found', 'expected', 'drafted', 'correct'] as const) {
      total.b[k] += e.bodies[k];
      total.r[k] += e.relationships[k];
    }
    total.q.total += e.quotes.total;
    total.q.verbatim += e.quotes.verbatim;
  }
  lines.push(
    `| **all five** | ${pct(total.b.found, total.b.expected)} | ${pct(total.b.correct, total.b.drafted)} | ${pct(total.r.found, total.r.expected)} | ${pct(total.r.correct, total.r.drafted)} | ${pct(total.q.verbatim, total.q.total)} | |`,
  );
  const types = new Map<string, Score>();
  for (const e of results) {
    for (const [t, s] of Object.entries(e.byType)) {
      const acc = types.get(t) ?? score();
      for (const k of ['found', 'expected', 'drafted', 'correct'] as const) acc[k] += s[k];
      types.set(t, acc);
    }
  }
  lines.push('', '| relationship type | recall | precision |', '|---|---|---|');
  for (const [t, s] of [...types].sort(([a], [b]) => (a < b ? -1 : 1))) {
    lines.push(
      `| ${t} | ${pct(s.found, s.expected)} (${s.found}/${s.expected}) | ${pct(s.correct, s.drafted)} (${s.correct}/${s.drafted}) |`,
    );
  }
  return lines;
}

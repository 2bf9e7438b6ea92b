import { join } from 'node:path';
import type { NodeEntry } from './area-file.schema.ts';
import { walkEvidence } from './evidence-walk.ts';
import { effectiveFrom } from './ids.ts';
import {
  type ParsedYaml,
  type PathSegment,
  type Problem,
  DOCUMENT_ID,
  figure,
  isNational,
  LIMITS,
  relationshipId,
} from '@accgraph/schema';
import { checkEvidence } from './quotes.ts';
import { readTextFile } from './read-text.ts';
import { SOURCE_NAME } from './area-file.schema.ts';
import { type AreaFile, checkAreaFile, type Item } from './schema-check.ts';
import {
  guessArea,
  type RawAreaFile,
  type ValidateOptions,
  type Validation,
} from './validation.types.ts';

export { problemArea } from './validation.types.ts';
export type { RawAreaFile, ValidateOptions, Validation } from './validation.types.ts';

interface NodeDecl {
  file: AreaFile;
  item: Item<NodeEntry>;
}

type EndpointLabel = NodeEntry['label'] | 'Document' | 'Area';

/** Label constraints of the relationship table in docs/data-model.md. */
const ENDPOINTS: Record<string, { from?: EndpointLabel[]; to?: EndpointLabel[] }> = {
  MEMBER_OF: { from: ['Post', 'Organisation', 'Person', 'Body'], to: ['Body'] },
  CHAIRS: { from: ['Post', 'Person'], to: ['Body'] },
  SUBGROUP_OF: { from: ['Body'], to: ['Body'] },
  SUCCEEDED_BY: { from: ['Body'], to: ['Body'] },
  POST_OF: { from: ['Post'], to: ['Organisation', 'Body'] },
  HOLDS_POST: { from: ['Person'], to: ['Post'] },
  SIGNED: { from: ['Person', 'Post', 'Body'], to: ['Document'] },
  DELEGATES_TO: { from: ['Post', 'Person', 'Body'], to: ['Post', 'Person', 'Body'] },
  REPRESENTS: { from: ['Post', 'Person', 'Organisation'], to: ['Organisation', 'Body'] },
  COVERS: { from: ['Body'], to: ['Organisation'] },
  // The statutory partner "in relation to [a] local authority area": the file's own Area.
  SAFEGUARDING_PARTNER_OF: { from: ['Organisation'], to: ['Area'] },
};

/** Properties that must agree when one node is declared in several files. */
const MERGE_SCALARS = [
  'label',
  'name',
  'kind',
  'function',
  'statutory',
  'validFrom',
  'validTo',
  'interpretation',
] as const;

const where = (f: AreaFile, path: readonly PathSegment[]) => {
  const p = f.parsed.locate(path);
  return `${f.file}:${p.line}:${p.column}`;
};

/** Validates all area files together; never throws on bad data. */
export function validateAreas(raw: readonly RawAreaFile[], options: ValidateOptions): Validation {
  const problems: Problem[] = [...options.taxonomy.problems];
  const files: AreaFile[] = [];
  const failed: ParsedYaml[] = [];
  const looseIds = new Set<string>();
  const fileAreas = new Map<string, string>();
  for (const r of raw) {
    if (r.problem) {
      problems.push(r.problem);
      fileAreas.set(r.file, guessArea(r.file, undefined));
      continue;
    }
    const checked = checkAreaFile(r.file, r.text);
    fileAreas.set(r.file, guessArea(r.file, checked.parsed.data));
    problems.push(...checked.problems);
    checked.declaredIds.forEach((id) => looseIds.add(id));
    if (checked.file) files.push(checked.file);
    else failed.push(checked.parsed);
  }
  const sources = new Map<string, string>();
  const ctx = new Checker(files, options, problems, looseIds, sources);
  ctx.run();
  // Files whose area/document failed the schema still get their quotes checked.
  for (const parsed of failed) {
    const source = (parsed.data as { document?: { source?: unknown } } | undefined)?.document
      ?.source;
    // a bad `source` is already reported by the schema check
    if (typeof source !== 'string' || !SOURCE_NAME.test(source)) continue;
    const read = readTextFile(
      join(options.sourcesDir, source),
      parsed.file,
      'source file',
      LIMITS.sourceFileBytes,
      false,
    );
    if (read.text === null) continue;
    const text = read.text;
    for (const { path: at, entry } of walkEvidence(parsed.data)) {
      const failure = checkEvidence(text, entry);
      if (failure)
        problems.push(parsed.problem([...at, failure.field], failure.error, failure.expected));
    }
  }
  return { problems, files, sources, taxonomy: options.taxonomy, fileAreas };
}

class Checker {
  private readonly nodes = new Map<string, NodeDecl[]>();
  private readonly documents = new Map<string, AreaFile>();
  private readonly obligations = new Map<string, { file: AreaFile; index: number }>();

  constructor(
    private readonly files: AreaFile[],
    private readonly options: ValidateOptions,
    private readonly problems: Problem[],
    private readonly looseIds: Set<string>,
    private readonly sources: Map<string, string>,
  ) {}

  private add(f: AreaFile, path: readonly PathSegment[], message: string, expected: string) {
    this.problems.push(f.parsed.problem(path, message, expected));
  }

  run() {
    this.checkAreasAndDocuments();
    this.registerNodes();
    this.registerObligations();
    this.checkAreaSizes();
    for (const f of this.files) {
      this.checkReferences(f);
      this.checkRelationshipIds(f);
      this.checkQuotes(f);
      this.checkProposals(f);
    }
  }

  /** Proposed (machine-drafted, unreviewed) facts belong only in a draft document. */
  private checkProposals(f: AreaFile) {
    if (f.document.status === 'draft') return;
    for (const key of ['nodes', 'relationships', 'obligations'] as const) {
      for (const item of f[key]) {
        if (item.value.proposed) {
          this.add(
            f,
            [key, item.index, 'proposed'],
            `a proposed fact in a document whose status is ${f.document.status}`,
            'review the fact and delete `proposed:`, or set the document status to draft',
          );
        }
      }
    }
  }

  private checkAreasAndDocuments() {
    const areas = new Map<string, AreaFile>();
    for (const f of this.files) {
      const first = areas.get(f.area.id);
      if (!first) areas.set(f.area.id, f);
      else {
        for (const key of ['name', 'localAuthority'] as const) {
          if (first.area[key] !== f.area[key]) {
            this.add(
              f,
              ['area', key],
              `area ${f.area.id} has ${key} "${f.area[key]}" here`,
              `"${first.area[key]}" as in ${where(first, ['area', key])}`,
            );
          }
        }
      }
      const doc = f.document;
      const prior = this.documents.get(doc.id);
      if (prior) {
        this.add(
          f,
          ['document', 'id'],
          `duplicate document id ${doc.id}`,
          `a unique id (also declared at ${where(prior, ['document', 'id'])})`,
        );
      } else this.documents.set(doc.id, f);
      if (!doc.id.startsWith(`${f.area.id}/`) || !DOCUMENT_ID.test(doc.id)) {
        this.add(
          f,
          ['document', 'id'],
          `document id ${doc.id} does not match its area`,
          `${f.area.id}/<year>[-<n>]`,
        );
      }
      const rawDates = (f.parsed.data as { document?: { dates?: unknown } }).document?.dates;
      const datesDropped = Array.isArray(rawDates) && rawDates.length > doc.dates.length;
      if (!effectiveFrom(doc) && !datesDropped) {
        this.add(
          f,
          ['document'],
          'document has no effectiveFrom and no signed/dated/year date',
          '`effectiveFrom:` or a date of kind signed, dated or year',
        );
      }
      if (!this.sources.has(doc.source)) {
        const path = join(this.options.sourcesDir, doc.source);
        const read = readTextFile(path, f.file, 'source file', LIMITS.sourceFileBytes, false);
        if (read.text !== null) this.sources.set(doc.source, read.text);
        else {
          const p = read.problem;
          const where =
            p.line === 1 && p.column === 1 ? '' : ` at ${p.line}:${p.column} of ${path}`;
          this.add(f, ['document', 'source'], `${p.message}${where}`, p.expected);
        }
      }
    }
  }

  private registerNodes() {
    for (const f of this.files) {
      for (const item of f.nodes) {
        const n = item.value;
        const path = ['nodes', item.index, 'id'];
        if (!isNational(n.id) && !n.id.startsWith(`${f.area.id}/`)) {
          this.add(
            f,
            path,
            `node id ${n.id} is not in area ${f.area.id}`,
            `${f.area.id}/<slug> or national/<slug>`,
          );
        }
        if (this.documents.has(n.id) || n.id === f.area.id) {
          this.add(f, path, `id ${n.id} is already a document or area id`, 'a unique id');
          continue;
        }
        const decls = this.nodes.get(n.id) ?? [];
        const clash = decls.find(
          (d) => d.file === f || (!isNational(n.id) && d.file.area.id !== f.area.id),
        );
        if (clash) {
          this.add(
            f,
            path,
            `duplicate node id ${n.id}`,
            `a unique id (also declared at ${where(clash.file, ['nodes', clash.item.index, 'id'])})`,
          );
          continue;
        }
        const first = decls[0];
        if (first) {
          for (const key of MERGE_SCALARS) {
            const a = (first.item.value as Record<string, unknown>)[key];
            const b = (n as Record<string, unknown>)[key];
            if (a !== b) {
              this.add(
                f,
                ['nodes', item.index, key],
                `node ${n.id} is declared with ${key} ${JSON.stringify(b)} here`,
                `${JSON.stringify(a)} as in ${where(first.file, ['nodes', first.item.index, key])} (or move the difference to aliases)`,
              );
            }
          }
        }
        decls.push({ file: f, item });
        this.nodes.set(n.id, decls);
      }
    }
  }

  /** Nodes (declared once, plus obligations) and relationships per area within LIMITS. */
  private checkAreaSizes() {
    const nodes = new Map<string, Set<string>>();
    const rels = new Map<string, number>();
    const over = (f: AreaFile, path: PathSegment[], what: string, limit: number) =>
      this.add(
        f,
        path,
        `area ${f.area.id} has more than ${figure(limit)} ${what}`,
        `at most ${figure(limit)} ${what} per area (split the area or raise LIMITS)`,
      );
    for (const f of this.files) {
      const ids = nodes.get(f.area.id) ?? new Set<string>();
      nodes.set(f.area.id, ids);
      const items: [PathSegment[], string][] = [
        ...f.nodes.map((n): [PathSegment[], string] => [['nodes', n.index, 'id'], n.value.id]),
        ...f.obligations.map((o): [PathSegment[], string] => [
          ['obligations', o.index, 'id'],
          o.value.id,
        ]),
      ];
      for (const [path, id] of items) {
        if (ids.has(id)) continue;
        ids.add(id);
        if (ids.size === LIMITS.nodesPerArea + 1) over(f, path, 'nodes', LIMITS.nodesPerArea);
      }
      const before = rels.get(f.area.id) ?? 0;
      rels.set(f.area.id, before + f.relationships.length);
      const crossing = f.relationships[LIMITS.relationshipsPerArea - before];
      if (before <= LIMITS.relationshipsPerArea && crossing) {
        over(f, ['relationships', crossing.index], 'relationships', LIMITS.relationshipsPerArea);
      }
    }
  }

  private registerObligations() {
    for (const f of this.files) {
      for (const { index, value } of f.obligations) {
        const path = ['obligations', index, 'id'];
        const prior = this.obligations.get(value.id);
        if (prior || this.nodes.has(value.id) || this.documents.has(value.id)) {
          const also = prior
            ? ` (also declared at ${where(prior.file, ['obligations', prior.index, 'id'])})`
            : '';
          this.add(f, path, `duplicate id ${value.id}`, `a unique id${also}`);
          continue;
        }
        this.obligations.set(value.id, { file: f, index });
        if (!value.id.startsWith(`${f.document.id}/`)) {
          this.add(
            f,
            path,
            `obligation id ${value.id} is not under its document`,
            `${f.document.id}/<slug>`,
          );
        }
      }
    }
  }

  /** The label of a node or document `id` visible from file `f`, or null after reporting. */
  private resolve(
    f: AreaFile,
    path: readonly PathSegment[],
    id: string,
    allowed?: EndpointLabel[],
  ): EndpointLabel | null {
    let label: EndpointLabel | undefined;
    const decls = this.nodes.get(id);
    const doc = this.documents.get(id);
    if (decls?.[0]) {
      const d = decls[0];
      if (!isNational(id) && d.file.area.id !== f.area.id) {
        this.add(
          f,
          path,
          `${id} is a node of area ${d.file.area.id}`,
          `a node of area ${f.area.id} or national/*`,
        );
        return null;
      }
      label = d.item.value.label;
    } else if (doc && doc.area.id === f.area.id) {
      label = 'Document';
    } else if (id === f.area.id && allowed?.includes('Area')) {
      label = 'Area';
    } else {
      if (!this.looseIds.has(id)) {
        this.add(
          f,
          path,
          `unknown id ${id}`,
          `a node declared under \`nodes:\` in a file of area ${f.area.id}`,
        );
      }
      return null;
    }
    if (allowed && !allowed.includes(label)) {
      this.add(f, path, `${id} is a ${label}`, allowed.join(' or '));
      return null;
    }
    return label;
  }

  private checkCodes(f: AreaFile, path: PathSegment[], code: string) {
    if (!this.options.taxonomy.dutyTypes.has(code)) {
      this.add(f, path, `unknown duty type ${code}`, 'a code from schema/taxonomy/duty-types.yaml');
    }
  }

  private checkProvision(f: AreaFile, path: PathSegment[], id: string) {
    const provisions = this.options.taxonomy.provisions;
    if (provisions && !provisions.has(id)) {
      this.add(f, path, `unknown provision ${id}`, 'an id from schema/taxonomy/provisions.yaml');
    }
  }

  private duplicates(f: AreaFile, base: PathSegment[], values: readonly string[], what: string) {
    const seen = new Set<string>();
    values.forEach((v, i) => {
      if (seen.has(v)) this.add(f, [...base, i], `duplicate ${what} ${v}`, `each ${what} once`);
      seen.add(v);
    });
  }

  private checkReferences(f: AreaFile) {
    const doc = f.document;
    doc.governs.forEach((g, i) =>
      this.resolve(f, ['document', 'governs', i, 'body'], g.body, ['Body']),
    );
    this.duplicates(
      f,
      ['document', 'governs'],
      doc.governs.map((g) => g.body),
      'governed body',
    );
    for (const { index, value: n } of f.nodes) {
      if (n.label === 'Body') {
        if (n.basedOn.length > 0 && n.evidence.length === 0) {
          this.add(
            f,
            ['nodes', index, 'basedOn'],
            `${n.id} cites provisions but has no evidence`,
            'an `evidence:` quote where the document cites the provision',
          );
        }
        n.basedOn.forEach((p, i) => this.checkProvision(f, ['nodes', index, 'basedOn', i], p));
        this.duplicates(f, ['nodes', index, 'basedOn'], n.basedOn, 'provision');
      }
    }
    for (const { index, value: r } of f.relationships) {
      const spec = ENDPOINTS[r.type] ?? {};
      this.resolve(f, ['relationships', index, 'from'], r.from, spec.from);
      this.resolve(f, ['relationships', index, 'to'], r.to, spec.to);
      if (r.type === 'REPORTS_TO' && r.presenter) {
        this.resolve(f, ['relationships', index, 'presenter'], r.presenter, ['Post']);
      }
    }
    for (const { index, value: o } of f.obligations) {
      const base: PathSegment[] = ['obligations', index];
      o.holders.forEach((h, i) => this.resolve(f, [...base, 'holders', i], h));
      this.duplicates(f, [...base, 'holders'], o.holders, 'holder');
      if (Array.isArray(o.lead)) {
        o.lead.forEach((h, i) => {
          if (!o.holders.includes(h))
            this.add(f, [...base, 'lead', i], `${h} is not a holder`, o.holders.join(' | '));
        });
      }
      o.dutyTypes.forEach((c, i) => this.checkCodes(f, [...base, 'dutyTypes', i], c));
      this.duplicates(f, [...base, 'dutyTypes'], o.dutyTypes, 'duty type');
      o.dischargedThrough.forEach((d, i) =>
        this.resolve(f, [...base, 'dischargedThrough', i, 'body'], d.body, ['Body']),
      );
      this.duplicates(
        f,
        [...base, 'dischargedThrough'],
        o.dischargedThrough.map((d) => d.body),
        'body',
      );
      o.basedOn.forEach((b, i) =>
        this.checkProvision(f, [...base, 'basedOn', i, 'provision'], b.provision),
      );
      this.duplicates(
        f,
        [...base, 'basedOn'],
        o.basedOn.map((b) => b.provision),
        'provision',
      );
    }
  }

  private checkRelationshipIds(f: AreaFile) {
    const seen = new Map<string, number>();
    for (const { index, value: r } of f.relationships) {
      const id = relationshipId(f.document.id, r.type, r.from, r.to, r.key);
      const prior = seen.get(id);
      if (prior !== undefined) {
        this.add(
          f,
          ['relationships', index],
          `relationship id ${id} is also produced by relationships[${prior}] (${where(f, ['relationships', prior])})`,
          'a distinct `key:` on each of the relationships with the same type, from and to',
        );
      } else seen.set(id, index);
    }
  }

  private checkQuotes(f: AreaFile) {
    const source = this.sources.get(f.document.source);
    if (source === undefined) return;
    for (const { path, entry } of walkEvidence(f.parsed.data)) {
      const failure = checkEvidence(source, entry);
      if (failure) this.add(f, [...path, failure.field], failure.error, failure.expected);
    }
  }
}

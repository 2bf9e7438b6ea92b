import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseYaml } from '@accgraph/schema';
import { fromFile } from '../cache.ts';
import { REPO_ROOT } from '../store/index.ts';
import { SEVERITIES, type Basis, type RuleDefinition, type Severity } from './model.ts';

/** A statutory time limit of a duty type (schema/taxonomy/duty-types.yaml). */
export interface StatutoryDeadline {
  value: number;
  unit: string;
  anchor: string;
  source: string;
  note: string | null;
}

/** A provision a duty type rests on under one regime, for a period. */
export interface DutyBasis {
  provision: string;
  regime: string;
  from: string;
  to: string | null;
  note: string | null;
}

export interface DutyTypeInfo {
  code: string;
  label: string;
  category: string;
  requiredUnder: string[];
  succeededBy: string | null;
  deadline: StatutoryDeadline | null;
  bases: DutyBasis[];
}

export interface RegimeInfo {
  id: string;
  label: string;
  from: string;
  to: string | null;
}

export interface ProvisionInfo {
  id: string;
  title: string;
  citation: string | null;
  inForceFrom: string | null;
  inForceTo: string | null;
}

/** The rule catalogue and the taxonomy facts the rules compare against. */
export interface Catalogue {
  rules: RuleDefinition[];
  dutyTypes: Map<string, DutyTypeInfo>;
  regimes: Map<string, RegimeInfo>;
  provisions: Map<string, ProvisionInfo>;
}

type Raw = Record<string, unknown>;

const s = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const list = (v: unknown): Raw[] => (Array.isArray(v) ? (v as Raw[]) : []);

function readYaml(file: string): Raw {
  const parsed = parseYaml(file, readFileSync(file, 'utf8'));
  if (parsed.problems.length > 0) {
    throw new Error(`${file}: ${parsed.problems.map((p) => p.message).join('; ')}`);
  }
  return (parsed.data ?? {}) as Raw;
}

function provisionsOf(dir: string): Map<string, ProvisionInfo> {
  const out = new Map<string, ProvisionInfo>();
  for (const p of list(readYaml(join(dir, 'provisions.yaml')).provisions)) {
    const id = String(p.id);
    out.set(id, {
      id,
      title: s(p.title) ?? id,
      citation: s(p.citation),
      inForceFrom: s(p.inForceFrom),
      inForceTo: s(p.inForceTo),
    });
  }
  return out;
}

function dutyTypesOf(dir: string): Map<string, DutyTypeInfo> {
  const out = new Map<string, DutyTypeInfo>();
  for (const d of list(readYaml(join(dir, 'duty-types.yaml')).dutyTypes)) {
    const code = String(d.code);
    const dl = d.deadline as Raw | undefined;
    out.set(code, {
      code,
      label: s(d.label) ?? code,
      category: s(d.category) ?? '',
      requiredUnder: Array.isArray(d.requiredUnder) ? d.requiredUnder.map(String) : [],
      succeededBy: s(d.succeededBy),
      deadline: dl
        ? {
            value: Number(dl.value),
            unit: String(dl.unit),
            anchor: String(dl.anchor),
            source: String(dl.source),
            note: s(dl.note),
          }
        : null,
      bases: list(d.bases).map((b) => ({
        provision: String(b.provision),
        regime: String(b.regime),
        from: String(b.from),
        to: s(b.to),
        note: s(b.note),
      })),
    });
  }
  return out;
}

function regimesOf(dir: string): Map<string, RegimeInfo> {
  const out = new Map<string, RegimeInfo>();
  for (const r of list(readYaml(join(dir, 'regimes.yaml')).regimes)) {
    const id = String(r.id);
    out.set(id, { id, label: s(r.label) ?? id, from: String(r.from), to: s(r.to) });
  }
  return out;
}

function rulesOf(file: string, provisions: Map<string, ProvisionInfo>): RuleDefinition[] {
  return list(readYaml(file).rules).map((r) => {
    const id = String(r.id);
    const severity = String(r.severity) as Severity;
    if (!SEVERITIES.includes(severity)) throw new Error(`rule ${id}: unknown severity ${severity}`);
    const basis: Basis[] = list(r.basis).map((b) => {
      const provision = s(b.provision);
      if (provision && !provisions.has(provision)) {
        throw new Error(`rule ${id}: unknown provision ${provision}`);
      }
      return {
        kind: String(b.kind) as Basis['kind'],
        provision,
        citation: provision ? (provisions.get(provision)?.citation ?? null) : null,
        quote: s(b.quote),
        note: null,
      };
    });
    const parameters: RuleDefinition['parameters'] = {};
    for (const [name, p] of Object.entries((r.parameters ?? {}) as Record<string, Raw>)) {
      parameters[name] = { default: p.default, description: String(p.description ?? '') };
    }
    return {
      id,
      title: String(r.title),
      rationale: String(r.rationale).trim(),
      basis,
      severity,
      parameters,
      module: String(r.module),
    };
  });
}

/** Loads the catalogue from `root` (default: the repository's schema/ folder). */
export function loadCatalogue(root = join(REPO_ROOT, 'schema')): Catalogue {
  const taxonomy = join(root, 'taxonomy');
  const provisions = provisionsOf(taxonomy);
  return {
    rules: rulesOf(join(root, 'rules', 'rules.yaml'), provisions),
    dutyTypes: dutyTypesOf(taxonomy),
    regimes: regimesOf(taxonomy),
    provisions,
  };
}

/** The repository's catalogue, loaded once per process (file cache `rules`). */
export function catalogue(): Catalogue {
  return fromFile('rules', 'repository', () => loadCatalogue());
}

/** A rule's parameter values: its defaults, overridden by `overrides`. */
export function parametersOf(
  rule: RuleDefinition,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, p] of Object.entries(rule.parameters)) out[name] = p.default;
  return { ...out, ...overrides };
}

import { TAXONOMY_DIR } from '@accgraph/schema';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the seed data lives. Every command accepts overrides (used by tests). */
export interface SeedPaths {
  /** graph-seed/areas: one YAML file per source document. */
  areasDir: string;
  /** graph-seed/sources: the plain-text documents quoted by the area files. */
  sourcesDir: string;
  /** schema/taxonomy: duty-types.yaml and provisions.yaml. */
  taxonomyDir: string;
}

const GRAPH_SEED_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export const DEFAULT_PATHS: SeedPaths = {
  areasDir: resolve(GRAPH_SEED_DIR, 'areas'),
  sourcesDir: resolve(GRAPH_SEED_DIR, 'sources'),
  taxonomyDir: TAXONOMY_DIR,
};

/** `paths` with the given overrides (undefined entries keep the defaults). */
export function seedPaths(overrides: Partial<SeedPaths> = {}): SeedPaths {
  return {
    areasDir: overrides.areasDir ?? DEFAULT_PATHS.areasDir,
    sourcesDir: overrides.sourcesDir ?? DEFAULT_PATHS.sourcesDir,
    taxonomyDir: overrides.taxonomyDir ?? DEFAULT_PATHS.taxonomyDir,
  };
}

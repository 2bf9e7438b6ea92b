import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The `schema/` folder: the SDL, constraints, taxonomy and rule catalogue. */
export const SCHEMA_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** `schema/taxonomy`: duty-types.yaml, provisions.yaml, regimes.yaml. */
export const TAXONOMY_DIR = resolve(SCHEMA_DIR, 'taxonomy');

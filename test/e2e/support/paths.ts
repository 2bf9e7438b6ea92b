import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (test/e2e/support -> ../../..). */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** Screenshots and traces of the browser tests (git-ignored). */
export const RESULTS_DIR = path.join(REPO_ROOT, 'test-results', 'e2e');

export const EXPLORER_INDEX = path.join(REPO_ROOT, 'explorer', 'dist', 'index.html');

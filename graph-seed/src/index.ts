/**
 * @accgraph/graph-seed: evidenced area files (YAML per source document) -> validated,
 * compiled canonical graphs -> the store. Used by the CLI (`npm run seed`) and
 * by the server's startup loader:
 *
 *   const validation = validateAreas(loadAreaFiles(areasDir), { sourcesDir, taxonomy: loadTaxonomy(taxonomyDir) });
 *   // loadTaxonomy, formatProblem and Problem come from @accgraph/schema
 *   if (validation.problems.length) throw ...;            // formatProblem(p) for each
 *   for (const { areaId, seedHash, graph } of compileAreas(validation)) ...
 *
 * or simply `await seedAreas(store, { areasDir })`, which does all of it and
 * writes each changed area in its own transaction.
 */
export { loadAreaFiles, validateSeed, displayPath } from './area-files.ts';
export { validateAreas, problemArea } from './model/validate.ts';
export type { RawAreaFile, ValidateOptions, Validation } from './model/validate.ts';
export { compileAreas } from './model/compile.ts';
export type { CompiledArea, CompileOptions } from './model/compile.ts';
export { seedAreas, describeProgress } from './seed-store.ts';
export type { SeedOptions, SeedProgress, SeedResult } from './seed-store.ts';
export { DEFAULT_PATHS, seedPaths } from './paths.ts';
export type { SeedPaths } from './paths.ts';
export { fixOffsets } from './model/fix-offsets.ts';
export { coverageReport } from './coverage-report.ts';
export { parseCanonicalGraph } from './model/canonical.schema.ts';
export {
  importGraphFile,
  importCanonicalFile,
  importCanonicalText,
  readCanonicalFile,
  type ImportOptions,
  type ImportResult,
} from './import-file.ts';

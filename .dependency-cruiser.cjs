/**
 * The layers of docs/decisions/0006-domain-core.md, checked by `npm run lint`
 * (dependency-cruiser). Packages: schema (the domain core), graph-seed, api,
 * explorer; test/ and bench/ sit on top.
 *
 * Every package is reached from another ONLY through an entry point that its
 * package.json `exports` declares, imported by package name
 * (`@accgraph/api/store`, never `../api/src/store/...`).
 */

/** Files a package declares in its package.json `exports`. */
const ENTRY = {
  schema: ['^schema/src/index\\.ts$'],
  graphSeed: [
    '^graph-seed/src/index\\.ts$',
    '^graph-seed/src/synthetic/index\\.ts$',
    '^graph-seed/src/reader/index\\.ts$',
    // for tests: a PDF with a text layer (pdfkit), shared by the reader's and the browser's tests
    '^graph-seed/src/reader/pdf\\.fixture\\.ts$',
  ],
  // store boundary and canonical read/write: what graph-seed's store commands use
  apiStore: [
    '^api/src/store/index\\.ts$',
    '^api/src/canonical/index\\.ts$',
    // accounts in the store: the seed CLI's `account add` (first admin) and the tests' signIn helper
    '^api/src/auth/public\\.ts$',
  ],
  // the HTTP server and its configuration: what tests and benchmarks start
  apiServer: [
    '^api/src/config\\.ts$',
    '^api/src/logger\\.ts$',
    '^api/src/schema\\.ts$',
    '^api/src/server\\.ts$',
  ],
};
const ALL_ENTRIES = [...ENTRY.schema, ...ENTRY.graphSeed, ...ENTRY.apiStore, ...ENTRY.apiServer];

/**
 * White-box imports allowed to tests and benchmarks (decision 0006): the
 * contract suite runs every catalogue query of every feature against the fold
 * table the search queries are written for; integration tests and the findings benchmark drive the
 * findings cache and the HTTP limits directly.
 */
const WHITE_BOX = {
  contract: ['^api/src/search/fold\\.ts$'],
  integration: [
    '^api/src/findings/(facts\\.store|findings\\.cache)\\.ts$',
    '^api/src/fulltext/corpus\\.ts$',
    '^api/src/http/limits\\.ts$',
    '^api/src/editing/versions\\.ts$',
  ],
  // bench/memory.probe.ts warms the ask corpus and reads the graph caches' sizes
  bench: [
    '^api/src/findings/',
    '^api/src/services\\.ts$',
    '^api/src/fulltext/corpus\\.ts$',
    '^api/src/cache\\.ts$',
  ],
};

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'No module imports itself through others: a cycle ties layers into one.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-unresolvable',
      severity: 'error',
      comment:
        "An import that does not resolve, e.g. a path another package's `exports` does not declare.",
      from: {},
      to: { couldNotResolve: true },
    },
    {
      name: 'schema-is-the-core',
      severity: 'error',
      comment:
        '@accgraph/schema (schema/src) is the domain core: it imports no other package of the repository.',
      from: { path: '^schema/' },
      to: { path: '^(api|graph-seed|explorer|test|bench)/' },
    },
    {
      name: 'explorer-imports-no-server-code',
      severity: 'error',
      comment:
        'The explorer runs in the browser: no api, graph-seed or schema/src code (only its own generated types).',
      from: { path: '^explorer/' },
      to: { path: ['^api/', '^graph-seed/', '^schema/src/', '^test/', '^bench/'] },
    },
    {
      name: 'packages-import-no-tests',
      severity: 'error',
      comment: 'Product code never imports test/ or bench/.',
      from: { path: '^(api|graph-seed|schema|explorer)/' },
      to: { path: '^(test|bench)/' },
    },
    {
      name: 'api-uses-graph-seed-entry-only',
      severity: 'error',
      comment:
        "api imports graph-seed only through its declared entry point (`@accgraph/graph-seed`), and only the server's bootstrap does.",
      from: { path: '^api/', pathNot: '^api/src/(bootstrap|uploads|drafts|local-cli)/' },
      to: { path: '^graph-seed/' },
    },
    {
      name: 'store-layer-imports-no-graph-seed',
      severity: 'error',
      comment:
        "api's store and canonical layers sit below graph-seed (graph-seed's store commands use them): they never import graph-seed.",
      from: { path: '^api/src/(store|canonical)/' },
      to: { path: '^graph-seed/' },
    },
    {
      name: 'graph-seed-uses-api-store-entries-only',
      severity: 'error',
      comment:
        'graph-seed imports api only through `@accgraph/api/store` and `@accgraph/api/canonical` (the store boundary), never the server.',
      from: { path: '^graph-seed/' },
      to: { path: '^api/', pathNot: ENTRY.apiStore },
    },
    {
      name: 'no-package-internals',
      severity: 'error',
      comment:
        'A package reaches another only through an entry point its package.json `exports` declares (`@accgraph/api/store`), never a file inside it.',
      from: { path: '^(api|graph-seed|schema|explorer)/' },
      to: { path: '^(api|graph-seed|schema|explorer)/', pathNot: ['^$1/', ...ALL_ENTRIES] },
    },
    {
      name: 'through-the-package-name',
      severity: 'error',
      comment:
        'Imports into api, graph-seed or schema from outside use the package name (`@accgraph/schema`), not a relative path into the folder: only the name goes through `exports`.',
      from: { path: '^(api|graph-seed|schema|explorer|test|bench)/' },
      to: {
        // a relative import is only `local`; a workspace package by name is also
        // `aliased-workspace` (from the root) or `undetermined` (from a workspace)
        dependencyTypesNot: ['aliased', 'aliased-workspace', 'undetermined'],
        path: '^(api|graph-seed|schema)/',
        pathNot: ['^$1/', ...WHITE_BOX.contract, ...WHITE_BOX.integration, ...WHITE_BOX.bench],
      },
    },
    {
      name: 'tests-use-entry-points',
      severity: 'error',
      comment:
        'test/ reaches the packages through their entry points; the white-box imports decision 0006 lists are the only exceptions.',
      from: { path: '^test/' },
      to: {
        path: '^(api|graph-seed|schema)/',
        pathNot: [...ALL_ENTRIES, ...WHITE_BOX.contract, ...WHITE_BOX.integration],
      },
    },
    {
      name: 'bench-uses-entry-points',
      severity: 'error',
      comment:
        'bench/ reaches the packages through their entry points, plus the findings internals it times.',
      from: { path: '^bench/' },
      to: { path: '^(api|graph-seed|schema)/', pathNot: [...ALL_ENTRIES, ...WHITE_BOX.bench] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['(^|/)node_modules/', '(^|/)dist/'] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    combinedDependencies: false,
    preserveSymlinks: false,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};

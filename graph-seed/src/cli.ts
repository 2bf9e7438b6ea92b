import { Command, CommanderError, Option } from 'commander';
import { coverageCommand } from './commands/coverage.command.ts';
import { loadAreaFiles } from './area-files.ts';
import { seedPaths } from './paths.ts';
import { exportCommand } from './commands/export.command.ts';
import { fixOffsetsCommand } from './commands/fix-offsets.command.ts';
import { importCommand } from './commands/import.command.ts';
import { EXIT, type ExitCode, type Io, UsageError } from './commands/io.ts';
import { loadCommand } from './commands/load.command.ts';
import { syntheticCommand } from './commands/synthetic.command.ts';
import { validateCommand } from './commands/validate.command.ts';
import type { SeedPaths } from './paths.ts';

const io: Io = { out: (line) => console.log(line), err: (line) => console.error(line) };

let exitCode: ExitCode = EXIT.ok;
const run = (fn: () => ExitCode | Promise<ExitCode>) => async () => {
  exitCode = await fn();
};

const program = new Command()
  .name('npm run seed --')
  .description('Validate, inspect and load the evidenced area files (graph-seed/areas).')
  .addOption(
    new Option('--areas-dir <dir>', 'area files directory').default(undefined, 'graph-seed/areas'),
  )
  .addOption(
    new Option('--sources-dir <dir>', 'source texts directory').default(
      undefined,
      'graph-seed/sources',
    ),
  )
  .addOption(
    new Option('--taxonomy-dir <dir>', 'taxonomy directory').default(undefined, 'schema/taxonomy'),
  )
  .showHelpAfterError()
  .exitOverride();

const paths = (): Partial<SeedPaths> => {
  const o = program.opts<{ areasDir?: string; sourcesDir?: string; taxonomyDir?: string }>();
  return { areasDir: o.areasDir, sourcesDir: o.sourcesDir, taxonomyDir: o.taxonomyDir };
};

program
  .command('synthetic')
  .description('write the synthetic national data set as canonical JSON (same seed, same bytes)')
  .option('--areas <n>', 'number of areas (default 152)')
  .option('--seed <n>', 'seed (default 1)')
  .requiredOption('--out <file>', 'output file (.json)')
  .option('--sources-out <dir>', "also write each document's synthetic source text")
  .action((o: { areas?: string; seed?: string; out: string; sourcesOut?: string }) =>
    run(() =>
      syntheticCommand({ ...o, sourcesDir: o.sourcesOut, taxonomyDir: paths().taxonomyDir }, io),
    )(),
  );

program
  .command('validate')
  .description('check every area file; each problem as file:line:column with what was expected')
  .action(run(() => validateCommand(paths(), io)));

program
  .command('fix-offsets')
  .description(
    'fill or repair start/end of every quote (first occurrence after its section heading)',
  )
  .option('--area <file-or-area-id>', 'only this area file, or the files of this area')
  .action((opts: { area?: string }) => run(() => fixOffsetsCommand(paths(), opts, io))());

program
  .command('coverage')
  .description('per document, the sentences no evidence quote overlaps')
  .option('--document <id>', 'only this document (id such as wiltshire/2014, or source file name)')
  .option('--json', 'machine-readable output (uncovered and covered sentences, headings)')
  .option('--all', 'also list covered sentences (+) and headings (#)')
  .action((opts: { document?: string; json?: boolean; all?: boolean }) =>
    run(() => coverageCommand(paths(), opts, io))(),
  );

program
  .command('draft')
  .description(
    'read a document (PDF, DOCX, HTML, text): save its text as a source and write a draft area file',
  )
  .argument('<file>', 'the document')
  .requiredOption('--area <id>', 'area id (slug), e.g. wiltshire')
  .option('--year <yyyy>', 'year of the document (default: from the file name, else this year)')
  .option('--out <file>', 'area file to write (default: <areas-dir>/<area>-<year>.yaml)')
  .action((file: string, opts: { area: string; year?: string; out?: string }) =>
    run(async () => {
      // Loaded on use: the reader's libraries (compromise, pdf.js, mammoth) slow every start.
      const { draftCommand } = await import('./commands/draft.command.ts');
      return draftCommand(file, opts, paths(), io);
    })(),
  );

program
  .command('draft-eval')
  .description(
    'draft the source of each area file, tuned on the others, and compare with it (held-out recall, precision, quotes)',
  )
  .option(
    '--misses',
    'also list, per held-out document, the reference bodies and relationships the draft missed and the relationships it proposed wrongly',
  )
  .action((opts: { misses?: boolean }) =>
    run(async () => {
      const { crossValidate, evaluationTable, missesOf, tune } =
        await import('./reader/evaluate.ts');
      const { readReference } = await import('./reader/learn.ts');
      const p = seedPaths(paths());
      const refs = loadAreaFiles(p.areasDir).map((f) => readReference(f.file, p.sourcesDir));
      const folds = crossValidate(refs);
      for (const line of evaluationTable(folds)) io.out(line);
      if (opts.misses)
        for (const f of folds) {
          const lexicon = tune(refs.filter((r) => f.tuning.includes(r.file)));
          const measured = refs.find((r) => r.file === f.measured[0]!.file)!;
          io.out('');
          for (const line of missesOf(measured, lexicon)) io.out(line);
        }
      const all = folds.flatMap((f) => [...f.tuned, ...f.measured]);
      return all.every((r) => r.quotes.verbatim === r.quotes.total) ? EXIT.ok : EXIT.data;
    })(),
  );

program
  .command('load')
  .description(
    'validate, compile and write each changed area in its own transaction (imported or edited areas are left alone)',
  )
  .option('--area <id...>', 'only these areas')
  .option(
    '--replace-edits <id...>',
    'overwrite these imported or edited areas with their bundled files',
  )
  .action((opts: { area?: string[]; replaceEdits?: string[] }) =>
    run(() => loadCommand(paths(), opts, io))(),
  );

program
  .command('export')
  .description(
    'write the canonical JSON of the stored areas (read through the running server when one serves the store)',
  )
  .option('--area <id...>', 'only these areas (default: all in the store)')
  .requiredOption('--out <file>', 'output file (.json)')
  .action((opts: { area?: string[]; out: string }) => run(() => exportCommand(opts, io))());

program
  .command('import')
  .description(
    'check a canonical JSON file, then write it (replacing its areas) in one transaction',
  )
  .argument('<file>', 'canonical JSON file')
  .action((file: string) => run(() => importCommand(file, io))());

const account = program.command('account').description('local accounts of the API (decision 0023)');
account
  .command('add')
  .description(
    'create an account in the store (the first admin); password from ACCOUNT_PASSWORD or standard input',
  )
  .requiredOption('--email <address>', 'e-mail address (the sign-in name)')
  .requiredOption('--role <role>', 'viewer, editor or admin')
  .option('--name <name>', 'display name (default: the part of the e-mail before @)')
  .option('--reason <text>', 'why, for the accounts audit log (default: the command)')
  .action((o: { email: string; role: string; name?: string; reason?: string }) =>
    run(async () => {
      const { accountAddCommand, readPasswordFromStdin } =
        await import('./commands/account.command.ts');
      const password = process.env.ACCOUNT_PASSWORD || (await readPasswordFromStdin());
      return accountAddCommand({ ...o, password }, io);
    })(),
  );

program
  .command('repair-wal')
  .description(
    'embedded store: cut a damaged write-ahead log at its last whole transaction (a copy is kept), then load (stop the server first: it needs the file closed)',
  )
  .action(
    run(async () => {
      const { repairWalCommand } = await import('./commands/repair-wal.command.ts');
      return repairWalCommand(paths(), io);
    }),
  );

try {
  await program.parseAsync(process.argv);
  process.exitCode = exitCode;
} catch (error) {
  if (error instanceof CommanderError) {
    process.exitCode = error.exitCode === 0 ? EXIT.ok : EXIT.usage;
  } else if (error instanceof UsageError) {
    console.error(`usage error: ${error.message}`);
    process.exitCode = EXIT.usage;
  } else {
    console.error(error instanceof Error ? `error: ${error.message}` : error);
    process.exitCode = EXIT.data;
  }
}
// The command is over: end the process even if a store driver still holds a
// socket (Neo4j at an address that accepts and never answers kept it alive
// 90 s after the driver had given up).
process.exit();

import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({
  description:
    'A problem that refused a seed write, located in the file that has to change (file:line:column and JSON path), as `npm run seed` prints it.',
})
export class SeedProblem {
  @Field(() => String, { description: 'The file as the caller named it.' }) file!: string;
  @Field(() => Int) line!: number;
  @Field(() => Int) column!: number;
  @Field(() => String, { description: 'JSON path of the offending value, e.g. nodes[2].id.' })
  path!: string;
  @Field(() => String) message!: string;
  @Field(() => String, { description: 'What was expected instead.' }) expected!: string;
}

@ObjectType({
  description:
    'What an operator write (`npm run seed -- load|import` through the running server) did: the lines the command prints, or the problems that refused it (then nothing was written).',
})
export class SeedWriteResult {
  @Field(() => Boolean, { description: 'False when problems refused the write: nothing written.' })
  ok!: boolean;
  @Field(() => [String], {
    description:
      'What the command prints on standard output, one line each (areas as they commit).',
  })
  lines!: string[];
  @Field(() => [SeedProblem], { description: 'Why nothing was written (ok false), in file order.' })
  problems!: SeedProblem[];
  @Field(() => [String], {
    description: 'Lines the command prints on standard error even when ok (notices).',
  })
  notices!: string[];
  @Field(() => Int, {
    description: 'Audit entries written: one per area written, each in its area transaction.',
  })
  auditEntries!: number;
}

@ObjectType({
  description:
    'What an operator export (`npm run seed -- export` while the server runs) read: its areas and counts, and the canonical JSON unless it was written to a file.',
})
export class CanonicalExportResult {
  @Field(() => [ID], { description: 'The areas exported, in store order.' }) areas!: string[];
  @Field(() => Int) nodes!: number;
  @Field(() => Int) relationships!: number;
  @Field(() => Int, { description: 'Document texts included.' }) sources!: number;
  @Field(() => String, {
    nullable: true,
    description:
      'The canonical JSON (accgraph-export/1, the bytes `npm run seed -- export` writes); null when written to `out`. The response size limit applies.',
  })
  text!: string | null;
  @Field(() => String, { nullable: true, description: 'The file written (local CLI only).' })
  out!: string | null;
}

import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../context.ts';
import { isAbsolute } from 'node:path';
import { BadUserInputError, ForbiddenError, UnauthenticatedError } from '../errors.ts';
import { assertIds } from '../graph/input.ts';
import { LocalCliService, type SeedWriteData } from './local-cli.service.ts';
import { CanonicalExportResult, SeedWriteResult } from './local-cli.type.ts';

/** The actor of a request made with the local admin token (api/src/auth/local-token.ts). */
const LOCAL_CLI = 'local-cli';

/**
 * Arguments that name a path on the server's disk are taken only from the
 * local CLI (the server's own OS user, with the local token): from anyone
 * else, even an admin, FORBIDDEN.
 */
function localCliOnly(actor: NonNullable<Context['actor']>, message: string): void {
  if (actor.accountId !== LOCAL_CLI) throw new ForbiddenError(message);
}

const toResult = (data: SeedWriteData): SeedWriteResult => ({
  ...data,
  problems: data.problems.map((p) => ({ ...p })),
});

/**
 * The seed CLI's writes through the running server (issue 14 point 1,
 * decision 0030): `npm run seed -- import` and `load` call these when a
 * server runs, instead of opening the store the server holds. Deployment
 * admins only: each replaces whole areas (load with replaceEdits overwrites
 * edits).
 */
@Resolver()
export class LocalCliResolver {
  @Authorized('admin')
  @Mutation(() => SeedWriteResult, {
    description:
      'Imports a canonical JSON graph (`npm run seed -- import <file>` while the server runs), given as text (or, from the local CLI, as a path): checked whole first (shape, limits, ownership, every quote against the stored document text at its offsets under a heading line); any problem refuses it all, located by file:line:column and JSON path. Then one transaction and one audit entry per area. Deployment admins.',
  })
  async importCanonicalGraph(
    @Arg('file', () => String, { description: 'The file name, used to locate problems.' })
    file: string,
    @Arg('text', () => String, {
      nullable: true,
      description: "The file's content (canonical JSON); the request body limit (1 MiB) applies.",
    })
    text: string | null,
    @Arg('path', () => String, {
      nullable: true,
      description:
        'Local CLI only: the absolute path of the file, read by the server (no body limit; the canonical JSON limits apply).',
    })
    path: string | null,
    @Ctx() ctx: Context,
  ): Promise<SeedWriteResult> {
    const actor = ctx.actor;
    if (!actor) throw new UnauthenticatedError('Sign in first: this needs the role admin.');
    if ((text === null || text === undefined) === (path === null || path === undefined)) {
      throw new BadUserInputError('Give exactly one of text and path.');
    }
    if (path !== null && path !== undefined) {
      localCliOnly(
        actor,
        'path is accepted only from `npm run seed` on the server machine; send the content as text.',
      );
      if (!isAbsolute(path)) {
        throw new BadUserInputError(`path: an absolute path, got "${path.slice(0, 200)}"`);
      }
    }
    const source = path !== null && path !== undefined ? { path } : { text: text! };
    return toResult(await ctx.services.get(LocalCliService).importCanonical(actor, file, source));
  }

  @Authorized('admin')
  @Mutation(() => CanonicalExportResult, {
    description:
      'Exports stored areas as canonical JSON with the texts of the documents they cite (`npm run seed -- export` while the server runs), read in one transaction, outside the request time limit. Changes nothing in the graph (a mutation because, from the local CLI, it writes the file `out`). Unknown area: BAD_USER_INPUT naming it. Deployment admins.',
  })
  async exportCanonicalGraph(
    @Arg('areas', () => [ID], { nullable: true, description: 'Only these areas (default: all).' })
    areas: string[] | null,
    @Arg('out', () => String, {
      nullable: true,
      description:
        'Local CLI only: the absolute path of the file to write (then `text` is null). Without it the JSON is answered as `text`.',
    })
    out: string | null,
    @Ctx() ctx: Context,
  ): Promise<CanonicalExportResult> {
    const actor = ctx.actor;
    if (!actor) throw new UnauthenticatedError('Sign in first: this needs the role admin.');
    if (out !== null && out !== undefined) {
      localCliOnly(
        actor,
        'out is accepted only from `npm run seed` on the server machine; read `text` instead.',
      );
      if (!isAbsolute(out)) {
        throw new BadUserInputError(`out: an absolute path, got "${out.slice(0, 200)}"`);
      }
    }
    const data = await ctx.services
      .get(LocalCliService)
      .exportCanonical(assertIds(areas ?? [], 'areas'), out ?? null);
    return Object.assign(new CanonicalExportResult(), data);
  }

  @Authorized('admin')
  @Mutation(() => SeedWriteResult, {
    description:
      "Loads the bundled area files (`npm run seed -- load` while the server runs): validated first (quotes against the source texts); each changed area in its own transaction with one audit entry; imported or edited areas are left alone unless named in replaceEdits. The directories are the server's own unless the local CLI (same OS user) names others. Deployment admins.",
  })
  async loadBundledAreas(
    @Arg('areas', () => [ID], { nullable: true, description: 'Only these areas.' })
    areas: string[] | null,
    @Arg('replaceEdits', () => [ID], {
      nullable: true,
      description: 'Imported or edited areas to overwrite with their bundled files.',
    })
    replaceEdits: string[] | null,
    @Arg('areasDir', () => String, { nullable: true, description: 'Local CLI only.' })
    areasDir: string | null,
    @Arg('sourcesDir', () => String, { nullable: true, description: 'Local CLI only.' })
    sourcesDir: string | null,
    @Arg('taxonomyDir', () => String, { nullable: true, description: 'Local CLI only.' })
    taxonomyDir: string | null,
    @Ctx() ctx: Context,
  ): Promise<SeedWriteResult> {
    const actor = ctx.actor;
    if (!actor) throw new UnauthenticatedError('Sign in first: this needs the role admin.');
    const dirs = { areasDir, sourcesDir, taxonomyDir };
    if (Object.values(dirs).some((d) => d)) {
      localCliOnly(
        actor,
        'areasDir, sourcesDir and taxonomyDir are accepted only from `npm run seed` on the server machine.',
      );
    }
    const paths = Object.fromEntries(Object.entries(dirs).filter(([, d]) => d)) as Record<
      string,
      string
    >;
    return toResult(
      await ctx.services.get(LocalCliService).loadBundled(actor, {
        areas: areas ?? [],
        replaceEdits: replaceEdits ?? [],
        paths,
      }),
    );
  }
}

import { compareIds, POST_KINDS, today } from '@accgraph/schema';
import { graphCache } from '../cache.ts';
import { BadUserInputError } from '../errors.ts';
import { NodeService } from '../graph/node.service.ts';
import { str, type NodeRecord } from '../graph/records.ts';
import type { ServiceDeps } from '../services.ts';
import { cypher } from '../store/index.ts';
import { ObligationService } from './obligation.service.ts';
import type { ObligationGroupData, PostObligationsData } from './obligations.model.ts';

const POSTS_BY_KIND = cypher(import.meta.url, './posts-by-kind.cypher');

const nameOf = (r: NodeRecord) => str(r.props, 'name') ?? r.id;

const byNameThenId = (a: ObligationGroupData, b: ObligationGroupData) => {
  const [x, y] = [a.body!, b.body!];
  return nameOf(x).localeCompare(nameOf(y), 'en') || compareIds(x.id, y.id);
};

/**
 * Each obligation in the first group that holds it only: a duty two bodies
 * hold together ("Both bodies will: ..."), or one the post holds itself and
 * through a body, is one obligation, stated once. Its `holders` name them all.
 */
function listedOnce(groups: ObligationGroupData[]): ObligationGroupData[] {
  const listed = new Set<string>();
  return groups.map((g) => {
    const obligations = g.obligations.filter((o) => !listed.has(o.id));
    for (const o of obligations) listed.add(o.id);
    return { ...g, obligations };
  });
}

/** A post's obligations with every obligation's duty types (by obligation id), as kept. */
export interface KeptPost {
  data: PostObligationsData;
  dutyTypes: Map<string, NodeRecord[]>;
}

/**
 * What a post carries: its own obligations and those of every body it sits
 * on or chairs (MEMBER_OF / CHAIRS current at the date). A member shares a
 * body's duties as a member of it; the documents rarely assign them to the
 * post personally, so the two are kept apart (own group vs body groups).
 * Plain records; obligations.map.ts shapes them.
 */
export class PostObligationsService {
  private readonly nodes: NodeService;
  private readonly obligations: ObligationService;

  constructor(private readonly deps: ServiceDeps) {
    this.nodes = deps.services.get(NodeService);
    this.obligations = deps.services.get(ObligationService);
  }

  /** NOT_FOUND when no node has this id; BAD_USER_INPUT when the node is not a post. */
  async forPost(
    postId: string,
    asOf: string | undefined,
    codes: string[] | null,
  ): Promise<PostObligationsData | null> {
    const node = await this.deps.loaders.required(postId, 'post');
    if (node.label !== 'Post') {
      throw new BadUserInputError(`"${postId}" is a ${node.label}, not a Post; pass a post id.`);
    }
    const [result] = await this.forPosts([node], asOf, codes);
    return result ?? null;
  }

  /**
   * `forPost` with every obligation's duty types, kept in the graph cache
   * `post-obligations` until the next write (issue 12 point 6: reading the
   * groups and duty types and shaping them was a fifth of postObligations'
   * CPU per request on the national set); unknown ids and non-posts are
   * refused by the computation (failed loads are not kept).
   */
  kept(postId: string, asOf: string | undefined, codes: string[] | null): Promise<KeptPost | null> {
    return graphCache<KeptPost | null>(this.deps.store, 'post-obligations').fetch(
      // no date is today's: tomorrow is another entry
      JSON.stringify([postId, asOf ?? today(), asOf === undefined, codes]),
      async () => {
        const data = await this.forPost(postId, asOf, codes);
        if (!data) return null;
        const dutyTypes = await this.obligations.dutyTypesOf(
          data.groups.flatMap((g) => g.obligations),
        );
        return { data, dutyTypes };
      },
    );
  }

  /**
   * Posts of a kind (all areas, or the given ones), ordered by area then id,
   * keeping those that at the date sit on or chair a body or carry one of
   * the selected obligations themselves.
   */
  async byKind(
    kind: string,
    areaIds: string[],
    asOf: string | undefined,
    codes: string[] | null,
  ): Promise<PostObligationsData[]> {
    if (!(POST_KINDS as readonly string[]).includes(kind)) {
      throw new BadUserInputError(
        `"kind" must be one of ${POST_KINDS.join(', ')}; got "${kind.slice(0, 80)}".`,
      );
    }
    const rows = await this.deps.store.read(POSTS_BY_KIND.with({ kind, areaIds }));
    const records = await this.deps.loaders.nodes(rows.map((row) => String(row.id)));
    const posts = records.filter((r) => r.label === 'Post');
    const all = await this.forPosts(posts, asOf, codes);
    return all.filter((p) => p.groups.length > 1 || p.groups[0]!.obligations.length > 0);
  }

  /** One answer per post, in the order given; three batched store round-trips in all. */
  private async forPosts(
    posts: NodeRecord[],
    asOf: string | undefined,
    codes: string[] | null,
  ): Promise<PostObligationsData[]> {
    const seats = await Promise.all(
      posts.map((p) =>
        this.nodes.relationships(p.id, {
          types: ['MEMBER_OF', 'CHAIRS'],
          direction: 'OUT',
          asOf,
        }),
      ),
    );
    const bodyIds = [...new Set(seats.flat().map((r) => r.to))];
    const bodies = new Map<string, NodeRecord>();
    for (const record of await this.deps.loaders.nodes(bodyIds)) {
      if (record.label === 'Body') bodies.set(record.id, record);
    }
    const carried = await this.obligations.currentOf(
      [...posts.map((p) => p.id), ...bodies.keys()],
      asOf,
      codes,
    );
    return posts.map((post, i) => {
      const own: ObligationGroupData = {
        body: null,
        via: [],
        obligations: carried.get(post.id) ?? [],
      };
      const viaByBody = new Map<string, ObligationGroupData>();
      for (const record of seats[i]!) {
        const body = bodies.get(record.to);
        if (!body) continue;
        let group = viaByBody.get(body.id);
        if (!group) {
          group = { body, via: [], obligations: carried.get(body.id) ?? [] };
          viaByBody.set(body.id, group);
        }
        group.via.push(record);
      }
      return {
        post,
        asOf: asOf ?? today(),
        groups: listedOnce([own, ...[...viaByBody.values()].sort(byNameThenId)]),
      };
    });
  }
}

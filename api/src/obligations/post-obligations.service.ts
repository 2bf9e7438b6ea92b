import { BadUserInputError } from '../errors.ts';
import { toNode, toRelationship } from '../graph/map.ts';
import { NodeService } from '../graph/node.service.ts';
import { Body, Post } from '../graph/node.types.ts';
import { compareIds, POST_KINDS, today } from '@accgraph/schema';
import type { ServiceDeps } from '../services.ts';
import { cypher } from '../store/index.ts';
import { ObligationService } from './obligation.service.ts';
import { ObligationGroup, PostObligations } from './post-obligations.type.ts';

const POSTS_BY_KIND = cypher(import.meta.url, './posts-by-kind.cypher');

const byNameThenId = (a: ObligationGroup, b: ObligationGroup) => {
  const [x, y] = [a.body!, b.body!];
  return x.name.localeCompare(y.name, 'en') || compareIds(x.id, y.id);
};

/**
 * What a post carries: its own obligations and those of every body it sits
 * on or chairs (MEMBER_OF / CHAIRS current at the date). A member shares a
 * body's duties as a member of it; the documents rarely assign them to the
 * post personally, so the two are kept apart (own group vs body groups).
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
  ): Promise<PostObligations | null> {
    const node = toNode(await this.deps.loaders.required(postId, 'post'));
    if (!(node instanceof Post)) {
      throw new BadUserInputError(
        `"${postId}" is a ${node.constructor.name}, not a Post; pass a post id.`,
      );
    }
    const [result] = await this.forPosts([node], asOf, codes);
    return result ?? null;
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
  ): Promise<PostObligations[]> {
    if (!(POST_KINDS as readonly string[]).includes(kind)) {
      throw new BadUserInputError(
        `"kind" must be one of ${POST_KINDS.join(', ')}; got "${kind.slice(0, 80)}".`,
      );
    }
    const rows = await this.deps.store.read(POSTS_BY_KIND.with({ kind, areaIds }));
    const records = await this.deps.loaders.nodes(rows.map((row) => String(row.id)));
    const posts = records.map(toNode).filter((n): n is Post => n instanceof Post);
    const all = await this.forPosts(posts, asOf, codes);
    return all.filter((p) => p.groups.length > 1 || p.groups[0]!.obligations.length > 0);
  }

  /** One answer per post, in the order given; three batched store round-trips in all. */
  private async forPosts(
    posts: Post[],
    asOf: string | undefined,
    codes: string[] | null,
  ): Promise<PostObligations[]> {
    const seats = await Promise.all(
      posts.map((p) =>
        this.nodes.relationshipRecords(p.id, {
          types: ['MEMBER_OF', 'CHAIRS'],
          direction: 'OUT',
          asOf,
        }),
      ),
    );
    const bodyIds = [...new Set(seats.flat().map((r) => r.to))];
    const bodies = new Map<string, Body>();
    for (const record of await this.deps.loaders.nodes(bodyIds)) {
      const node = toNode(record);
      if (node instanceof Body) bodies.set(node.id, node);
    }
    const carried = await this.obligations.currentOf(
      [...posts.map((p) => p.id), ...bodies.keys()],
      asOf,
      codes,
    );
    return posts.map((post, i) => {
      const own = Object.assign(new ObligationGroup(), {
        body: null,
        via: [],
        obligations: carried.get(post.id) ?? [],
      });
      const viaByBody = new Map<string, ObligationGroup>();
      for (const record of seats[i]!) {
        const body = bodies.get(record.to);
        if (!body) continue;
        let group = viaByBody.get(body.id);
        if (!group) {
          group = Object.assign(new ObligationGroup(), {
            body,
            via: [],
            obligations: carried.get(body.id) ?? [],
          });
          viaByBody.set(body.id, group);
        }
        group.via.push(toRelationship(record));
      }
      return Object.assign(new PostObligations(), {
        post,
        asOf: asOf ?? today(),
        groups: [own, ...[...viaByBody.values()].sort(byNameThenId)],
      });
    });
  }
}

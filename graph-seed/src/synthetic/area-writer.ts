import type { Evidence } from '@accgraph/schema';
import type { AreaPlan, BodyPlan, DocPlan } from './area-plan.ts';
import type { DocumentContext, GraphBuilder } from './graph-builder.ts';
import type { Random } from './random.ts';

/**
 * What every section writer of one document shares: the plan, the builder,
 * the document being written and helpers that declare a node on first mention.
 */
export class AreaWriter {
  constructor(
    readonly plan: AreaPlan,
    readonly graph: GraphBuilder,
    readonly random: Random,
    readonly doc: DocumentContext,
    readonly docPlan: DocPlan,
  ) {}

  get place(): string {
    return this.plan.place.name;
  }

  /** The main board of this document's era. */
  get board(): BodyPlan {
    const board = this.plan.boards[this.docPlan.era];
    if (!board) throw new Error(`${this.doc.id}: no board for era ${this.docPlan.era}`);
    return board;
  }

  get subgroups(): BodyPlan[] {
    return this.plan.subgroups[this.docPlan.era] ?? [];
  }

  /** Partnership bodies present in this document (trust, HWB, CSP, SAB). */
  get partners(): BodyPlan[] {
    const { trust, hwb, csp, sab } = this.plan;
    const hwbNow =
      hwb && (this.docPlan.era === 'new' || this.docPlan.year >= 2013) ? hwb : undefined;
    return [trust, hwbNow, csp, sab].filter((b): b is BodyPlan => b !== undefined);
  }

  sentence(text: string): Evidence {
    return this.doc.text.sentence(text);
  }

  heading(text: string): void {
    this.doc.text.heading(text);
  }

  body(plan: BodyPlan, evidence: Evidence): string {
    this.graph.node(
      plan.id,
      'Body',
      {
        areaId: this.plan.areaId,
        name: plan.name,
        aliases: plan.short !== plan.name ? [plan.short] : [],
        kind: plan.kind,
        function: plan.function,
        statutory: plan.statutory,
      },
      [evidence],
    );
    this.graph.linkToArea(this.doc, plan.id);
    return plan.id;
  }

  org(id: string, evidence: Evidence): string {
    const org = this.plan.orgs.find((o) => o.id === id);
    if (!org) throw new Error(`unknown organisation ${id}`);
    this.graph.node(
      id,
      'Organisation',
      { areaId: this.plan.areaId, name: org.name, aliases: [], kind: org.kind },
      [evidence],
    );
    this.graph.linkToArea(this.doc, id);
    return id;
  }

  hasPost(slug: string): boolean {
    return this.plan.posts.has(`${this.plan.areaId}/${slug}`);
  }

  postName(id: string): string {
    return this.plan.posts.get(id)?.name ?? id;
  }

  /** Declares a post on mention; its POST_OF when its owner is declared. */
  post(id: string, evidence: Evidence): string {
    const post = this.plan.posts.get(id);
    if (!post) throw new Error(`unknown post ${id}`);
    const isNew = !this.graph.has(id);
    this.graph.node(
      id,
      'Post',
      { areaId: this.plan.areaId, name: post.name, aliases: [], kind: post.kind },
      [evidence],
    );
    this.graph.linkToArea(this.doc, id);
    if (post.of && isNew) {
      const owner = this.plan.orgs.find((o) => o.id === post.of);
      if (owner && !this.graph.has(owner.id)) this.org(owner.id, evidence);
      if (this.graph.has(post.of)) this.graph.rel(this.doc, 'POST_OF', id, post.of, {}, [evidence]);
    }
    return id;
  }
}

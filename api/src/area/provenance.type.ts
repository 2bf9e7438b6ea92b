import { Field, ObjectType } from 'type-graphql';

@ObjectType({
  description:
    "How an area's content reached the graph (decision 0022). A bundled reload (npm start, seed load) " +
    'never overwrites an imported or edited area; `npm run seed -- load --replace-edits <area>` does.',
})
export class AreaProvenance {
  @Field(() => String, {
    description:
      'bundled (the bundled area files), imported (seed import) or edited (a change through the API).',
  })
  kind!: string;

  @Field(() => String, { nullable: true, description: 'When (ISO timestamp), where recorded.' })
  at!: string | null;

  @Field(() => String, { nullable: true, description: 'By whom, where known.' })
  by!: string | null;
}
